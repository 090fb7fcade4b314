package dev.precis.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short lines that are page chrome whatever the markup: "No time to read? Get a summary",
 * "Previous Article / Next Article", share and follow prompts, cookie and newsletter notices, photo
 * captions and credits, comment counters, "Advertisement". Only short lines are judged, so a real
 * paragraph that mentions a newsletter stays. Stateless and thread-safe.
 */
final class BoilerplatePhrases {

    private static final int MAX_CHROME_LENGTH = 160;

    /** The chrome lines' shapes, each matched against the whole stripped line. */
    static final List<String> CHROME_SHAPES = List.of(
            "^no time to read\\b.*",
            ".*\\bget an? (ai )?summary\\b.*",
            "^(previous|next|prev|older|newer) (article|post|story|page|item)s?\\b.*",
            "^(advertisement|advertising|anzeige|werbung|publicit[eé]|sponsored( content)?|paid content)\\W*$",
            "^(share|teilen|tweet|email|e-mail|print|drucken)( (this|on|via|article|story|the article|artikel))?\\b.{0,40}$",
            "^(follow|like) us\\b.*",
            "^(read|see|watch|listen)( (more|also|next|now|the full story))\\b.*",
            "^(related|recommended|more from|more on this|most read|most popular|trending|top stories|you may also like|you might also like)\\b.{0,80}$",
            "^(lesen sie (auch|mehr)|mehr zum thema|auch interessant|weiterlesen)\\b.*",
            ".*\\b(sign up|subscribe) (for|to) (our|the) .*newsletter.*",
            "^(sign up|subscribe|register|log in|login|sign in)\\b.{0,60}$",
            ".*\\b(we|this (web)?site) uses? cookies\\b.*",
            "^(photo|photograph|image|picture|foto|bild|credit|source|quelle|caption)s?\\s*(:|by|\\(|©).*",
            "^(©|\\(c\\)|copyright)\\s.*",
            "^all rights reserved.*",
            "^\\d+\\s+(comments?|kommentare?|shares?)$",
            "^(comments?|kommentare?|leave a comment|join the conversation|show comments)\\b.{0,40}$",
            "^(click|tap) here\\b.*",
            "^(back to top|skip to( main)? content|zum inhalt springen)\\b.*",
            "^(updated|published|posted|aktualisiert|veröffentlicht)( on| am)?:?\\s.{0,40}$",
            "^(this article|this story) (is|was) (from|part of|originally)\\b.*",
            "^(getty images|reuters|ap photo|afp|shutterstock|dpa|epa)\\b.{0,60}$",
            ".*\\b(getty images|ap photo|afp via getty|shutterstock)\\s*$",
            "^have a (news )?tip\\b.*",
            ".*\\bmay be reached at\\b.*",
            ".*\\b(get|receive) (the latest|our) .{0,40}\\b(in|to) your inbox\\b.*",
            ".*\\bsubscribe to .{0,40}newsletters?\\b.*",
            "^follow (him|her|them|us|me)\\b.*",
            "^loading\\W*$", "^(close|schließen|menu|menü|search|suche)$");

    /**
     * The shapes that open with {@code .*} (a phrase anywhere in the line) cost a try at every position of
     * every short line; the others fail at the line's first characters. Matched apart, the floating ones
     * only when the line holds one of {@link #FLOATING_WORDS}: each of them needs one.
     */
    private static final Pattern ANCHORED = shapes(false);
    private static final Pattern FLOATING = shapes(true);
    /** Every floating shape's literal words hold one of these (the cue for trying them at all). */
    private static final List<String> FLOATING_WORDS = List.of("summary", "newsletter", "cookies", "getty", "ap photo",
            "shutterstock", "may be reached at", "your inbox");

    /** A sign-up form's consent notice may run past {@link #MAX_CHROME_LENGTH}; up to this long it is still one. */
    private static final int MAX_CONSENT_LENGTH = 400;

    /**
     * The small print under a sign-up form, in English, German, French, Spanish, Italian and Dutch: "By
     * signing up, you agree to …", "Mit der Anmeldung akzeptieren Sie …", "En vous inscrivant, vous
     * acceptez …", and the thanks after it.
     */
    private static final Pattern CONSENT = Pattern.compile(String.join("|",
            "^by (signing up|subscribing|clicking|submitting|registering|entering your email)\\b.{0,60}\\b(you|i) (agree|consent|accept|acknowledge|confirm)\\b.*",
            "^thanks? (you )?for (signing up|subscribing|registering)\\b.{0,80}",
            "^mit (der|ihrer|deiner) (anmeldung|registrierung|eintragung)\\b.{0,60}\\b(akzeptieren sie|stimmen sie|erklären sie sich|akzeptierst du|stimmst du)\\b.*",
            "^en (vous inscrivant|vous abonnant|cliquant|t'inscrivant)\\b.{0,60}\\b(vous acceptez|vous consentez|tu acceptes)\\b.*",
            "^al (suscribirte|suscribirse|registrarte|registrarse|hacer clic)\\b.{0,60}\\b(aceptas|acepta|aceptar)\\b.*",
            "^(iscrivendoti|registrandoti|cliccando)\\b.{0,60}\\b(accetti|acconsenti)\\b.*",
            "^door (je|u) (aan te melden|in te schrijven)\\b.{0,60}\\b(ga je|gaat u) akkoord\\b.*"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?iu)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
            + "|\\b(?:januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\\b"
            + "|\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b"
            + "|\\b(?:at|um|am|pm|uhr|utc|gmt|cet|cest|est|edt|pst|pdt|bst|updated|published|posted|aktualisiert|veröffentlicht|on)\\b"
            + "|[\\d\\s.,:/|·•\\-–—()]+");

    /** Lines after which a page lists other articles, not this one: extraction stops there. */
    private static final Pattern END_OF_ARTICLE = Pattern.compile(String.join("|",
            "^(you (may|might) (also )?(like|enjoy)|related (articles|stories|posts|content|coverage)|recommended( for you| stories| reading)?",
            "more (stories|articles|news) (from|like this|on)\\b.*|read next|up next|what to read next|most (read|popular|viewed)|trending( now)?",
            "você (pode|também pode) gostar|veja também|voc[eê] tamb[eé]m vai gostar|das könnte sie auch interessieren|weitere artikel",
            "(también )?te puede interesar|quizás te interese|vous aimerez (aussi|également)|à lire également|potrebbe interessarti|ti potrebbe interessare)\\W*$"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private BoilerplatePhrases() {
    }

    /** True when {@code line} is only a date or time ("12 March 2024", "10:42", "Updated 9:30 am"). */
    static boolean isDateLine(String line) {
        if (line.length() > 48 || !line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return DATE_WORDS.matcher(line).replaceAll("").isBlank();
    }

    /** True when {@code line} announces a list of other articles ("You may also like"). */
    static boolean isEndOfArticle(String line) {
        return line.length() <= 60 && END_OF_ARTICLE.matcher(line.strip()).matches();
    }

    /** True when {@code line} is short and reads as page chrome. */
    static boolean isChrome(String line) {
        if (line.length() > MAX_CHROME_LENGTH) {
            return line.length() <= MAX_CONSENT_LENGTH && CONSENT.matcher(line.strip()).matches();
        }
        String s = line.strip();
        return ANCHORED.matcher(s).matches() || mayFloat(s) && FLOATING.matcher(s).matches()
                || CONSENT.matcher(s).matches();
    }

    /**
     * False only when no floating shape can match: an ASCII line (case-insensitive matching of the shapes'
     * ASCII words is then plain ASCII case folding) without any of {@link #FLOATING_WORDS}. Other lines
     * ("ſ" matches "s" under Unicode case) are always tried.
     */
    private static boolean mayFloat(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return true;
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String w : FLOATING_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Pattern shapes(boolean floating) {
        List<String> chosen = CHROME_SHAPES.stream().filter(a -> a.startsWith(".*") == floating).toList();
        return Pattern.compile(String.join("|", chosen), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
