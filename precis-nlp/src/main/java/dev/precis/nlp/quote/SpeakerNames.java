package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who the words of a speaker phrase name, for {@link SpeakerResolver}: the person or organisation the
 * entities mark in it (a place only when it is the whole phrase), or a person's name at the end of a run
 * of capitalised words, linked to the longest name known in the text that ends in the same word.
 * One instance per text.
 */
final class SpeakerNames {

    /** Honorifics that open a name (compiled once: the speaker search asks per word). */
    private static final Pattern HONORIFIC = Pattern.compile("Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Sen\\.|Rep\\.|Gov\\.|Gen\\.");

    private final String text;
    private final MentionIndex entities;
    /** The longest name known for each final word, so "Lavrov" links to "Sergey Lavrov" in O(1). */
    private final Map<String, String> fullNames = new HashMap<>();
    /** The one name known for each first word, so "Ma" links to "Ma Zhaoxu" (family name first); "" when ambiguous. */
    private final Map<String, String> byFirstWord = new HashMap<>();

    SpeakerNames(String text, MentionIndex entities, List<TextRange> known) {
        this.text = text;
        this.entities = entities;
        for (TextRange r : known) {
            if (r.length() >= 60) {
                continue;
            }
            TextRange trimmed = endingAt(r.start(), r.end());
            String name = trimmed.slice(text);
            String key = lastWord(name);
            if (!key.isEmpty() && Character.isUpperCase(key.charAt(0))) {
                fullNames.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
            }
            String whole = r.slice(text).strip(); // "Pham Minh Chinh": the family name is the first of three words
            int space = whole.indexOf(' ');
            if (space > 0 && whole.indexOf('\n') < 0 && !HONORIFIC.matcher(whole.substring(0, space)).matches()) {
                byFirstWord.merge(whole.substring(0, space), whole, (a, b) -> a.equals(b) ? a : "");
            }
        }
    }

    /** Whether a person's name ends the phrase (without entities: whether it ends in a capitalised word). */
    boolean endsInPerson(int start, int end) {
        if (entities.isEmpty()) {
            String head = lastWord(text.substring(start, end));
            return !head.isEmpty() && Character.isUpperCase(head.charAt(0));
        }
        EntityMention e = entities.within(start, end);
        return e != null && e.type() == EntityType.PERSON && e.range().end() == end;
    }

    /** A person's name at the end of a capitalised run: at most two words plus initials. */
    TextRange endingAt(int start, int end) {
        String s = text.substring(start, end);
        if (s.endsWith("’s") || s.endsWith("'s")) {
            end -= 2;
        }
        int words = 0;
        int i = end;
        int nameStart = end;
        while (i > start) {
            int j = i;
            while (j > start && !Character.isWhitespace(text.charAt(j - 1))) {
                j--;
            }
            String w = text.substring(j, i);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                break;
            }
            boolean initial = w.length() == 2 && w.charAt(1) == '.';
            if (words > 0 && SpeechCues.ROLE.matcher(w).matches() || HONORIFIC.matcher(w).matches()
                    || !initial && ++words > 2) {
                break;
            }
            nameStart = j;
            i = j;
            while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return nameStart < end ? new TextRange(nameStart, end) : new TextRange(start, end);
    }

    /**
     * Whether the text is one place name, with at most "the" before it and a lower-case word for the kind of place after
     * it ("Cojedes state", "the Varnia province": where officials are, not who they are).
     */
    boolean onlyPlace(int start, int end) {
        EntityMention e = entities.within(start, end);
        if (e == null || e.type() != EntityType.LOCATION) {
            return false;
        }
        String before = text.substring(start, e.range().start()).strip();
        String after = text.substring(e.range().end(), end).strip();
        return (before.isEmpty() || before.equalsIgnoreCase("the")) && (after.isEmpty() || KIND_OF_PLACE.matcher(after).matches());
    }

    /** Lower-case words that say what kind of place a name is. */
    private static final Pattern KIND_OF_PLACE = Pattern.compile("state|province|county|district|region|city|town|village"
            + "|municipality|prefecture|governorate|department");

    /** The longest known name that ends with the same word (links "Lavrov" to "Sergey Lavrov"). */
    String canonical(TextRange range) {
        EntityMention e = entities.within(range.start(), range.end());
        if (e != null && e.type() == EntityType.PERSON && e.canonical().indexOf(' ') < 0) {
            return alone(e.canonical()); // "Li said" after "Premier Li Qiang", when the entities left it unlinked
        }
        if (e != null && (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION || e.range().equals(range))) {
            return e.canonical();
        }
        int k = entities.firstAtOrAfter(range.start() + 1) - 1;
        for (int i = k; i >= 0 && i > k - 3; i--) {
            EntityMention c = entities.get(i);
            if (c.type() == EntityType.PERSON && c.range().start() <= range.start() && c.range().end() >= range.end()) {
                return c.canonical(); // "Minister Nguyen Duc Chi" cut to its last two words by endingAt is still him
            }
        }
        String name = range.slice(text);
        String full = fullNames.get(lastWord(name));
        if (full == null && name.indexOf(' ') < 0 && !HONORIFIC.matcher(name).matches()) {
            // "Ma said" after "Vice Foreign Minister Ma Zhaoxu": Chinese, Korean and Vietnamese copy names
            // the family name first and then uses it alone
            String first = byFirstWord.get(name);
            return first == null || first.isEmpty() ? name : first;
        }
        return full != null && full.length() > name.length() && full.endsWith(" " + lastWord(name)) ? full : name;
    }

    /** The one full name a name of one word stands for: ending in it ("Lavrov"), else opening with it ("Ma"); else itself. */
    private String alone(String word) {
        String full = fullNames.get(word);
        if (full != null && full.endsWith(" " + word)) {
            return full;
        }
        String first = byFirstWord.get(word);
        return first == null || first.isEmpty() ? word : first;
    }

    /**
     * The person or organisation named in the phrase; a place only when it is the whole phrase
     * ("Moscow insists"), never a place inside a longer name ("the Istanbul Convention says").
     */
    EntityMention entityIn(int start, int end) {
        EntityMention best = null;
        EntityMention place = null;
        for (int i = entities.firstAtOrAfter(start); i < entities.size() && entities.get(i).range().start() < end; i++) {
            EntityMention e = entities.get(i);
            if (e.range().end() > end) {
                continue;
            }
            if (e.type() == EntityType.LOCATION || e.type() == EntityType.MISC) {
                place = place == null ? e : place;
            } else if (best == null || e.range().end() > best.range().end()) {
                best = e;
            }
        }
        if (best != null || place == null) {
            return best;
        }
        String rest = (text.substring(start, place.range().start()) + text.substring(place.range().end(), end)).strip();
        return rest.isEmpty() || rest.equalsIgnoreCase("the") || rest.equals("’s") || rest.equals("'s") ? place : null;
    }

    static String lastWord(String s) {
        String t = s.strip();
        int sp = Math.max(t.lastIndexOf(' '), t.lastIndexOf('\n'));
        String w = t.substring(sp + 1);
        if (w.endsWith("’s") || w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }
}
