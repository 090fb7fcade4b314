package dev.precis.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity key of a person's name: spelling and transliteration variants of the same name get the
 * same key ("Sergey Lavrov" / "Sergei Lavrov", "Mohammed" / "Muhammad" / "Mohamed", "Zelensky" /
 * "Zelenskyy" / "Zelenskiy", "Volodymyr" / "Wolodymyr"). Each word is folded to its consonant skeleton:
 * accents dropped, lower case, the first letter kept, later vowels and "y" dropped, "w" read as "v",
 * doubled letters once. Words whose skeleton is shorter than three letters keep their folded spelling,
 * so short names ("Li", "Lee", "Ali") are not merged. Romanisations differ mostly in vowels and doubled
 * letters, which is what this folds; names that differ in their consonants stay apart. Stateless.
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

    /** The key of one word ("Sergey" → "srg"). */
    public static String word(String word) {
        String folded = fold(word);
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder sk = new StringBuilder();
        sk.append(folded.charAt(0) == 'w' ? 'v' : folded.charAt(0));
        for (int i = 1; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) {
                continue;
            }
            c = c == 'w' ? 'v' : c;
            if (sk.charAt(sk.length() - 1) != c) {
                sk.append(c);
            }
        }
        return sk.length() < 3 ? folded : sk.toString();
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
