package dev.precis.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dialogue set with dashes, the convention of Spanish, Portuguese, French and Russian copy carried into English and of
 * some wire copy: a paragraph opens with a dash and no quotation marks ("— The crossing was never closed, he replied.
 * “We kept it open.”"), and the words spoken end where the attribution begins, or at the paragraph's end. {@link
 * QuoteMarks} gives each such paragraph as one span (to its end, or to a quotation mark opening a new sentence);
 * this class ends it at the first place where {@link CreditAfterQuote} reads a credit after the words: a comma,
 * question or exclamation mark ("…, Ann Reed said", "…? Trump asked"), a full stop before a short credit sentence
 * ("… it. Ann Reed said.") or a dash before the attribution ("… it — she said — …"). A turn without a credit in its
 * paragraph keeps its whole paragraph; {@link DirectQuotes} then credits it only from outside the paragraph's own
 * words (a colon ending the paragraph before, the dialogue turn before it). For {@link RuleQuoteFinder}. Stateless.
 */
final class DashedTurns {

    /** Where quoted words may end before their credit: a comma, question or exclamation mark or full stop, then a space. */
    private static final Pattern BOUNDARY = Pattern.compile("[,?!….](?=[ \\t]+\\S)|[ \\t](?=[—–―][ \\t]*\\p{Ll})");
    /**
     * A lower-case word right after the speech verb that is neither a preposition, an article, a possessive, a word
     * of time nor a word of role before a name: the verb then has an object of its own ("he said nothing", "they told
     * lies"), so the clause is the speaker's words, not a credit.
     */
    private static final Pattern OBJECT_AFTER_VERB = Pattern.compile("[ \\t]+(?!(?:to|in|on|at|of|for|from|with|by|about"
            + "|during|after|before|when|while|as|upon|via|through|outside|inside|the|a|an|his|her|their|its|our|my|your"
            + "|this|that|last|earlier|later|yesterday|today|tonight|recently|repeatedly|again|once|also|then|reporters"
            + "|journalists|supporters|delegates|voters|listeners|viewers|readers|members|staff|lawmakers|officials"
            + "|colleagues|friends|him|them|us|me|one|two|three|several|many|some|each|every)\\b)"
            // nor words of role before a name ("said union leader Ana Ruiz")
            + "(?!(?:(?!(?:to|in|on|at|of|for|from|with|by|the|a|an|and|but|or|that|if|when)\\b)\\p{Ll}[\\p{L}-]*['’]?[ \\t]+){1,3}\\p{Lu})"
            + "\\p{Ll}");

    private DashedTurns() {
    }

    /** Each dashed span of {@code spans} ended at its credit, where one is found; other spans as they are. */
    static List<QuoteMarks.Span> ended(String text, List<QuoteMarks.Span> spans, SpeakerResolver speakers) {
        List<QuoteMarks.Span> out = null;
        for (int i = 0; i < spans.size(); i++) {
            QuoteMarks.Span s = spans.get(i);
            if (!s.dashed()) {
                continue;
            }
            QuoteMarks.Span e = ended(text, s, spans, speakers);
            if (e != s) {
                if (out == null) {
                    out = new ArrayList<>(spans);
                }
                out.set(out.indexOf(s), e);
                QuoteMarks.Span resumed = resumed(text, e, s);
                if (resumed != null) {
                    out.add(out.indexOf(e) + 1, resumed);
                }
            }
        }
        return out == null ? spans : out;
    }

    /**
     * The words going on after a dashed turn's credit closed by a second dash ("—We did not win everything —said Tomás
     * Aguilar—, but the wages will rise."): from the dash to the end of the turn's paragraph, as a dashed span of its
     * own; null when no dash follows the credit before a sentence ends.
     */
    private static QuoteMarks.Span resumed(String text, QuoteMarks.Span ended, QuoteMarks.Span whole) {
        int from = ended.end();
        while (from < whole.end() && (Character.isWhitespace(text.charAt(from)) || "—–―".indexOf(text.charAt(from)) >= 0)) {
            from++; // past the dash before the credit
        }
        Matcher m = RESUMED.matcher(text).region(from, whole.end());
        if (!m.find() || m.end() >= whole.end()) {
            return null;
        }
        return new QuoteMarks.Span(m.end(), whole.end(), true, m.start(1), whole.end(), true);
    }

    /** The credit and the dash after it, with no stop between, then the words going on (perhaps after a comma). */
    private static final Pattern RESUMED = Pattern.compile("\\G[^—–―.!?\\n]{1,120}?[ \\t]?([—–―])[ \\t]*,?[ \\t]*(?=\\S)");

    /** The dashed span ended at its first credit, or itself when none of its boundaries is followed by one. */
    private static QuoteMarks.Span ended(String text, QuoteMarks.Span dashed, List<QuoteMarks.Span> spans, SpeakerResolver speakers) {
        Matcher b = BOUNDARY.matcher(text).region(dashed.start(), dashed.end());
        while (b.find()) {
            int at = b.start();
            if (insideMarks(spans, at)) {
                continue;
            }
            boolean dash = Character.isWhitespace(text.charAt(at));
            // the words up to and with the stop; the credit is read from the blank after it (or the dash)
            int end = dash ? at : at + 1;
            if (end <= dashed.start()) {
                continue;
            }
            QuoteMarks.Span candidate = new QuoteMarks.Span(dashed.start(), end, true, dashed.open(), end, true);
            String content = text.substring(dashed.start(), end).strip();
            int words = content.isEmpty() ? 0 : content.split("\\s+").length;
            char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
            CreditAfterQuote.Credit credit = CreditAfterQuote.find(text, candidate, words, last, speakers);
            if (credit.speaker() != null && speakerShaped(text, credit.speaker()) && !objectAfterVerb(text, end, credit.cue())) {
                return candidate;
            }
        }
        return dashed;
    }

    /**
     * Whether the words credited read as a speaker: a pronoun alone, or at most eight words opening with a capital, an
     * article or a number, or with up to four lower-case words of role before a capital ("Ann Reed", "the gambling
     * tycoon", "one of the aides", "retired surgeon Ben Osei"). Inside a dashed turn every comma is
     * tried, so a clause of the speaker's own words before a verb ("we feel great in every one of those states") is
     * no credit.
     */
    private static boolean speakerShaped(String text, SpeakerResolver.Speaker speaker) {
        if (speaker.range() == null) {
            return false;
        }
        String words = speaker.range().slice(text).strip();
        return SPEAKER_SHAPE.matcher(words).matches() && words.split("\\s+").length <= 8;
    }

    private static final Pattern SPEAKER_SHAPE = Pattern.compile("(?:he|she|they|we|I|it)|(?:\\p{Lu}|(?i:the|a|an|one|another"
            + "|two|three|some|several|many)\\b|(?:\\p{Ll}[\\p{L}-]*['’]?\\s+){1,4}\\p{Lu}).*", Pattern.DOTALL);

    /** Whether the credit's verb, the first {@code cue} after {@code from}, takes an object of its own ({@link #OBJECT_AFTER_VERB}). */
    private static boolean objectAfterVerb(String text, int from, String cue) {
        if (cue == null || cue.isEmpty() || !Character.isLetter(cue.charAt(0))) {
            return false;
        }
        int limit = Math.min(text.length(), from + 200);
        Matcher verb = Pattern.compile("\\b" + Pattern.quote(cue) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).region(from, limit);
        return verb.find() && OBJECT_AFTER_VERB.matcher(text).region(verb.end(), limit).lookingAt();
    }

    /** Whether {@code at} lies between the quotation marks of a span that is no dashed turn. */
    private static boolean insideMarks(List<QuoteMarks.Span> spans, int at) {
        for (QuoteMarks.Span s : spans) {
            if (s.open() > at) {
                return false; // sorted by where the words start
            }
            if (!s.dashed() && at < s.close()) {
                return true;
            }
        }
        return false;
    }
}
