package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two frames of a quotation's own sentence whose subject is not the one speaking through a speech verb: an interview's
 * question put to the subject ("Reed was asked by host Tom Hale, “…?”": the host speaks, and with no one named after
 * "by" nobody we know), and a document the subject put out ("Reed released a video that said, “…”", "Her campaign sent
 * out an email stating, “…”": the subject speaks through it). For {@link DirectQuotes} and {@link SentenceCredits}.
 * Stateless.
 */
final class FramedCredits {

    /**
     * A passive "asked" right before the quotation, perhaps with its agent after "by" and a relative clause about the
     * agent: "Reed was asked, “…?”", "Reed was asked by host Tom Hale, who …, “…?”". Group 1 is the agent.
     */
    private static final Pattern ASKED = Pattern.compile("\\b(?:was|were|is|are|been|being)\\s+(?:(?:also|then|later|first"
            + "|again|repeatedly)\\s+)?asked(?:\\s+by\\s+((?:[\\p{L}.'’-]+\\s+){0,5}?[\\p{L}.'’-]*\\p{L})"
            + "(?:\\s*,\\s*(?:who|whose|which)\\b[^“”\"\\n]{0,200}?)?)?\\s*[,:]\\s*$");
    /**
     * A document the subject issued, then a relative clause or participle of saying right before the quotation:
     * "released a marketing video that said, “…”", "sent out an email to supporters stating, “…”". Group 1 is the
     * verb of issuing.
     */
    private static final Pattern ISSUED = Pattern.compile("(?i)\\b(released|issued|sent(?:\\s+out)?|put\\s+out|posted|aired"
            + "|blasted\\s+out|published|circulated)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:video|ad|advert|advertisement|e-?mail|letter|message|memo|mailer|flyer|leaflet|tweet|post|note|notice)"
            + "(?:\\s+(?:to|for)\\s+[^,.!?;“”\"]{1,40}?)?\\s+(?:(?:that|which)\\s+(?:said|says|read|reads|stated|states)|saying"
            + "|stating|reading)\\s*[,:]?\\s*$");

    /** The words of saying one of which ends {@link #ISSUED}'s match, for its gate. */
    private static final String[] SAYING = {"said", "says", "read", "reads", "stated", "states", "saying", "stating", "reading"};
    /** The verbs of issuing one of which {@link #ISSUED} needs (lower case; "sent", "put" also start "sent out", "put out"). */
    private static final String[] ISSUING = {"released", "issued", "sent", "put", "posted", "aired", "blasted", "published",
        "circulated"};

    /**
     * The cue of a question put to the subject. Its asker is not remembered for the pronouns after it: "She answered"
     * right after the question is the one asked.
     */
    static final String ASKED_CUE = "was asked";
    /** The subject's speaker: a question's asker named after "by", or no one (a speaker without a name or range). */
    static final Speaker NO_ONE = new Speaker(null, null);

    private FramedCredits() {
    }

    /**
     * Who asks the question opening at {@code open} when the words before it in its sentence (from {@code sentenceStart})
     * end in a passive "asked": the agent after "by", else {@link #NO_ONE} (the one asked does not speak the question);
     * null when the sentence does not end so.
     */
    static Speaker asker(String text, int sentenceStart, int open, SpeakerResolver speakers) {
        if (!CueGates.endsInCommaOrColon(text, sentenceStart, open) || !CueGates.contains(text, sentenceStart, open, "asked")) {
            return null; // (the pattern's own conditions, read cheaply first: "asked" and a comma or colon before the mark)
        }
        Matcher m = ASKED.matcher(text).region(sentenceStart, open);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) == null) {
            return NO_ONE;
        }
        Speaker agent = speakers.phrase(m.start(1), m.end(1));
        return agent == null || agent.name() == null ? NO_ONE : agent;
    }

    /**
     * The subject who issued the document whose words open at {@code open}, and the verb of issuing ({@code before} is
     * the sentence up to the mark, from {@code regionStart} in the text); null when the sentence does not end so or
     * its subject is no one.
     */
    static SentenceCredits.Credit issuer(String before, int regionStart, SpeakerResolver speakers) {
        if (!CueGates.endsWithWord(before, 0, CueGates.endBeforePunctuation(before, 0, before.length()), SAYING)
                || !CueGates.containsAny(before, 0, before.length(), ISSUING)) {
            return null; // (the pattern's own conditions, read cheaply first: a verb of issuing, a word of saying last)
        }
        Matcher m = ISSUED.matcher(before);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        Speaker subject = speakers.before(regionStart + m.start(1), regionStart);
        return subject == null || subject.name() == null ? null : new SentenceCredits.Credit(subject, m.group(1), true);
    }
}
