package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quoted phrase that a verb of naming or judging puts in its subject's words: "The prime minister called the
 * report “a whitewash”", "Lena Sorensen described the plan as “a disaster for the coast”", "accused the
 * government of “lying to the people”", "…, calling him “a total stiff”". News marks such words as the subject's
 * own, and PolNeAR annotates them as attributions with that subject as the source; a phrase however short
 * counts. For {@link DirectQuotes}, which tries it when no speech verb or credit is found. Stateless.
 */
final class NamingCues {

    /** Verbs that give a name or a judgement whose words may be quoted right after their object. */
    private static final String NAMING_VERB = "call(?:ed|ing|s)?|dub(?:bed|bing|s)?|brand(?:ed|ing|s)?|term(?:ed|ing|s)?"
            + "|label(?:l?ed|l?ing|s)?|deem(?:ed|ing|s)?";
    /** Verbs of judging and thanking, whose quoted words follow "as", "of" or "for": "described it as", "accused them of", "thanked him for". */
    private static final String JUDGING_VERB = "describ(?:ed|ing|es)|characteri[sz](?:ed|ing|es)|accus(?:ed|ing|es)"
            + "|denounc(?:ed|ing|es)|dismiss(?:ed|ing|es)|reject(?:ed|ing|s)|hail(?:ed|ing|s)|prais(?:ed|ing|es)"
            + "|critici[sz](?:ed|ing|es)|condemn(?:ed|ing|s)|slam(?:med|ming|s)|blast(?:ed|ing|s)|lambast(?:ed|ing|s)"
            // thanks given in the thanker's words: "Reed thanked him for “standing up when others stayed silent”" (the
            // one thanked is the object, not the speaker)
            + "|thank(?:ed|ing|s)";
    /**
     * The verb, then at most six words (its object) and the end of the text before the opening mark; group 1 a
     * comma before a participle ("…, calling him"), 2 the verb (not "so-called"), 3 the words between.
     */
    private static final Pattern BEFORE = Pattern.compile("(?i)(,[ \\t]*)?(?<![\\p{L}-])(" + NAMING_VERB + "|" + JUDGING_VERB
            + ")\\b((?:[ \\t]+[\\p{L}\\p{N}'’-]+){0,6}?)[ \\t]*$");
    private static final Pattern JUDGING = Pattern.compile("(?i)" + JUDGING_VERB);
    /** A lower-case verb and a determiner right before a naming word used as a noun: "coined the" (term). Group 1 the verb. */
    /** Prepositions before a naming noun that are no verb: "opened with a call for …". */
    private static final Pattern PREPOSITION = Pattern.compile("about|into|over|under|like|of|off|onto|upon|against|without|amid|via");
    private static final Pattern VERB_THEN_DETERMINER = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}{3,})[ \\t]+(?:the|a|an|this|that)[ \\t]+$");
    /** The word before the quoted phrase after a verb of judging: "as", "of", "for". */
    private static final Pattern JUDGED_AS = Pattern.compile("(?i).*\\b(?:as|of|for)");

    record Credit(Speaker speaker, String cue) {
    }

    private NamingCues() {
    }

    /**
     * The subject of a verb of naming or judging that ends {@code text[sentenceStart, open)} with its object,
     * and the verb; null when the words before the quotation do not read so or the subject is no one.
     */
    static Credit find(String text, int sentenceStart, int open, SpeakerResolver speakers) {
        Matcher m = BEFORE.matcher(text).region(sentenceStart, open);
        if (!m.find()) {
            return null;
        }
        String between = m.group(3).strip();
        if (JUDGING.matcher(m.group(2)).matches() && !JUDGED_AS.matcher(between).matches()) {
            return null; // "criticised the plan “…”" without "as" or "for" gives the words no owner
        }
        Matcher noun = VERB_THEN_DETERMINER.matcher(text).region(sentenceStart, m.start(2));
        if (noun.find() && !SpeechCues.BOUNDARY_WORD.matcher(noun.group(1)).matches() && !PREPOSITION.matcher(noun.group(1)).matches()) {
            // "The book trade coined the term “…”": after a determiner the word is a noun, so the verb before it is
            // the cue and the speaker is read before that verb, not over it
            Speaker subject = speakers.before(noun.start(1), sentenceStart);
            if (subject != null && subject.name() != null) {
                return new Credit(subject, noun.group(1));
            }
        }
        Speaker speaker = m.group(1) != null && m.group(2).toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                ? speakers.subject(sentenceStart, m.start(2))
                : speakers.before(m.start(2), sentenceStart);
        return speaker == null || speaker.name() == null ? null : new Credit(speaker, m.group(2));
    }
}
