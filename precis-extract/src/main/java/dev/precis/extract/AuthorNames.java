package dev.precis.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans a byline into the people it names: drops "By"/"Von"/"Par", job titles ("Senior Reporter"),
 * "Updated 5 minutes ago", dates, e-mail addresses, handles and the site's name, then splits at
 * commas, "and", "&", "und". Stateless and thread-safe.
 */
final class AuthorNames {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|reported|posted|published|text|story|words|interview|analysis|article|post)\\s+"
            // "Ein Beitrag von …", "Propos recueillis par …"
            + "|ein(?:e)?\\s+(?:beitrag|bericht|kommentar|analyse|reportage|gastbeitrag|interview)\\s+|propos\\s+recueillis\\s+"
            // "Geschrieben von …", "Veröffentlicht von …", "Publié par …", "Écrit par …"
            + "|(?:geschrieben|verfasst|veröffentlicht|publié|posté|écrit|rédigé)\\s+)?"
            // the word alone ("<span class=author-leading>Von</span>"): a byline word, no name
            + "(?:by|von|par|por|di|door|av|from)\\s*:?(?:\\s+|$)"
            // "Un article de Jean Dupont"
            + "|^un\\s+(?:article|billet|texte)\\s+(?:de|par)\\s*:?(?:\\s+|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:authors?|autor(?:in|ka|zy)?|autoren|auteure?s?|autrice|verfasser(?:in)?|авторы|writers?|reporters?|redaktion|byline|text|texto|texte|testo|tekst|текст|автор)\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Month names and abbreviations, English, German and French ("Dez.", "Mär.", "déc.", "févr.", "juil."). */
    private static final String MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|jänner|februar|märz|mär|mrz"
            + "|mai|juni|juli|okt|oktober|dez|dezember|janv|janvier|févr|février|fév|mars|avr|avril|juin|juil|juillet|août|aout"
            + "|septembre|octobre|novembre|déc|décembre)";
    private static final Pattern NOISE = Pattern.compile(
            // a date label and all after it ("Updated …", "Zuletzt aktualisiert am …", "Publié le …", "Mis à jour le …")
            "(?iu)(?:(?<!\\p{L})(?:(?:zuletzt|last|dernière)\\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|last modified"
            + "|erstellt|geändert|publié|posté|mis à jour|mise à jour|modifié|actualisé)(?!\\p{L}).*$)"
            + "|(?:(?<!\\p{L})" + MONTHS + "\\p{L}*\\.?\\s+\\d{1,2}\\b.*$)"
            + "|(?:\\b\\d{1,2}(?:\\.|er)?\\s+" + MONTHS + ".*$)"
            + "|(?:\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b.*$)"
            + "|(?:\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b.*$)"
            + "|(?:\\S+@\\S+)|(?:@\\w+)|(?:https?://\\S+)|(?:\\b\\d{1,2}:\\d{2}\\b.*$)|(?:\\b\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\b.*$)");
    private static final Pattern DATE_LEAD = Pattern.compile(",?\\s+(?:le|am|on|el|il|em|op|dnia|du|vom)$");
    private static final Pattern MIDDLE_DOT = Pattern.compile("\\s*[·•]\\s*");
    private static final Pattern ON_BEHALF = Pattern.compile("(?i)\\s+(?:on behalf of|for)\\b.*$|\\s*✉.*$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||/|(?<=\\p{Ll}{2})\\.\\s|\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s|\\sen\\s|\\se\\s|\\si\\s|\\sи\\s)\\s*");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:and|und|et|y|e|en|i|и|og|och|&)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> TITLE_WORDS = Set.of(
            "reporter", "correspondent", "editor", "writer", "staff", "contributor", "columnist",
            "journalist", "photographer", "producer", "analyst", "chief", "senior", "desk", "team",
            "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autor", "autorin",
            "redaktion", "newsroom", "agency", "agencies", "news", "press", "associated", "reuters",
            "contributing", "bureau", "media", "staffer", "intern", "editorial", "host", "times",
            "post", "guardian", "online", "dpa", "afp", "ap", "wire", "service", "services",
            "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "updated", "published", "share", "follow", "email",
            "twitter", "facebook", "more", "view", "all", "posts", "articles", "about", "name", "says",
            "sign", "login", "admin", "guest", "anonymous", "author", "contact", "search", "home",
            "menu", "subscribe", "comments", "reply", "read", "written", "unknown", "user", "account", "profile",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // a desk or an agency in the other languages ("Redazione", "Redacción", "Agência Lusa")
            "rédaction", "redacción", "redazione", "redactie", "redação", "redacção", "redakcja", "редакция",
            "agence", "agencia", "agência", "agenzia", "agentschap", "агентство", "efe", "ansa", "anp", "lusa",
            "pap", "тасс", "kna", "epd", "apa", "belga", "sda", "ats", "keystone",
            // the roles German and French bylines name ("Jean Dupont, journaliste", "Gastautorin Anna Berg")
            "journaliste", "rédacteur", "rédactrice", "correspondant", "correspondante", "contributeur", "contributrice",
            "chroniqueur", "chroniqueuse", "auteur", "autrice", "gastautor", "gastautorin", "kolumnist", "kolumnistin",
            "chefredakteur", "chefredakteurin");

    /** Lower-case words a person's name may open with (nobiliary particles and articles of surnames). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "vom", "zu", "de", "del", "della", "der", "den",
            "des", "di", "da", "das", "do", "dos", "du", "la", "le", "ten", "ter", "al", "el", "bin", "ibn", "mac");

    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    /**
     * A bracketed credit after a name, ending it: "Max Muster (dpa)", "Jean Dupont (avec AFP), Paris"; a bracket
     * inside a name ("Paramita (Guha) Ghosh", a maiden name) stays.
     */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]{1,40}\\)(?=\\s*(?:$|[,;|]))");

    /** Runs of white space; and the separators before a site's or desk's name ("Jane Doe | Site", "… - Staff"). */
    static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SITE_CUT = Pattern.compile("\\s+[|–—/]\\s+|\\s+-\\s+");

    private AuthorNames() {
    }

    /** The people in {@code byline}, in order, without duplicates; {@code siteName} may be null. */
    static List<String> split(String byline, String siteName) {
        if (byline == null) {
            return List.of();
        }
        String s = clean(byline);
        Set<String> people = new LinkedHashSet<>();
        String[] parts = SPLIT.split(s);
        for (String part : parts) {
            String name = stripEdges(roleLead(PREFIX.matcher(part.strip()).replaceFirst("")));
            name = LEADING_CONJUNCTION.matcher(name).replaceFirst("");
            // a lone word after a comma is a place or an outlet ("Jane Doe, Washington"), not a person
            if (isName(name, siteName) && (parts.length == 1 || name.indexOf(' ') > 0)) {
                people.add(titleCaseIfShouting(name));
            }
        }
        return new ArrayList<>(people);
    }

    /** The byline as shown, without the "By" prefix and trailing noise; null when nothing is left. */
    static String clean(String byline) {
        String whole = SPACES.matcher(byline).replaceAll(" ").strip();
        // "Dec. 19, 2025 · Jane Doe": take the first part of a dotted line that still has a name
        for (String part : MIDDLE_DOT.split(whole)) {
            String c = cleanPart(part);
            if (c.length() >= 3) {
                return c;
            }
        }
        return cleanPart(whole);
    }

    private static String cleanPart(String part) {
        String s = ON_BEHALF.matcher(part.strip()).replaceFirst("");
        s = LABEL.matcher(s).replaceFirst("");
        s = BRACKETED.matcher(s).replaceAll("");
        s = roleLead(PREFIX.matcher(s).replaceFirst(""));
        s = NOISE.matcher(s).replaceAll("");
        // "Par Jean Dupont, le 29/06/2019", "Von Anna Beispiel, am 12.07.2017": the word that led to the
        // date cut above is no name (lower case only: "Anh Le" keeps its name)
        s = DATE_LEAD.matcher(stripEdges(s)).replaceFirst("");
        s = stripEdges(s);
        // "Jane Doe | Site" or "Jane Doe - Staff": the person comes first
        String[] cut = SITE_CUT.split(s);
        return cut.length > 0 ? stripEdges(cut[0]) : s;
    }

    private static final Pattern POSSESSIVE = Pattern.compile(
            "^(?:unse?re[mnrs]?|notre|nos|onze|nuestr[oa]s?|nostr[oa]|noss[oa]s?|our)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ROLE_NOUNS = Set.of("redakteur", "redakteurin", "korrespondent", "korrespondentin",
            "mitarbeiter", "mitarbeiterin", "reporter", "reporterin", "autor", "autorin", "redaktionsmitglied",
            "correspondent", "correspondente", "redacteur", "redactrice", "verslaggever", "verslaggeefster");

    /**
     * "unserem Redakteur Max Muster", "notre envoyé spécial Jean Dupont", "onze redacteur Jan de Vries": the
     * possessive and the role before the name dropped (the role's words: lower case, or a role noun German
     * writes capitalised), when a capitalised name follows.
     */
    private static String roleLead(String s) {
        java.util.regex.Matcher m = POSSESSIVE.matcher(s);
        if (!m.find()) {
            return s;
        }
        String[] words = SPACES.split(s.substring(m.end()));
        int i = 0;
        while (i < words.length && i < 4 && (Character.isLowerCase(words[i].charAt(0))
                || ROLE_NOUNS.contains(words[i].toLowerCase(Locale.ROOT)))) {
            i++;
        }
        if (i == 0 || i >= words.length || !Character.isUpperCase(words[i].charAt(0))) {
            return s;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private static String stripEdges(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && !Character.isLetter(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
            b--;
        }
        return s.substring(a, b).strip();
    }

    /** "TOM KRISHER" becomes "Tom Krisher"; names with any lower-case letter stay as written. */
    private static String titleCaseIfShouting(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.length() < 4) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }

    /** True when every word of {@code s} is a job title, weekday, month or page word ("Sat", "Share", "Staff Writer"). */
    static boolean onlyNonNameWords(String s) {
        for (String w : SPACES.split(s)) {
            String lw = NOT_LETTER.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (!lw.isEmpty() && !TITLE_WORDS.contains(lw)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String name, String siteName) {
        if (name.length() < 3 || name.length() > 60) {
            return false;
        }
        if (siteName != null && siteName.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] words = SPACES.split(name);
        if (words.length > 5 || "the".equalsIgnoreCase(words[0])) {
            return false;
        }
        // a name opens in lower case only with a particle ("van der Berg", "de la Cruz"); "à Marseille", "in
        // Berlin", "aus Kiew" after a comma say where the author writes from
        if (words.length > 1 && Character.isLowerCase(words[0].charAt(0)) && !PARTICLES.contains(words[0])) {
            return false;
        }
        int capitalized = 0;
        for (String w : words) {
            String lw = NOT_LETTER.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (TITLE_WORDS.contains(lw)) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalized++;
            }
            if (w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        // names are mostly capitalized words ("Jane van der Berg" has lower-case particles)
        return capitalized * 2 >= words.length && (words.length >= 2 || capitalized == 1);
    }
}
