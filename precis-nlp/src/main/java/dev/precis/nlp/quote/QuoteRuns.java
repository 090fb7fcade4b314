package dev.precis.nlp.quote;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When two quotation spans are one speaker's words, for {@link RuleQuoteFinder}: a quote continued into
 * the next paragraph (the news convention: the paragraph ends inside the quote and the next one opens
 * with a mark), also when the paragraph break was lost in extraction and the next opening mark follows
 * the sentence's stop on the same line ("… history. "But when …", see {@link QuoteMarks}); and a quote
 * interrupted by its attribution ("“A,” she said, “B.”"). Stateless.
 */
final class QuoteRuns {

    /** The longest attribution between the two parts of an interrupted quote. */
    private static final int INTERRUPTION = 300;

    private QuoteRuns() {
    }

    /**
     * Whether the quote opening at {@code open} carries on {@code previousQuote} into a new paragraph: the
     * previous paragraph ended inside the quote (the news convention for a quote of several paragraphs).
     */
    static boolean continues(String text, QuoteMarks.Span previous, Quote previousQuote, int open) {
        return previous != null && previousQuote != null && previousQuote.content().end() == previous.end()
                && continuesRun(text, previous, open);
    }

    /**
     * Whether the span whose opening mark (or dash) is at {@code open} opens the paragraph right after
     * {@code previous}, an open one, ends: only white space between them, a line break among it or, where the
     * break was lost, the previous words ending a sentence.
     */
    static boolean continuesRun(String text, QuoteMarks.Span previous, int open) {
        if (previous == null || previous.closed() || open <= previous.end()) {
            return false;
        }
        boolean newline = false;
        for (int i = previous.end(); i < open; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            newline |= c == '\n';
        }
        return newline || QuoteMarks.endsSentence(text, previous.start(), previous.end());
    }

    /** A speaker's name and a colon opening quoted words: a transcript. */
    private static final Pattern TRANSCRIPT = Pattern.compile("\\s*\\p{Lu}[\\p{L}.'’ -]{0,40}:");
    /** The fewest quoted words of a paragraph credited to the reported speech before it. */
    private static final int REPORTED_WORDS = 6;

    /**
     * A quotation opening its paragraph with no attribution, right after a paragraph that ends with reported
     * speech ("… the minister said the economy was on a firm path to recovery.⏎⏎“We will exit the programme
     * …”"): the reported speaker goes on in their own words, the news convention for moving from reported
     * to direct speech. Null when the quote does not open the paragraph right after the reported sentence,
     * has fewer than {@value #REPORTED_WORDS} words, or is attributed after its words.
     */
    static Quote afterReported(String text, QuoteMarks.Span span, Quote reported) {
        int open = span.open();
        if (reported.speaker() == null || reported.speakerRange() == null || open <= reported.range().end()
                || reported.content().end() > open || open > 0 && text.charAt(open - 1) != '\n') {
            return null;
        }
        boolean newline = false;
        for (int i = reported.content().end(); i < open; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && ".!?".indexOf(c) < 0) {
                return null;
            }
            newline |= c == '\n';
        }
        String content = text.substring(span.start(), span.end());
        if (TRANSCRIPT.matcher(content).lookingAt()) {
            return null; // "“Chris Matthews: Seriously …”": a transcript names its own speakers
        }
        if (!newline || content.strip().split("\\s+").length < REPORTED_WORDS || !QuoteMarks.endsSentence(text, span.start(), span.end())
                || span.closed() && !endsParagraph(text, span.close())) {
            return null;
        }
        return new Quote(new TextRange(open, span.close()), new TextRange(span.start(), span.end()),
                QuoteKind.DIRECT, reported.speaker(), reported.speakerRange(), reported.cue());
    }

    /**
     * Whether {@code reported}, reported speech with a speaker in a sentence of its own after {@code previous}'s, ends the
     * sentence right before the quotation opening at {@code open}, in the same paragraph or the one before: only its
     * stop and white space between them.
     */
    static boolean reportedRightBefore(String text, Quote previous, Quote reported, int open) {
        if (reported.speaker() == null || reported.speakerRange() == null || reported.content().end() > open
                || reported.range().start() < previous.range().end()
                || !SENTENCE_STOP.matcher(text).region(Math.max(previous.content().start(), previous.content().end() - 1),
                        reported.range().start()).find()) {
            return false; // (reported speech inside the previous quote's own sentence, "…,” Reed said after Hale said that …, is an aside)
        }
        for (int i = reported.content().end(); i < open; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && ".!?".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a verb of saying follows the closing mark in the same sentence: the quote has a credit of its own. Words
     * ending in a full stop end their sentence, so what follows is the next one.
     */
    static boolean creditFollows(String text, QuoteMarks.Span span) {
        if (!span.closed() || span.end() > span.start() && text.charAt(span.end() - 1) == '.') {
            return false;
        }
        int end = Math.min(text.length(), span.close() + 160);
        for (int i = span.close(); i < end; i++) {
            if (".!?\n“\"".indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        return span.closed() && span.close() < end && SpeechCues.SPEECH_VERB.matcher(text).region(span.close(), end).find();
    }

    /** Whether only white space stands between {@code at} and the end of its paragraph. */
    private static boolean endsParagraph(String text, int at) {
        for (int i = at; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the quote opening at {@code open} continues {@code previous} after its attribution, in the same
     * paragraph: between the two there is only the attribution naming the previous quote's speaker ("“A,” she
     * said, “B.”", "“A,” said Ida Marsh, a farmer. “B.”"), at most {@value #INTERRUPTION} characters and no
     * other quotation mark.
     */
    static boolean interrupted(String text, Quote previous, int open, boolean nextParagraph) {
        TextRange who = previous.speakerRange();
        int gapStart = previous.content().end();
        if (who == null || open <= gapStart || open - gapStart > INTERRUPTION || who.start() < gapStart || who.end() > open
                || open >= text.length()) {
            return false;
        }
        int gapEnd = open;
        if (nextParagraph && text.charAt(open - 1) == '\n') {
            // the attribution closes its paragraph and the next one opens with the same speaker's words
            while (gapEnd > gapStart + 1 && Character.isWhitespace(text.charAt(gapEnd - 1))) {
                gapEnd--;
            }
        }
        for (int i = gapStart + 1; i < gapEnd; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„') {
                return false;
            }
        }
        // "“A,” says Reed. Another trader said the cause was political. “B.”": a new sentence after the attribution
        // with a verb of saying of its own brings in a new voice, and "B" is not Reed's
        Matcher next = NEW_SENTENCE.matcher(text).region(who.end(), gapEnd);
        return !(next.find() && SpeechCues.SPEECH_VERB.matcher(text).region(next.end(), gapEnd).find());
    }

    /** A sentence's stop, perhaps a closing mark, and a space. */
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][”\"]?\\s");
    /** A sentence's stop and the capital opening the next one. */
    private static final Pattern NEW_SENTENCE = Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");

    /**
     * Whether the quote opening at {@code open} is the paragraph right after one that ends with the closing mark of
     * {@code previous}, a quote credited before its words ("He told the committee: “…”⏎“Debt is high.”"): nothing
     * but the closing mark, sentence punctuation and the break lies between them, so the next paragraph's words go on
     * in the same voice.
     */
    static boolean followsCreditedBefore(String text, Quote previous, int open) {
        TextRange who = previous.speakerRange();
        int gapStart = previous.content().end();
        if (who == null || who.end() > previous.content().start() || open <= gapStart || open - gapStart > 6
                || text.charAt(open - 1) != '\n') {
            return false;
        }
        for (int i = gapStart; i < open; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "”\"»“.!?".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
