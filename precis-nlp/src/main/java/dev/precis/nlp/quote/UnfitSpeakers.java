package dev.precis.nlp.quote;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words taken for a speaker that can name no one, for {@link RuleQuoteFinder}'s last step: a pronoun left
 * unresolved ("it", "It is thought that …"), a pronoun or a name followed by a verb ("he will", "Her comments
 * have been"), only determiners, adverbs, numbers and dates ("the", "Still", "34", "July", "the 1990s"), or a
 * pronoun resolved to a date. A speaker must be someone who can speak: a person, an organisation, a resolved
 * pronoun or a description ("the minister", "analysts", "the report"); when the words are none of these the quote
 * is kept without a speaker (its speaker range stays: the text does name a subject there, only not one we know).
 * Stateless.
 */
final class UnfitSpeakers {

    /** Subject pronouns, which stand for someone only once resolved: alone, or opening a phrase before its verb. */
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "i", "we");
    /** Personal and possessive pronouns, any of which alone as a speaker's name names no one. */
    private static final Set<String> BARE_PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him",
            "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs");
    /** Finite auxiliaries and copulas: a speaker phrase holding one ran into the clause ("he will", "staff are"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
            "shall", "should", "may", "might", "must", "has", "have", "had", "been", "be", "do", "does", "did");
    /** What may open a relative clause inside a description ("a man who has lived here"): a verb after it is the clause's. */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "whom");
    /** Words that name no one however they are combined: determiners, connectives, adverbs of time and order. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "its", "this", "that", "these", "those",
            "still", "next", "now", "indeed", "following", "yet", "then", "also", "and", "but", "so", "despite", "being",
            "there", "here", "however", "meanwhile", "instead", "afterwards", "later", "earlier", "secondly", "finally",
            "last", "only", "another", "about", "around", "nearly", "almost", "just", "since", "until", "in", "on", "at",
            "of", "early", "late", "mid", "week", "month", "year");
    /** Months, days and number words: a date or a count alone says when or how many, not who. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** The number words of {@link #CALENDAR}, which may also be a name ("Five", a TV channel). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    /** A number or a decade: "34", "1997", "the 1990s". */
    private static final Pattern NUMBER = Pattern.compile("[\\d.,%]+s?");
    /** A pronoun run into an auxiliary: "I'd", "we've", "it's". */
    private static final Pattern CONTRACTED = Pattern.compile("(?i)(?:i|he|she|it|we|they|you)['’](?:d|ve|ll|re|m|s)");
    /** A passive whose subject is what was spoken of ("Plans … have been branded “reckless” by …"), not "was quoted as saying". */
    private static final Pattern PASSIVE = Pattern.compile("(?:is|are|was|were|have\\s+been|has\\s+been|had\\s+been)\\s+"
            + "(?:\\p{Ll}+ly\\s+)?(?!quoted\\b)\\p{Ll}+(?:ed|en)\\s+(?!to\\s+have\\b)(?!as\\s+say)");
    /** A preposition right before the words: they end a longer phrase ("in China", "of the firm"). */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:in|of|at|on|for|from|with|by|to|into)\\s+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’&-]*");
    /** What may open a description that speaks: "the agency", "a spokeswoman", "some analysts". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "one", "some", "his", "her", "their", "its", "our");
    /** A verb that raises its subject out of what is said: "is said to be", "are reported to" (not "… to have said"). */
    private static final Pattern RAISED = Pattern.compile("(?:is|are|was|were|be|been)\\s+(?:\\p{L}+\\s+)?(?:said|reported|thought"
            + "|believed|understood|alleged|expected|known|rumoured|due|likely|set)\\s+to\\s+(?!have\\b)");

    private UnfitSpeakers() {
    }

    /** A speech verb right after the words: "Five said", "Nine has told". */
    private static final Pattern SPEECH_VERB_AFTER = Pattern.compile("\\s+(?:has\\s+|have\\s+)?" + SpeechCues.VERB + "\\b");

    /**
     * The quote as it stands when its speaker can speak; else the words before a verb that can, else no speaker.
     * {@code entities} are the recogniser's, for a number word that is a name.
     */
    static Quote checked(String text, Quote q, List<EntityMention> entities) {
        String name = q.speaker();
        if (name == null) {
            return q;
        }
        if (barePronoun(name)) {
            // "Her message to the public: “…”": a pronoun left as the speaker's name, resolved or not, names no one
            return new Quote(q.range(), q.content(), q.kind(), null, q.speakerRange(), q.cue());
        }
        String words = q.speakerRange() == null ? name : q.speakerRange().slice(text).strip();
        boolean resolved = !words.equalsIgnoreCase(name);
        // a resolved pronoun or description is judged by whom it was resolved to; words read as they stand by themselves
        if (!(resolved ? onlyWhen(name) : unfit(name)) || !resolved && numberWordNamed(text, q.speakerRange(), entities)) {
            return SpeakerCuts.cut(text, q, resolved);
        }
        TextRange subject = resolved ? null : subjectBeforeVerb(text, q.speakerRange());
        return new Quote(q.range(), q.content(), q.kind(), subject == null ? null : described(subject.slice(text)),
                subject == null ? q.speakerRange() : subject, q.cue());
    }

    /**
     * Whether the words are one capitalised number word that names a body: the recogniser tags it as an organisation,
     * or a speech verb follows it directly ("Five said", a TV channel), which no count or date does alone.
     */
    private static boolean numberWordNamed(String text, TextRange range, List<EntityMention> entities) {
        if (range == null) {
            return false;
        }
        String words = range.slice(text).strip();
        if (words.isEmpty() || words.indexOf(' ') >= 0 || !Character.isUpperCase(words.charAt(0))
                || !NUMBER_WORDS.contains(lower(words))) {
            return false;
        }
        int start = text.indexOf(words, range.start());
        int end = start + words.length();
        boolean organisation = entities.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.range().start() <= start && e.range().end() >= end);
        return organisation || SPEECH_VERB_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** A description as the resolver writes one, its determiner in lower case ("A spokeswoman" → "a spokeswoman"). */
    private static String described(String words) {
        String first = SPACE.split(words)[0];
        return DETERMINERS.contains(lower(first)) ? lower(first) + words.substring(first.length()) : words;
    }

    /**
     * The subject of a phrase that ran into its clause's verb ("A party spokeswoman would only say", "the agency was
     * quoted as saying"): the words before the first auxiliary, less adverbs at their end, when they open with a
     * capital or a determiner and can speak; null when there are none, or when the verb raises its subject ("Acme is
     * said to be a target": no one says anything there; "is said to have told" still makes the subject the speaker).
     */
    private static TextRange subjectBeforeVerb(String text, TextRange range) {
        if (range == null) {
            return null;
        }
        if (PREPOSITION_BEFORE.matcher(text).region(Math.max(0, range.start() - 6), range.start()).find()) {
            return null; // "the consumption of wine in China is still low": the words are inside a longer subject
        }
        Matcher m = WORD.matcher(text).region(range.start(), range.end());
        int end = -1;
        int lastEnd = -1;
        int firstStart = -1;
        while (m.find()) {
            if (AUXILIARIES.contains(m.group()) && firstStart >= 0) {
                if (RAISED.matcher(text).region(m.start(), text.length()).lookingAt()
                        || PASSIVE.matcher(text).region(m.start(), text.length()).lookingAt()) {
                    return null;
                }
                end = lastEnd;
                break;
            }
            if (RELATIVES.contains(m.group())) {
                return null;
            }
            firstStart = firstStart < 0 ? m.start() : firstStart;
            lastEnd = FUNCTION_WORDS.contains(lower(m.group())) && firstStart != m.start() ? lastEnd : m.end();
        }
        if (end <= firstStart) {
            return null;
        }
        String prefix = text.substring(firstStart, end);
        String first = lower(SPACE.split(prefix)[0]);
        boolean opens = Character.isUpperCase(prefix.charAt(0)) || DETERMINERS.contains(first);
        return opens && !unfit(prefix) ? new TextRange(firstStart, end) : null;
    }

    /**
     * Whether the name is one personal or possessive pronoun alone, in any case ("Her", "his", "THEY"): never a
     * speaker's name. "US" and "IT" in capitals are abbreviations (a country, a trade), not pronouns.
     */
    static boolean barePronoun(String name) {
        String w = name.strip().replaceAll("[.,;:]+$", "");
        return BARE_PRONOUNS.contains(lower(w)) && !w.equals("US") && !w.equals("IT");
    }

    /** Whether the words read as a speaker phrase can name no one. */
    static boolean unfit(String phrase) {
        String[] words = SPACE.split(phrase.strip().replaceAll("[.,;:]+$", ""));
        if (words.length == 0 || words[0].isEmpty()) {
            return true;
        }
        String first = lower(words[0]);
        if (PRONOUNS.contains(first) || CONTRACTED.matcher(words[0]).matches()) {
            return true; // unresolved ("it", "It"), or opening a clause ("he will", "He said the man", "I'd")
        }
        if (words.length > 1 && words[words.length - 1].equals("it")) {
            return true; // "Last month it", "Secondly it": the pronoun is the subject, and no one resolved it
        }
        boolean relative = false;
        for (String w : words) {
            relative |= RELATIVES.contains(w);
            if (!relative && AUXILIARIES.contains(w)) {
                return true; // "Her comments have been", "staff are", "February 2005 have been"
            }
        }
        return onlyWhen(phrase);
    }

    /** Whether every word is a function word, a number, a month, a day or a number word: "the", "July", "the 1990s", "Another 7". */
    private static boolean onlyWhen(String phrase) {
        for (String w : SPACE.split(phrase.strip().replaceAll("[.,;:]+$", ""))) {
            String lower = lower(w);
            if (!FUNCTION_WORDS.contains(lower) && !CALENDAR.contains(lower) && !NUMBER.matcher(lower).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
