package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks a quote introduced by a participle ("…, adding, “…”", "…, telling reporters: “…”"), for
 * {@link SentenceCredits}. The participle hangs on the clause before its comma, whose subject speaks. When that
 * clause ends in a speech verb ("Mateen left early, Nefzi said, adding, “…”"; "“…,” she said, adding: “…”") the
 * subject of that verb speaks, not the subject of the sentence (Mateen) nor a name inside the quote before it, and
 * so does the name after a verb that comes first ("“…,” said Ann Reed, adding: “…”"); else the clause's subject ({@link ClauseSubjects#subject}). Stateless.
 */
final class ParticipleCredits {

    /**
     * Between the speech verb and the participle: at most a few words of when or where it was said ("said on
     * Tuesday"), then the comma and perhaps "and".
     */
    private static final Pattern VERB_THEN_PARTICIPLE = Pattern.compile("(?:\\s+(?:on|in|at|during|late|early|earlier|later"
            + "|this|last|yesterday|today|again|also|then)\\b[^,.!?;“”\"]{0,40})?\\s*,\\s*(?:and\\s+)?");

    /** A closing mark and a comma right before the verb: the credit comes after the quote, verb first ("…,” said"). */
    private static final Pattern CLOSED_BEFORE = Pattern.compile("(?:[”\"’'],|,[”\"’'])[ \\t]*$");

    private ParticipleCredits() {
    }

    /**
     * The speaker of the quote whose participle starts at {@code partStart} in {@code before} (the sentence up to
     * the opening mark, from {@code regionStart} in the text). May return null or a speaker without a name.
     */
    static Speaker speaker(String before, int regionStart, int partStart, SpeakerResolver speakers) {
        Matcher v = SentenceCredits.VERB_BEFORE.matcher(before).region(0, partStart);
        int verbStart = -1;
        int verbEnd = -1;
        while (v.find()) {
            verbStart = v.start();
            verbEnd = v.end();
        }
        if (verbStart >= 0 && VERB_THEN_PARTICIPLE.matcher(before).region(verbEnd, partStart).matches()) {
            Speaker own = speakers.before(regionStart + verbStart, regionStart);
            if (own != null && own.name() != null) {
                return own;
            }
        }
        Matcher named;
        if (verbStart >= 0 && CLOSED_BEFORE.matcher(before).region(0, verbStart).find()
                && (named = SentenceCredits.VERB_THEN_NAME.matcher(before).region(verbStart, partStart)).lookingAt()
                && VERB_THEN_PARTICIPLE.matcher(before).region(named.end(), partStart).matches()) {
            // "“…,” said Ann Reed, adding that “…”": the verb comes first, and the name after it speaks
            Speaker own = speakers.phrase(regionStart + named.start(1), regionStart + named.end(1));
            if (own != null && own.name() != null) {
                return own;
            }
        }
        return speakers.subject(regionStart, regionStart + partStart);
    }
}
