package dev.precis.server;

/**
 * Pairs the quotation marks of a sentence shown alone. A quotation that runs over several sentences opens in
 * the first and closes in the last (news style also opens each new paragraph of it again), so a summary or
 * timeline line taken from it shows half a quotation: {@code Okafor said: "The pier is safe.} or
 * {@code The repairs start in May."}. As an editor does when quoting one sentence of it, the missing mark is
 * put in: a closing one at the end, an opening one at the start (after a leading ellipsis). Only what is shown
 * changes; the stored text and every range into it stay as written. Double marks only, curly ({@code “ ”}) and
 * straight ({@code "}, opening at the start or after a space, bracket, dash, slash or colon — {@code read:"We …} — else closing); single marks are left alone, as
 * they are also apostrophes. Stateless.
 */
public final class ShownQuotes {

    private static final String LEADING_ELLIPSIS = "… ";

    private ShownQuotes() {
    }

    /** A stored sentence as a reader is shown it alone: a left-out space shown ({@link MissingSpaces}), its quotation paired. */
    public static String shown(String sentence) {
        return sentence == null ? null : balance(MissingSpaces.mend(sentence));
    }

    /**
     * A story summary's sentence as a reader is shown it outside its article: the date beside an expression worded
     * relative to the article's day ({@link DayAnchors}), then as {@link #shown(String)}.
     */
    public static String shown(dev.precis.store.StorySummary.Sentence x) {
        return shown(DayAnchors.anchored(x));
    }

    /** {@code s} with the marks it lacks: opening ones at its start, closing ones at its end. */
    public static String balance(String s) {
        if (s == null) {
            return null;
        }
        return opened(s, missingOpening(s)) + missingClosing(s);
    }

    /** {@code s} with {@code marks} at its start, after a leading ellipsis (a line cut at its start). */
    public static String opened(String s, String marks) {
        if (marks.isEmpty()) {
            return s;
        }
        return s.startsWith(LEADING_ELLIPSIS) ? LEADING_ELLIPSIS + marks + s.substring(LEADING_ELLIPSIS.length()) : marks + s;
    }

    /** The opening marks that closing marks in {@code s} have no partner for ("" when none). */
    public static String missingOpening(String s) {
        return marks(s)[0];
    }

    /** The closing marks that opening marks in {@code s} wait for, innermost first ("" when none). */
    public static String missingClosing(String s) {
        return marks(s)[1];
    }

    /** [opening marks missing, closing marks missing]. */
    private static String[] marks(String s) {
        StringBuilder missingOpen = new StringBuilder();
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char kind;
            boolean opens;
            if (c == '“' || c == '”') {
                kind = '“';
                opens = c == '“';
            } else if (c == '"') {
                kind = '"';
                opens = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{—–-/:".indexOf(s.charAt(i - 1)) >= 0;
            } else {
                continue;
            }
            if (opens) {
                open.append(kind);
            } else if (!open.isEmpty() && open.charAt(open.length() - 1) == kind) {
                open.setLength(open.length() - 1);
            } else if (open.isEmpty()) {
                missingOpen.append(kind);
            }
        }
        StringBuilder closing = new StringBuilder();
        for (int i = open.length() - 1; i >= 0; i--) {
            closing.append(open.charAt(i) == '“' ? '”' : '"');
        }
        return new String[] {missingOpen.reverse().toString(), closing.toString()};
    }
}
