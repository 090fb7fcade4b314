package dev.precis.extract;

/**
 * The cheap first look at an element's class or id for a comment box's name ({@code PageSignals}): every
 * element of a page is asked, and joining and lower-casing both names cost an allocation each time.
 * Stateless.
 */
final class CommentNames {

    private CommentNames() {
    }

    /**
     * False only when lower-casing {@code name} cannot give one of the comment words: an ASCII name
     * (lower-casing is then ASCII case folding) holding none of them, ignoring ASCII case. A name with
     * other characters is always worth the full look ("İ" lower-cases to two chars). One pass: a word is
     * compared only where its first letter stands.
     */
    static boolean mayName(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char ch = name.charAt(i);
            if (ch >= 0x80) {
                return true;
            }
            // ASCII letters only: 'C' | 0x20 and 'c' are 'c', and no other char gives 'c', 'r' or 'd'
            char lower = (char) (ch | 0x20);
            if (lower == 'c' && name.regionMatches(true, i, "comment", 0, 7)
                    || lower == 'r' && name.regionMatches(true, i, "respond", 0, 7)
                    || lower == 'd' && name.regionMatches(true, i, "disqus", 0, 6)) {
                return true;
            }
        }
        return false;
    }
}
