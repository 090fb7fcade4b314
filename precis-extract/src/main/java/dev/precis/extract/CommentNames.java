package dev.precis.extract;

/**
 * The cheap first look at an element's class or id for a comment box's name ({@code PageSignals}): every
 * element of a page is asked, and joining and lower-casing both names cost an allocation each time.
 * Stateless.
 */
final class CommentNames {

    private static final String[] WORDS = {"comment", "respond", "disqus"};

    private CommentNames() {
    }

    /**
     * False only when lower-casing {@code name} cannot give one of the comment words: an ASCII name
     * (lower-casing is then ASCII case folding) holding none of them, ignoring ASCII case. A name with
     * other characters is always worth the full look ("İ" lower-cases to two chars).
     */
    static boolean mayName(String name) {
        int n = name.length();
        for (int i = 0; i < n; i++) {
            if (name.charAt(i) >= 0x80) {
                return true;
            }
        }
        for (String w : WORDS) {
            for (int i = 0; i + w.length() <= n; i++) {
                if (name.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
