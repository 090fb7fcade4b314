package dev.precis.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom one text tells to be a man or a woman, so that "she" never goes to "Donald Trump" nor "he" to "Susan Kihika":
 * a given name of one gender ({@value #GENDER_FILE}), an honorific before the surname in the text ("Mr Ahmed",
 * "Ms Kihika"), or the pronouns credited to the name so far ({@link #heard}). One instance per text; not thread-safe.
 */
final class PersonGenders {

    /** Given names of one gender ('F' or 'M'). */
    private static final Map<String, Character> GENDER = load("given-names-gender.txt");

    private final String text;
    /** Words after an honorific in the text, with its gender ({@link #honorifics()}); null until needed. */
    private Map<String, Character> honorifics;
    /** The gender the pronouns credited to each name gave its last word ('F', 'M', or '?' once both did; {@link #heard}). */
    private final Map<String, Character> heard = new HashMap<>();

    PersonGenders(String text) {
        this.text = text;
    }

    /**
     * The person's gender ('F' or 'M') when a given name or an honorific in the text tells it, else when the pronouns
     * credited to the name so far agree on it ({@link #heard}); else null.
     */
    Character gender(String name) {
        String[] words = name.strip().split("\\s+");
        Character known = words.length > 1 ? GENDER.get(words[0]) : null;
        known = known != null ? known : honorifics().get(words[words.length - 1]);
        Character told = known != null ? null : heard.get(words[words.length - 1]);
        return known != null ? known : told == null || told == '?' ? null : told;
    }

    /**
     * Notes that a "he" ('M') or "she" ('F') was credited to the name: "Kendall Reed spoke first. “…,” she said." tells
     * that Reed is no "he" later on, though no given name or honorific says so. Kept by the last word, as honorifics
     * are, so "Reed" alone is known too; a name credited through both (one of them wrongly, or two people of one
     * family name) is left unknown, so one mistake is not carried on to every later pronoun.
     */
    void heard(String name, char gender) {
        String[] words = name.strip().split("\\s+");
        heard.merge(words[words.length - 1], gender, (was, now) -> was == now ? was : '?');
    }

    /** Forgets every gender {@link #heard} (the direct pass credits its pronouns again, in text order). */
    void forgetHeard() {
        heard.clear();
    }

    /** An honorific and one or two capitalised words after it: "Mr Ahmed", "Ms Susan Kihika". */
    private static final Pattern HONORIFIC = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Miss|Madam)\\.?\\s+(?:(\\p{Lu}[\\p{L}'’-]*)\\s+)?(\\p{Lu}[\\p{L}'’-]*)\\b");

    /**
     * Each word the text puts right after an honorific, or after it and one more capitalised word, with
     * the gender of its first such honorific ('M' for "Mr", else 'F'); read once per text, when a pronoun
     * first needs it.
     */
    private Map<String, Character> honorifics() {
        if (honorifics == null) {
            Map<String, Character> out = new HashMap<>();
            Matcher m = HONORIFIC.matcher(text);
            while (m.find()) {
                char g = m.group(1).equals("Mr") ? 'M' : 'F';
                if (m.group(2) != null) {
                    out.putIfAbsent(m.group(2), g);
                }
                out.putIfAbsent(m.group(3).replaceFirst("['’]s?$", ""), g); // "Mr. Hale’s tone" is Hale's
            }
            honorifics = out;
        }
        return honorifics;
    }

    private static final String GENDER_FILE = "given-names-gender.txt";

    private static Map<String, Character> load(String file) {
        Map<String, Character> out = new HashMap<>();
        try (InputStream in = PersonGenders.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length == 2) {
                    out.put(cols[1].strip(), cols[0].charAt(0));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(out);
    }
}
