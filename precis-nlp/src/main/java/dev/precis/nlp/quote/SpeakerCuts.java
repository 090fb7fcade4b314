package dev.precis.nlp.quote;

import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import java.util.Locale;
import java.util.Set;

/**
 * The last trim of a speaker's name as the reader sees it (quotes63): a name that ran on into its clause's verb
 * ("Rowling has already", "the club website also", "the prime minister's spokesman also rejected the", a pronoun
 * resolved to "Referees have been") is cut before "also" or the first auxiliary, and kept only when what is left can
 * speak (it opens with a capital that is no pronoun, or with "the", "a", "an", "some"); else the quote keeps no
 * speaker. A name opening with the title "DJ" before a capitalised name loses the title ("DJ Ann Reed" → "Ann Reed").
 * Hand-written word reads over the name (a few words per quote), no regular expression: this runs once per quote.
 * Stateless.
 */
final class SpeakerCuts {

    /** Finite auxiliaries and copulas (lower case only: "Will", "May", "Can" open names). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
            "shall", "should", "may", "might", "must", "has", "have", "had", "been", "do", "does", "did");
    /** What may open a relative clause inside a description ("a man who has lived here"): its verb is the clause's. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    /** Words left at the end of a cut that name no one: "Rowling has already" → "Rowling", "the man now" → "the man". */
    private static final Set<String> TRAILING = Set.of("the", "a", "an", "already", "now", "still", "also", "then",
            "just", "only", "later", "earlier", "and", "but", "never", "ever", "yet", "too", "last", "on", "at", "in");
    /** Lower-case openings of a description that speaks. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "some");
    /** Pronouns and possessives that cannot open a speaker's name as it is shown: "he was due to", "His main concern". */
    private static final Set<String> PRONOUN_OPENERS = Set.of("i", "he", "she", "it", "we", "they", "you", "his", "her",
            "its", "our", "their", "my", "your", "this", "that", "these", "those", "there");

    private SpeakerCuts() {
    }

    /** The quote with its speaker's name cut where it ran into a verb, or its title "DJ" dropped; else the quote as it is. */
    static Quote cut(String text, Quote q, boolean resolved) {
        String name = q.speaker();
        if (name == null || name.indexOf(' ') < 0) {
            return q;
        }
        int end = clauseStart(name);
        if (end < 0) {
            if (name.startsWith("DJ ") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
                return new Quote(q.range(), q.content(), q.kind(), name.substring(3), shifted(text, q.speakerRange(), name, 3,
                        name.length(), resolved), q.cue());
            }
            return q;
        }
        String kept = name.substring(0, end);
        if (!canSpeak(kept)) {
            return new Quote(q.range(), q.content(), q.kind(), null, q.speakerRange(), q.cue());
        }
        return new Quote(q.range(), q.content(), q.kind(), kept, shifted(text, q.speakerRange(), name, 0, end, resolved), q.cue());
    }

    /**
     * Where the name's words stop naming: the end of the last word before "also" or an auxiliary (no relative word
     * before it), less trailing adverbs and articles; -1 when no such word follows the first word. 0 when nothing is left.
     */
    static int clauseStart(String name) {
        int i = 0;
        int n = name.length();
        int kept = -1; // the end of the last word that names, past trailing adverbs and articles
        boolean first = true;
        while (i < n) {
            while (i < n && name.charAt(i) == ' ') {
                i++;
            }
            int s = i;
            while (i < n && name.charAt(i) != ' ') {
                i++;
            }
            if (s == i) {
                break;
            }
            String w = name.substring(s, i);
            if (!first) {
                if (RELATIVES.contains(w)) {
                    return -1;
                }
                if (w.equals("also") || AUXILIARIES.contains(w)) {
                    return Math.max(kept, 0);
                }
            }
            if (first || !TRAILING.contains(w.toLowerCase(Locale.ROOT))) {
                kept = i;
            }
            first = false;
        }
        return -1;
    }

    /** Whether the words can be shown as a speaker: a capital that opens no pronoun, or an article or "some". */
    static boolean canSpeak(String words) {
        String w = words.strip();
        if (w.isEmpty() || w.indexOf(". ") >= 0) {
            return false; // a run across a sentence's end ("at a press conference on Tuesday. The 67-year-old")
        }
        int sp = w.indexOf(' ');
        String first = (sp < 0 ? w : w.substring(0, sp)).toLowerCase(Locale.ROOT);
        if (PRONOUN_OPENERS.contains(first)) {
            return false;
        }
        return (Character.isUpperCase(w.charAt(0)) || OPENERS.contains(first)) && !UnfitSpeakers.unfit(w);
    }

    /** The speaker's range narrowed to the kept words when the range holds the name as written; else the range as it is. */
    private static TextRange shifted(String text, TextRange range, String name, int from, int to, boolean resolved) {
        if (range == null || resolved) {
            return range;
        }
        String words = range.slice(text);
        int lead = words.length() - words.stripLeading().length();
        if (!words.strip().equals(name)) {
            return range;
        }
        return new TextRange(range.start() + lead + from, range.start() + lead + to);
    }
}
