package dev.precis.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity key of a person's name: spelling and transliteration variants of the same name get the
 * same key ("Sergey Lavrov" / "Sergei Lavrov", "Mohammed" / "Muhammad" / "Mohamed", "Zelensky" /
 * "Zelenskyy" / "Zelenskiy"). Each word is folded: accents dropped, lower case, vowels read by the
 * classes romanisations swap within (a/e, o/u, i/y), "w" read as "v", doubled letters once. Names
 * that differ in a consonant or across those classes stay apart ("Berg" / "Borg", "Li" / "Lee").
 * Stateless.
 */
public final class NameKey {

    private NameKey() {
    }

    /** The key of a whole name: the words' keys joined by spaces. */
    public static String of(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : name.split("[\\s\\-]+")) {
            String k = word(word);
            if (k.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k);
        }
        return sb.toString();
    }

    /** The key of one word ("Sergey" → "sargai"). */
    public static String word(String word) {
        String folded = fold(word);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = switch (folded.charAt(i)) {
                case 'e' -> 'a';
                case 'o' -> 'u';
                case 'y' -> 'i';
                case 'w' -> 'v';
                default -> folded.charAt(i);
            };
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a surname met alone is the last name of {@code name}: the same key and at most one letter
     * added, dropped or changed ("Corbet" / "Ann Corbett", "Zelenskyy" / "Volodymyr Zelensky"). A word
     * two letters away with the same key is more often another word — a first name, a place — than a
     * variant ("Alan" is no "Ruth Allen").
     */
    public static boolean sameSurname(String word, String name) {
        String[] parts = name.strip().split("[\\s\\-]+");
        String last = parts[parts.length - 1];
        String a = fold(word);
        String b = fold(last);
        return !a.isEmpty() && word(word).equals(word(last)) && withinOneEdit(a, b);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // past the first difference the rest must agree: after one change (same length) or one insertion
        int skip = shorter.length() == longer.length() ? 1 : 0;
        return i == shorter.length() || shorter.substring(i + skip).equals(longer.substring(i + 1));
    }

    /** Lower case without accents or marks, letters and digits only. */
    static String fold(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
