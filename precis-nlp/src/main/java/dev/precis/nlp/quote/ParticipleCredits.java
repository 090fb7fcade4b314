package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks a quote introduced by a participle ("…, adding, “…”", "…, telling reporters: “…”"), for
 * {@link SentenceCredits}. The participle hangs on the clause before its comma, whose subject speaks. When that
 * clause ends in a speech verb ("Mateen left early, Nefzi said, adding, “…”"; "“…,” she said, adding: “…”") the
 * subject of that verb speaks, not the subject of the sentence (Mateen) nor a name inside the quote before it;
 * else the clause's subject ({@link ClauseSubjects#subject}). Stateless.
 */
final class ParticipleCredits {

    /**
     * Between the speech verb and the participle: at most a few words of when or where it was said ("said on
     * Tuesday"), then the comma and perhaps "and".
     */
    private static final Pattern VERB_THEN_PARTICIPLE = Pattern.compile("(?:\\s+(?:on|in|at|during|late|early|earlier|later"
            + "|this|last|yesterday|today|again|also|then)\\b[^,.!?;“”\"]{0,40})?\\s*,\\s*(?:and\\s+)?");

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
        return speakers.subject(regionStart, regionStart + partStart);
    }
}
