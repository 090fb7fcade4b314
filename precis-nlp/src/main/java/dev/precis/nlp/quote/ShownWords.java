package dev.precis.nlp.quote;

import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words shown or shouted rather than said: what a sign, a document or a crowd named right before "reads",
 * "reading" or "chanting" puts forward ("a banner reading “Save our quay!”", "the letter reads: “…”",
 * "children chanting “No more silt”"). Such words are the source's however short; the source is the phrase
 * before the verb, cut to its last noun phrase when it names no one. For {@link DirectQuotes}. Stateless.
 */
final class ShownWords {

    /** A verb of showing or shouting right before the quote, perhaps with a comma or colon. */
    private static final Pattern RIGHT_BEFORE = Pattern.compile("(?i)\\b(read|reads|reading|chanting|shouting|yelling"
            + "|screaming)[,:]?[ \\t]*$");
    /** The last noun phrase opened by a determiner, to the end: "fishermen held a banner" → "a banner". */
    private static final Pattern LAST_DETERMINER = Pattern.compile("(?i)(?:^|\\s)((?:a|an|the|one|another|its|his|her|their"
            + "|this|that)\\s+\\S+(?:\\s+\\S+){0,5})$");
    /** A day or "yesterday" opening the phrase is when, not who: "(On) Saturday about fifty children chanting". */
    private static final Pattern LEADING_DAY = Pattern.compile("(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|yesterday|today)\\s+");

    private ShownWords() {
    }

    /**
     * The source of the quotation opening at {@code open} when a verb of showing or shouting stands right before
     * it (searched from {@code from}), the phrase before the verb read back to {@code sentenceStart}; else null.
     */
    static CreditBeforeQuote.Credit find(String text, int open, int from, int sentenceStart, SpeakerResolver speakers) {
        Matcher verb = RIGHT_BEFORE.matcher(text).region(from, open);
        if (!verb.find()) {
            return null;
        }
        Speaker source = speakers.before(verb.start(1), sentenceStart);
        if (source == null || source.range() == null) {
            return null;
        }
        TextRange r = source.range();
        boolean unnamed = source.name() == null || source.name().equals(r.slice(text));
        if (!unnamed) {
            return new CreditBeforeQuote.Credit(source, verb.group(1));
        }
        Matcher det = LAST_DETERMINER.matcher(r.slice(text));
        if (det.find() && det.start(1) > 0) {
            r = new TextRange(r.start() + det.start(1), r.end());
        }
        Matcher day = LEADING_DAY.matcher(r.slice(text));
        if (day.find() && day.end() < r.end() - r.start()) {
            r = new TextRange(r.start() + day.end(), r.end());
        }
        return new CreditBeforeQuote.Credit(new Speaker(r.slice(text), r), verb.group(1));
    }
}
