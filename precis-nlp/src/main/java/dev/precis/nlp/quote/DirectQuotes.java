package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.CreditAfterQuote.V;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Pattern;

/**
 * Whether one pair of quotation marks is speech and whose: the credit after the quote ({@link CreditAfterQuote}),
 * on the line's edges ({@link LineCredits}), in its own sentence ({@link SentenceCredits}), then signs and
 * crowds, naming verbs, the sentence or paragraph before, and the previous quote's speaker when the words run
 * on. Short quoted phrases without a speech cue (scare quotes, titles) are no speech. For
 * {@link RuleQuoteFinder}, which walks the marks in text order. Stateless.
 */
final class DirectQuotes {

    /** A speech verb right before the opening mark, with at most a comma or colon between: "Priebus said, “…”". */
    private static final Pattern VERB_RIGHT_BEFORE = Pattern.compile("\\b" + V + "[,:]?[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:his|her|he|she)\\b");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final int CONTINUE_REACH = 600;

    private DirectQuotes() {
    }

    /**
     * The direct quote of {@code span}, or null when it is no speech; {@code previous} is the span before it and
     * {@code previousQuote} the last direct quote found (either may be null).
     */
    static Quote credit(String text, QuoteMarks.Span span, QuoteMarks.Span previous, Quote previousQuote,
                        SpeakerResolver speakers) {
        String content = text.substring(span.start(), span.end());
        int words = content.isBlank() ? 0 : content.strip().split("\\s+").length;
        // Chinese and Japanese are written without spaces ("「準備はできている」"): about two characters a word
        words = Math.max(words, (int) CJK.matcher(content).results().count() / 2);
        char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
        boolean sentenceLike = ".!?,…".indexOf(last) >= 0;
        int open = span.open();
        int lineStart = open;
        int lineLimit = Math.max(0, open - RuleQuoteFinder.WINDOW);
        while (lineStart > lineLimit && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (lineStart < open && text.substring(lineStart, open).isBlank() && (lineStart == 0 || text.charAt(lineStart - 1) == '\n')) {
            lineStart = open; // an indented paragraph (a block quotation's margin, kept by an HTML extraction) opens at its mark
        }
        Speaker answerer = InterviewAnswers.speaker(text, lineStart, span, speakers);
        // an interview's answer ("Q: …⏎⏎A: Not this year.", "Obi: We will not move.") is its answerer's, whatever follows
        CreditAfterQuote.Credit credit = answerer != null ? new CreditAfterQuote.Credit(answerer, ":", true)
                : CreditAfterQuote.find(text, span, words, last, speakers);
        Speaker asker = answerer == null && last == '?' && CueGates.endsInCommaOrColon(text, Math.max(0, open - RuleQuoteFinder.WINDOW), open)
                ? FramedCredits.asker(text, RuleQuoteFinder.sentenceStart(text, open, lineStart), open, speakers) : null;
        if (asker != null) {
            // "Reed was asked by host Tom Hale, “…?” She answered, …": the question is the host's, not the one asked nor
            // the one answering after it; asked by no one named, it is kept without a speaker
            credit = new CreditAfterQuote.Credit(asker, FramedCredits.ASKED_CUE, false);
        }
        Speaker speaker = credit.speaker();
        if (speaker != null && previousQuote != null && span.closed() && (last == '.' || last == '…') && newSentenceAfter(text, span)
                && QuoteRuns.interrupted(text, previousQuote, open, false)) {
            // "“A,” Reed said. “B.” He went on to …", "… said. “B.” Eilperin reported from Washington.": the second part
            // of a quote its credit interrupts ends its sentence, and the sentence after it (the next paragraph, when
            // paragraphs run together) is no credit of it; the fallback below gives it the first part's speaker (after a
            // question or exclamation mark the words go on in the same sentence: "“B?” Hale asked" credits Hale)
            credit = new CreditAfterQuote.Credit(null, null, false);
            speaker = null;
        }
        // a credit right beside the quoted words makes even one word speech: "“Denver,” he answered", "Priebus said, “Probably.”"
        boolean beside = speaker != null || VERB_RIGHT_BEFORE.matcher(text).region(Math.max(0, open - 40), open).find();
        String cue = credit.cue();
        boolean inSentence = false;
        boolean attributedAfter = credit.attributedAfter();
        CreditAfterQuote.Credit headline;
        if (speaker == null && (headline = LineCredits.headline(text, span, open, speakers)) != null) {
            // a headline quote, then a colon or dash and who says it: "‘A betrayal of our members’: Teachers’ union slams pay deal"
            speaker = headline.speaker();
            cue = headline.cue();
            attributedAfter = true;
        }
        if (speaker == null && open == lineStart && ".!?…".indexOf(last) >= 0
                && (headline = LineCredits.nextParagraph(text, span, speakers)) != null) {
            // "“The water came at night.”⏎⏎So said Grace Wanjiru, …": the next paragraph opens by naming the speaker
            speaker = headline.speaker();
            cue = headline.cue();
            attributedAfter = true;
        }
        Speaker bracketed;
        if (speaker == null && !attributedAfter && (bracketed = afterName(text, span, lineStart, speakers)) != null) {
            // "Chen Jing (“My family has farmed here for six generations”) has grown tea …": a quotation in brackets
            // right after a name is that person's words
            speaker = bracketed;
            cue = "(";
        }
        CreditBeforeQuote.Credit introduced;
        if (speaker == null && open == lineStart && (introduced = LineCredits.colonParagraph(text, lineStart, speakers)) != null
                && !(span.dashed() && ":".equals(introduced.cue()))) {
            // (a dashed paragraph after a colon with no verb of speaking, "Key measures:", is an item of a list)
            // "The Times reports:" closing the previous paragraph introduces a quote that opens this one
            speaker = introduced.speaker();
            cue = introduced.cue();
        }
        if (speaker == null) {
            SentenceCredits.Credit own = SentenceCredits.find(text, open, lineStart, cue, previousQuote, speakers);
            speaker = own.speaker();
            cue = own.cue();
            inSentence = own.inSentence();
        }
        CreditBeforeQuote.Credit shown = speaker != null || attributedAfter ? null
                : ShownWords.find(text, open, Math.max(lineStart, open - 60), RuleQuoteFinder.sentenceStart(text, open, lineStart), speakers);
        if (shown != null) {
            speaker = shown.speaker(); // "a banner reading “…”", "protesters chanting “…”"
            cue = shown.cue();
        }
        NamingCues.Credit named = null;
        if (speaker == null && !attributedAfter
                && (named = NamingCues.find(text, RuleQuoteFinder.sentenceStart(text, open, lineStart), open, speakers)) != null) {
            speaker = named.speaker(); // "described the plan as “a disaster”", "called the report “a whitewash”"
            cue = named.cue();
        }
        CreditBeforeQuote.Credit lead;
        if (speaker == null && !attributedAfter && (".!?…".indexOf(last) >= 0 || !span.closed())
                && (lead = CreditBeforeQuote.find(text, open, RuleQuoteFinder.sentenceStart(text, open, lineStart), previous, speakers)) != null) {
            speaker = lead.speaker(); // "Kindiki said in a statement on Friday. “…”"
            cue = lead.cue();
        }
        if (speaker == null && previousQuote != null && (QuoteRuns.interrupted(text, previousQuote, open, false)
                || open == lineStart && span.closed() && alone(text, span.close())
                && (QuoteRuns.interrupted(text, previousQuote, open, true) || QuoteRuns.followsCreditedBefore(text, previousQuote, open)))) {
            // "“Here he is,” she said. “Right here.”": the second part, however short, is the same speaker's, also
            // when it is the whole next paragraph ("“…,” he said.⏎“Nothing else will pass.”")
            speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
            cue = previousQuote.cue();
        }
        boolean continuation = QuoteRuns.continues(text, previous, previousQuote, open);
        if (speaker == null && continuation) {
            speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
            cue = previousQuote.cue();
        }
        // the previous speaker again, unless the words after this quote name someone we could not parse
        if (speaker == null && !attributedAfter && previousQuote != null && words >= 6 && open - previousQuote.range().end() < CONTINUE_REACH
                && (!span.dashed() || turnAfter(text, previousQuote, open))) {
            String sentence = text.substring(RuleQuoteFinder.sentenceStart(text, open, lineStart), open);
            if (THIRD_PERSON.matcher(sentence).find() || open - previousQuote.range().end() < CONTINUE_REACH / 2) {
                speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
            }
        }
        if (speaker == null && !attributedAfter && open == lineStart && words >= 6 && span.closed() && ".!?…".indexOf(last) >= 0
                && !(span.dashed() && dashedBefore(text, open)) && (lead = CreditBeforeQuote.paragraphBefore(text, open, speakers)) != null) {
            speaker = lead.speaker(); // a quotation set as its own paragraph after one that introduces its speaker
        }
        if (speaker == null && !attributedAfter && words >= 3 && (lead = CreditBeforeQuote.bulleted(text, open, speakers)) != null) {
            speaker = lead.speaker(); // "Among her promises:⏎- “…”": a quotation listed as a bullet
            cue = lead.cue();
        }
        if (speaker == null && !attributedAfter && open == lineStart && words >= 4 && ".!?…".indexOf(last) >= 0
                && !repeatedLater(text, span) && (headline = LineCredits.nextSubject(text, span, speakers)) != null) {
            // (a pull quote, its words repeated later where they are credited, is not the next sentence's subject's)
            // "“We had ten minutes to leave.”⏎⏎Fatima Zahra, 34, said she fled …": nothing else credits it, and the
            // sentence after it opens with a name that speaks
            speaker = headline.speaker();
            cue = headline.cue();
        }
        // a slogan chanted or shouted is speech however short ("Crowds chanted “Free Palestine”")
        boolean chant = cue != null && SpeechCues.CHANT.matcher(cue).matches();
        // a quoted phrase inside a credited sentence ("Bush said “local forces” must lead") or named by its subject
        boolean phrase = inSentence && words >= 2 || named != null && words >= 1;
        boolean speech = speaker != null && (words >= 3 || sentenceLike && words >= (beside ? 1 : 2) || chant && words >= 1 || shown != null && words >= 1 || phrase)
                && (chant || !isTitle(content, words));
        if (!speech) {
            return null;
        }
        int start = Math.min(open, speaker.range() == null ? open : speaker.range().start());
        int end = Math.max(span.close(),
                speaker.range() == null ? 0 : speaker.range().end());
        return new Quote(new TextRange(start, Math.min(end, text.length())), new TextRange(span.start(), span.end()),
                QuoteKind.DIRECT, speaker.name(), speaker.range(), cue);
    }

    /**
     * Whether {@code previousQuote} ends in the paragraph right before the one opening at {@code open}: a dashed turn
     * without a credit of its own answers or goes on from it, as dialogue does; further on, a dashed paragraph may as
     * well be an item of a list.
     */
    private static boolean turnAfter(String text, Quote previousQuote, int open) {
        int p = open;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p < open && text.substring(p, open).indexOf('\n') >= 0 && previousQuote.range().end() > text.lastIndexOf('\n', p - 1);
    }

    /** Whether the paragraph before the one opening at {@code open} opens with a dash too: a list, or another turn. */
    private static boolean dashedBefore(String text, int open) {
        int p = open;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        int start = text.lastIndexOf('\n', Math.max(0, p - 1)) + 1;
        while (start < p && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        return start < p && "—–―".indexOf(text.charAt(start)) >= 0;
    }

    /**
     * The person named right before the bracket that holds the closed {@code span} and nothing else ("Abdou Diallo
     * (“…”)"): a name, not a pronoun or a description, ending where the bracket opens; else null.
     */
    private static Speaker afterName(String text, QuoteMarks.Span span, int lineStart, SpeakerResolver speakers) {
        if (!span.closed()) {
            return null;
        }
        int b = span.open();
        while (b > lineStart && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\t')) {
            b--;
        }
        int a = span.close();
        while (a < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == '\t')) {
            a++;
        }
        if (b <= lineStart || text.charAt(b - 1) != '(' || a >= text.length() || text.charAt(a) != ')') {
            return null;
        }
        int name = b - 1;
        while (name > lineStart && text.charAt(name - 1) == ' ') {
            name--;
        }
        if (name == b - 1 && name > lineStart) {
            return null; // "Diallo(“…”)": no space before the bracket, no aside
        }
        Speaker who = speakers.before(name, RuleQuoteFinder.sentenceStart(text, name, lineStart));
        return who == null || who.name() == null || who.range() == null || who.range().end() != name
                || !Character.isUpperCase(text.charAt(who.range().start())) || THIRD_PERSON.matcher(text.substring(who.range().start(), name)).matches()
                ? null : who;
    }

    /** The quoted words of {@code content} without blanks or the stop, comma or mark that ends them. */
    static String core(String content) {
        int e = content.length();
        while (e > 0 && (Character.isWhitespace(content.charAt(e - 1)) || ".,!?…".indexOf(content.charAt(e - 1)) >= 0)) {
            e--;
        }
        return content.substring(0, e).strip();
    }

    /**
     * Whether the words of the closed {@code span} (five or more) come again later in the text: a pull quote set
     * before the article's paragraph that quotes and credits them.
     */
    static boolean repeatedLater(String text, QuoteMarks.Span span) {
        String words = core(text.substring(span.start(), span.end()));
        return span.closed() && words.length() >= 20 && words.indexOf(' ') > 0 && text.indexOf(words, span.close()) >= 0;
    }

    /** Whether a new sentence opens after the closing mark: blanks on the line (a stop may come first), then a capital. */
    private static boolean newSentenceAfter(String text, QuoteMarks.Span span) {
        int i = span.close();
        if (i < text.length() && ".!?".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int blanks = i;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > blanks && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** Whether nothing but blanks follows {@code at} on its line: a quotation closing its paragraph. */
    private static boolean alone(String text, int at) {
        int end = text.indexOf('\n', at);
        return text.substring(Math.min(at, text.length()), end < 0 ? text.length() : end).isBlank();
    }

    private static boolean isTitle(String content, int words) {
        if (words > 8 || ".!?,".indexOf(content.charAt(content.length() - 1)) >= 0) {
            return false;
        }
        for (String w : content.strip().split("\\s+")) {
            if (w.length() > 3 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
