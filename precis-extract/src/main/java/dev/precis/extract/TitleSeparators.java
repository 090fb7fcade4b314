package dev.precis.extract;

/**
 * Drops the separators between a {@code <title>}'s headline and the site's name it has cut off ("Headline | Site",
 * "Site » Headline"), keeping a guillemet that belongs to a quotation inside the headline ("Le pont : « un chantier »
 * | Site"): a separator set that includes » and « would otherwise take the closing one. Stateless.
 */
final class TitleSeparators {

    private static final java.util.regex.Pattern TRAILING = java.util.regex.Pattern.compile("\\s*[|\\-–—:·•»«]+\\s*$");
    private static final java.util.regex.Pattern LEADING = java.util.regex.Pattern.compile("^\\s*[|\\-–—:·•»«]+\\s*");

    private TitleSeparators() {
    }

    /** The head left of the site's name without the separators before the name. */
    static String trimEnd(String head) {
        String out = TRAILING.matcher(head).replaceAll("").strip();
        int close = head.indexOf('»', out.length());
        if (close >= 0 && count(out, '«') > count(out, '»')) {
            return (out + head.substring(out.length(), close + 1)).strip();
        }
        return out;
    }

    /** The tail right of the site's name without the separators after the name. */
    static String trimStart(String tail) {
        String out = LEADING.matcher(tail).replaceAll("").strip();
        int at = out.isEmpty() ? tail.length() : tail.indexOf(out);
        int open = tail.lastIndexOf('«', Math.max(at - 1, 0));
        if (open >= 0 && open < at && count(out, '»') > count(out, '«')) {
            return (tail.substring(open, at) + out).strip();
        }
        return out;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
