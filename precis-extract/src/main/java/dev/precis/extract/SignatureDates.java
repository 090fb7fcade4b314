package dev.precis.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closing signature that dates a page no better source dated: names or a place and the day on a short line of
 * their own after the article's text ("Anna Beispiel, 12. Juli 2017", "— Maria Muster, 12.07.2017", "Berlin, den
 * 12. Juli 2017", "Jean Exemple, le 3 mars 2019", a newsroom's "Redaktion, 12.07.2017"), read on the page's text as {@link VisibleDates} flattens it, as
 * {@link DateLines} reads the other lines around a date. Stateless.
 */
final class SignatureDates {

    private SignatureDates() {
    }

    /** One word of a name or a place as signatures write it: capitalised, an initial, or a particle. */
    private static final String SIGN_WORD = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|von|van|der|den|de|du|des|la|di|da|dos|del|y|und|et|and)";
    /** Names and places, parted by commas or a slash: "Anna Beispiel", "Anna Beispiel, Berlin", "Jane Example". */
    private static final String SIGN_NAMES = SIGN_WORD + "(?:[\\s\\u00a0]+" + SIGN_WORD + "){0,4}(?:[\\s\\u00a0]*[,/][\\s\\u00a0]*"
            + SIGN_WORD + "(?:[\\s\\u00a0]+" + SIGN_WORD + "){0,3}){0,2}";
    /**
     * What stands before the day on a closing signature's line: a dash or not, names or a place, a comma, "den" /
     * "le" / "am" ("— Maria Muster, ", "Berlin, den ", "Jean Exemple, le "); no label, no figure, no sentence.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "[\\s\\u00a0]*(?:[-–—][\\s\\u00a0]*)?(?<names>" + SIGN_NAMES + ")[\\s\\u00a0]*,[\\s\\u00a0]*"
            + "(?<particle>(?:den|le|am|on)[\\s\\u00a0]+)?");
    /**
     * A newsroom's one-word signature, with an article or a possessive before it ("Redaktion, 12.07.2017", "Ihre
     * Redaktion, …", "La rédaction, le 12 juillet 2017", "Redazione, 12/07/2017", "Redacción, …", "Redactie, …"):
     * the editors sign, not a person, and no comment is signed so in the text {@link DateText} reads.
     */
    private static final Pattern NEWSROOM = Pattern.compile(
            "[\\s\\u00a0]*(?:[-–—][\\s\\u00a0]*)?(?:\\p{L}{2,5}[\\s\\u00a0]+)?"
            + "(?:redaktion|r[ée]daction|redazione|redacci[óo]n|redactie|redakcja|reda[çc][ãa]o)[\\s\\u00a0]*,[\\s\\u00a0]*"
            + "(?:(?:den|le|am|il|el|op)[\\s\\u00a0]+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that open a title rather than a name ("Le Journal", "Die Zeitung", "The Herald"). */
    private static final Set<String> TITLE_OPENERS = Set.of("le", "la", "les", "l'", "der", "die",
            "das", "the", "el", "il", "lo", "un", "une", "ein", "eine");
    /** Legal forms that make a name a firm's ("Lokalblatt GmbH", a publisher's line). */
    private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "ag", "kg", "se", "sa", "sas",
            "sarl", "ltd", "ltd.", "inc", "inc.", "llc", "plc", "corp", "corp.", "e.v.", "co", "co.");

    /**
     * True when the names on a signature's line are a person's or a place's: two words at least, or a place and
     * a particle ("Lyon, le", "Berlin, den"), or a name and a place ("Anna Beispiel, Berlin"), or one first name or
     * place alone ({@link #firstName}: a comment's "Hans, 14.07.2017" is not in the text read), not a title ("Le Journal") nor a firm ("Lokalblatt GmbH").
     */
    private static boolean signedNames(Matcher m) {
        String names = m.group("names");
        String[] words = names.strip().split("[\\s\\u00a0,/]+");
        if (TITLE_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            if (LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words.length >= 2 || m.group("particle") != null || firstName(words[0], m.group("names"));
    }

    /** One name written out alone, as a blog's author signs: a capital and at least two small letters ("Anna"). */
    private static final Pattern ONE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,15}");

    /**
     * True when a signature's one word is a first name or a place ("Anna, 12.07.2017", "Jeanne, 12/07/2017"): a
     * capitalised word, no weekday ("Mittwoch, 12.07.2017" is a date line), no date label ("Stand, …") and no
     * credit's or source's word.
     */
    private static boolean firstName(String word, String names) {
        return ONE_NAME.matcher(word).matches() && !DateLines.CLOCK_ONLY.matcher(names).matches()
                && DateLabels.before(names + " ") == DateLabels.Kind.NONE
                && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words that sign no one: credits, sources, a version or an edition ("Foto, 12.07.2017"). */
    private static final Set<String> NOT_NAMES = Set.of("foto", "fotos", "photo", "photos", "bild", "bilder", "text",
            "texte", "quelle", "source", "fuente", "fonte", "bron", "version", "ausgabe", "édition", "edition", "stand",
            "update", "termin", "datum", "date", "data", "fecha", "heute", "gestern", "hier", "aujourd'hui");

    /**
     * True when the date at {@code start..end} closes the article's text on a signature line of its own: names or
     * a place and the day ("Anna Beispiel, 12. Juli 2017", "— Maria Muster, 12.07.2017", "Berlin, den 12. Juli 2017",
     * "Jean Exemple, le 3 mars 2019"), a clock time at most after it, right after a paragraph of running text and
     * with no running text after it (a letter quoted inside the text is signed too), no link on the line. A
     * comment's signature is not in the text {@link DateText} reads.
     */
    static boolean closingSignature(String s, List<int[]> links, int start, int end) {
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        if (to - from > DateLines.META_LINE) {
            return false;
        }
        String before = s.substring(from, start);
        Matcher m = SIGNATURE.matcher(before);
        if (!(m.matches() && signedNames(m) || NEWSROOM.matcher(before).matches()) || !DateLines.CLOCK_ONLY.matcher(s.substring(end, to).replaceFirst("\\.\\s*$", "")).matches()) {
            return false;
        }
        for (int[] l : links) {
            if (l[1] > from && l[0] < to) {
                return false;
            }
        }
        for (int at = to; at < s.length(); ) {
            int next = s.indexOf('\n', at + 1);
            next = next < 0 ? s.length() : next;
            if (s.substring(at, next).strip().length() >= DateLines.BARE_AFTER) {
                return false;
            }
            at = next;
        }
        return DateLines.followsRunningText(s, from);
    }
}
