package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the author's bio that a page prints with its article ("Jane Doe is a reporter who covers …",
 * in a box after the text or beside the byline) when the page's JSON-LD gives the same words as its
 * author's {@code description}: the box is about the writer, not part of the story. A block is the
 * bio when it holds the description's opening words, or lies inside the description (a bio split over
 * several blocks). Matching is on lowercased words, so markup, punctuation and spacing do not matter.
 * Stateless and thread-safe.
 */
final class AuthorBios {

    /** A description or block shorter than this many words is a role ("Staff writer"), too short to match safely. */
    static final int MIN_WORDS = 8;
    /** How many of the description's opening words a block must hold to be the bio. */
    static final int OPENING_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private AuthorBios() {
    }

    /**
     * {@code paragraphs} without the blocks that repeat one of {@code bios}; unchanged when nothing
     * matches, or when the matching blocks would be most of the text (a page that is the bio: an
     * author's own profile).
     */
    static List<String> drop(List<String> paragraphs, List<String> bios) {
        if (bios.isEmpty() || paragraphs.size() < 2) {
            return paragraphs;
        }
        List<String> keys = new ArrayList<>(bios.size());
        List<String> openings = new ArrayList<>(bios.size());
        for (String bio : bios) {
            List<String> words = words(TAG.matcher(bio).replaceAll(" "));
            if (words.size() >= MIN_WORDS) {
                keys.add(" " + String.join(" ", words) + " ");
                openings.add(" " + String.join(" ", words.subList(0, Math.min(OPENING_WORDS, words.size()))) + " ");
            }
        }
        if (keys.isEmpty()) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>(paragraphs.size());
        int keptChars = 0;
        int droppedChars = 0;
        for (String p : paragraphs) {
            if (isBio(p, keys, openings)) {
                droppedChars += p.length();
            } else {
                kept.add(p);
                keptChars += p.length();
            }
        }
        return droppedChars == 0 || droppedChars >= keptChars ? paragraphs : kept;
    }

    private static boolean isBio(String paragraph, List<String> keys, List<String> openings) {
        List<String> words = words(paragraph);
        if (words.size() < MIN_WORDS) {
            return false;
        }
        String p = " " + String.join(" ", words) + " ";
        for (int i = 0; i < keys.size(); i++) {
            if (p.contains(openings.get(i)) || keys.get(i).contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
