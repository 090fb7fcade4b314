package dev.precis.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The identity key of a person's name: spelling and transliteration variants of the same name get the
 * same key ("Sergey Lavrov" / "Sergei Lavrov", "Mohammed" / "Muhammad" / "Mohamed", "Zelensky" /
 * "Zelenskyy" / "Zelenskiy"). Each word is folded: accents dropped, lower case, vowels read by the
 * classes romanisations swap within (a/e, o/u, i/y), "w" read as "v", "c" as "k" and "x" as "ks"
 * ("Viktor" / "Victor", "Aleksey" / "Alexei"), doubled letters once. Names that differ in another
 * consonant or across those classes stay apart ("Berg" / "Borg", "Li" / "Lee"). A particle inside a name is no
 * part of its key ("Rodrigo de Rato" / "Rodrigo Rato"): texts write it or leave it out. Stateless.
 */
public final class NameKey {

    /** Lower-case words between a given name and a surname that texts may drop ("de", "van der", "bin"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "dos", "das", "du", "del", "della",
            "der", "den", "van", "von", "ter", "ten", "le", "la", "bin", "ibn", "bint", "al", "el", "ul", "ud");
    /** Particles that are given names too ("Al Gore", "Van Morrison"): a name opening with one is no surname alone. */
    private static final Set<String> GIVEN_PARTICLES = Set.of("al", "el", "van", "di", "do", "la");
    /**
     * The separators, compiled once: {@code String.split} compiles a pattern of more than one character on every call
     * (a bulk load resolves every person mention of every article through these). The same splits.
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[\\s\\-]+");

    private NameKey() {
    }

    /** The key of a whole name: the keys of its words but inner particles, joined by spaces. */
    public static String of(String name) {
        StringBuilder sb = new StringBuilder();
        for (String word : words(name)) {
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

    /** The words of a name (split at spaces and hyphens) without the particles after its first word. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String word : SPACES_OR_HYPHENS.split(name.strip())) {
            if (!word.isEmpty() && (out.isEmpty() || !particle(word))) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The surname of a name that is a surname with its particles ("De Vido", "van der Vijver", "de Rato" → the
     * last word), or null: a name opening with a particle that is also a given name ("Al Gore") is a full name,
     * unless another particle follows ("Van de Vijver").
     */
    public static String particleSurname(String name) {
        String[] words = SPACES.split(name.strip());
        if (words.length < 2) {
            return null;
        }
        for (int i = 0; i < words.length - 1; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            boolean givenName = i == 0 && GIVEN_PARTICLES.contains(lower) && !particle(words[1]);
            if (!PARTICLES.contains(lower) || givenName) {
                return null;
            }
        }
        return words[words.length - 1];
    }

    private static boolean particle(String word) {
        return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
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
                case 'c' -> 'k';
                default -> folded.charAt(i);
            };
            if (c == 'x') {
                appendOnce(sb, 'k');
                c = 's';
            }
            appendOnce(sb, c);
        }
        return sb.toString();
    }

    private static void appendOnce(StringBuilder sb, char c) {
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != c) {
            sb.append(c);
        }
    }

    /**
     * Whether a surname met alone is the last name of {@code name}: the same key and at most one letter
     * added, dropped or changed ("Corbet" / "Ann Corbett", "Zelenskyy" / "Volodymyr Zelensky"). A word
     * two letters away with the same key is more often another word — a first name, a place — than a
     * variant ("Alan" is no "Ruth Allen").
     */
    public static boolean sameSurname(String word, String name) {
        // a hyphenated word alone is a double surname, matched whole ("Kerr-Silk"); another word, its last part
        String[] parts = (word.indexOf('-') > 0 ? SPACES : SPACES_OR_HYPHENS).split(name.strip());
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
