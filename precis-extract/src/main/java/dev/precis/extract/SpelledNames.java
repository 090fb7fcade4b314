package dev.precis.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Class and id tokens that are spelled from something else than the element's role, so their word pieces
 * say nothing about it: an id written from the element's own opening text (a heading's anchor
 * {@code h-video-production-tips}, a section's {@code how-cloud-computing-can-help}: "video", "more" or
 * "media" there name the topic, not a player or a teaser), and a generated token mixing letters and digits
 * (a build hash {@code component_bbc4ad583c}, {@code e2odqo13}: its letters spell "ad" or "nav" by chance).
 * Stateless and thread-safe.
 */
final class SpelledNames {

    /** An id of fewer tokens is a name, not a slug of a phrase. */
    private static final int MIN_SLUG_TOKENS = 3;
    /** How much of the element's text is read to find its slug. */
    private static final int OPENING_CHARS = 200;
    /** What parts an id's tokens and a text's words (compiled once: ids are read for many elements of a page). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A size written in a class ("300x250"), no hash. */
    private static final Pattern SIZE = Pattern.compile("\\d+[xX]\\d+");

    private SpelledNames() {
    }

    /**
     * True when {@code id} is a slug of {@code e}'s opening text: three or more tokens, and all but one of its
     * tokens of two or more characters are words of that text.
     */
    static boolean fromText(String id, Element e) {
        String[] tokens = NOT_WORD.split(id.toLowerCase(Locale.ROOT));
        int n = 0;
        for (String t : tokens) {
            n += t.isEmpty() ? 0 : 1;
        }
        if (n < MIN_SLUG_TOKENS) {
            return false;
        }
        Set<String> text = new HashSet<>();
        for (String w : NOT_WORD.split(BoundedText.of(e, OPENING_CHARS).toLowerCase(Locale.ROOT))) {
            text.add(w);
        }
        int words = 0;
        int found = 0;
        for (String t : tokens) {
            if (t.length() >= 2) {
                words++;
                found += text.contains(t) ? 1 : 0;
            }
        }
        return words >= MIN_SLUG_TOKENS - 1 && found >= words - 1 && found >= MIN_SLUG_TOKENS - 1;
    }

    /** {@code names} with every generated token (letters and digits alternating three times or more) blanked. */
    static String withoutHashes(String names) {
        StringBuilder out = null;
        int start = -1;
        // the runs of letters and of digits in the current token, counted as it is read: three or more make a
        // generated token, unless the token is a size ("300x250")
        int runs = 0;
        int prev = -1;
        for (int i = 0; i <= names.length(); i++) {
            char ch = i < names.length() ? names.charAt(i) : ' ';
            boolean alnum = i < names.length() && Character.isLetterOrDigit(ch);
            if (alnum) {
                if (start < 0) {
                    start = i;
                    runs = 0;
                    prev = -1;
                }
                int kind = Character.isDigit(ch) ? 1 : 0;
                if (kind != prev) {
                    runs++;
                    prev = kind;
                }
            } else if (start >= 0) {
                if (runs >= 3 && !SIZE.matcher(names).region(start, i).find()) {
                    if (out == null) {
                        out = new StringBuilder(names);
                    }
                    for (int k = start; k < i; k++) {
                        out.setCharAt(k, ' ');
                    }
                }
                start = -1;
            }
        }
        return out == null ? names : out.toString();
    }
}
