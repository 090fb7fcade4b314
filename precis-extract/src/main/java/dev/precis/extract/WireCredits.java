package dev.precis.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The credit line news pages close an article with: an agency's or an editor's short sign and the day
 * ("red/dpa, 12.07.2017", "dpa/lno, 12.07.2017", "Quelle: dpa / 12.07.2017", "(AFP, 3.5.2018)", "(dpa) 12.07.2017" on a line of its own, "… fortgesetzt.
 * (ab, 12.07.2017)" ending the last paragraph, "(ANSA, 12 luglio 2017)", "EFE, 12/07/2017"). The sign is
 * told by its shape, never by a list of agencies: letters all in lower case (up to four: initials, "red",
 * "dpa") or all in capitals (two to six: "AFP", "ANSA"), joined by slashes; a name written as names are
 * ("Hans, 12.07.2017", a comment's) is no sign. Stateless and thread-safe.
 */
final class WireCredits {

    private static final String SIGN = "(?:\\p{Ll}{1,4}|\\p{Lu}{2,6})(?:\\s*/\\s*(?:\\p{Ll}{1,4}|\\p{Lu}{2,6})){0,3}";
    private static final String CLOCK = "(?:,?\\s*(?:um\\s+|à\\s+|alle\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*Uhr)?)?";
    /** The sign in brackets, opening the line or after a sentence's end. */
    private static final Pattern BRACKETED_BEFORE = Pattern.compile("(?:^|[.!?…»\"”“]\\s*)\\(\\s*" + SIGN + "\\s*,\\s*$");
    private static final Pattern BRACKETED_AFTER = Pattern.compile("\\s*" + CLOCK + "\\s*\\)\\s*$");
    /**
     * The sign opening a line of its own, after a source label or not ("Quelle: dpa / 12.07.2017", "Source : AFP,
     * 12/07/2017"); a slash or a dash may part it from the day.
     */
    private static final Pattern LINE_BEFORE = Pattern.compile("^\\s*(?:(?:Quellen?|Sources?|Fonte|Fuente|Bron)\\s*:\\s*)?"
            + SIGN + "\\s*(?:,|/|[-–—](?=\\s))\\s*$");
    /** The sign in closed brackets opening a line of its own, the day after it ("(dpa) 12.07.2017"). */
    private static final Pattern CLOSED_BEFORE = Pattern.compile("^\\s*\\(\\s*" + SIGN + "\\s*\\)\\s*,?\\s*$");
    private static final Pattern LINE_AFTER = Pattern.compile("\\s*" + CLOCK + "\\s*\\.?\\s*$");

    private WireCredits() {
    }

    /**
     * True when the date at {@code start..end} of {@code s} (lines separated by newlines) is a closing
     * credit's, and no link ({@code links}: start and end offsets) touches its line.
     */
    static boolean closing(String s, List<int[]> links, int start, int end) {
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        String before = s.substring(from, start);
        String after = s.substring(end, to);
        boolean credit = BRACKETED_BEFORE.matcher(before).find() && BRACKETED_AFTER.matcher(after).matches()
                || to - from <= DateLines.META_LINE && (LINE_BEFORE.matcher(before).matches()
                        || CLOSED_BEFORE.matcher(before).matches()) && LINE_AFTER.matcher(after).matches();
        if (!credit) {
            return false;
        }
        for (int[] l : links) {
            if (l[1] > from && l[0] < to) {
                return false;
            }
        }
        return true;
    }
}
