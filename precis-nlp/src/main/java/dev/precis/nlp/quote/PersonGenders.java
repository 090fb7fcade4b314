package dev.precis.nlp.quote;

import dev.precis.nlp.entity.PersonSexes;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom one text tells to be a man or a woman, so that "she" never goes to "Donald Trump" nor "he" to "Susan Kihika":
 * the name's given name or honorific ({@link PersonSexes#ofFullName}), an honorific before the surname in the text
 * ("Mr Ahmed", "Ms Kihika"), or the pronouns credited to the name so far ({@link #heard}). One instance per text;
 * not thread-safe.
 */
final class PersonGenders {

    private final String text;
    /** Words after an honorific in the text, with its gender ({@link #honorifics()}); null until needed. */
    private Map<String, Character> honorifics;
    /** The gender the pronouns credited to each name gave its last word ('F', 'M', or '?' once both did; {@link #heard}). */
    private final Map<String, Character> heard = new HashMap<>();

    PersonGenders(String text) {
        this.text = text;
    }

    /**
     * The person's gender ('F' or 'M') when the name's given name or honorific ("Mrs Hale"), or an honorific in the text
     * tells it, else when the pronouns credited to the name so far agree on it ({@link #heard}); else null.
     */
    Character gender(String name) {
        String[] words = name.strip().split("\\s+");
        Character known = PersonSexes.ofFullName(name);
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
}
