package dev.precis.nlp.quote;

import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits of a quotation that opens its line, read from outside its sentence: a headline's quote followed by a
 * colon or dash and who says it ("‘A betrayal of our members’: Teachers’ union slams pay deal"), and a paragraph
 * ending in a colon after a speech verb that introduces the quote opening the next one ("The Times reports:⏎“…”").
 * For {@link DirectQuotes}, which tries them before the quote's own sentence. Stateless.
 */
final class LineCredits {

    /** After a headline's quote: a colon or dash, a capitalised phrase of up to five words and a verb of speaking or judging. */
    private static final Pattern HEADLINE_CREDIT = Pattern.compile("[ \\t]*[:—–-][ \\t]*(\\p{Lu}[\\p{L}'’.-]*(?:[ \\t]+[\\p{L}'’.-]+){0,4}?)"
            + "[ \\t]+(says|warns|vows|slams|urges|insists|admits|claims|denies|defends|rejects|tells|hits[ \\t]+out|blasts|calls"
            + "|pledges|promises|declares|accuses|demands)\\b");

    /**
     * After a headline's quote: a comma (or none, the comma set inside the marks), a verb of speaking first and who
     * says it, a role in lower case (a plural possessive too, "nurses' leader") or a name, up to the end of the line or
     * a linking word ("‘No more delays’, says health minister as rollout begins").
     */
    private static final Pattern HEADLINE_VERB_FIRST = Pattern.compile("[ \\t]*,?[ \\t]*(says|warns|vows|insists|admits|claims"
            + "|tells|urges|declares)[ \\t]+((?:\\p{Ll}[\\p{L}-]*['’]?[ \\t]+){0,2}\\p{Ll}[\\p{L}-]*|" + NamePatterns.NAME + ")"
            + "(?=[ \\t]*$|[ \\t]+(?:as|after|over|amid|ahead|before|in|on|at|for|of)\\b)");
    /** What a sentence calls the words it credits: "the message from …", "the warning came from …". */
    private static final String SAYING = "(?:message|verdict|view|warning|response|reaction|assessment|answer|reply|word|words|plea"
            + "|promise|vow|admission|pledge|appeal|remarks?|comments?)";
    /**
     * A paragraph opening with who said the quotation paragraph just before it: "So said Grace Wanjiru, …", "That
     * was the message from bakery owner Hannah Kemp …", "With those words, governor Ana Torres …", "Those were the
     * words of …". Group 1 is the name, after at most four lower-case words of role.
     */
    private static final Pattern NEXT_PARAGRAPH = Pattern.compile("(?:(?:So|Thus)[ \\t]+(?:said|says|spoke)"
            + "|(?:That|This|Such)[ \\t]+(?:was|is)[ \\t]+(?:the[ \\t]+(?:\\p{Ll}+[ \\t]+)?" + SAYING + "[ \\t]+(?:from|of)|how)"
            // "The promise came from Governor Umar Kachalla", "The warning was issued by the head of …, Dr Sam Otieno"
            + "|(?:The|That|This|Such|His|Her)[ \\t]+(?:\\p{Ll}+[ \\t]+)?" + SAYING + "[ \\t]+(?:came|comes|was[ \\t]+(?:made|issued"
            + "|delivered|given|sounded|voiced))[ \\t]+(?:from|by)(?:[ \\t]+(?:the[ \\t]+)?(?:\\p{Ll}+[ \\t]+){1,3}of[ \\t]+"
            + "(?:[\\p{L}'’-]+[ \\t]+){0,5}[\\p{L}'’-]+,)?"
            + "|(?:With|In)[ \\t]+(?:those|these)[ \\t]+words,|(?:Those|These)[ \\t]+were[ \\t]+the[ \\t]+words[ \\t]+of)"
            // role words in lower case, but no preposition or conjunction ("the view of many residents on Tuesday")
            + "[ \\t]+(?:(?:the|a|an)[ \\t]+)?(?:(?!(?:on|in|at|to|of|for|from|with|by|during|after|before|when|while|as|and|but)\\b)"
            + "[\\p{Ll}\\p{N}-]+[ \\t]+){0,4}?(" + NamePatterns.NAME + ")\\b");
    /**
     * A speech verb (or "made the admission") after the named subject that opens the sentence after a quotation:
     * "“…”⏎⏎Fatima Zahra, 34, said she fled …", "“…” Energy Minister Ruwan Perera made the admission in parliament".
     */
    private static final Pattern SUBJECT_VERB = Pattern.compile("\\b(?:" + SpeechCues.VERB + "|made[ \\t]+the[ \\t]+(?:admission"
            + "|remarks?|comments?|promise|pledge|claim))\\b");
    /** A name that opens a sentence: not a pronoun, an article or a word of time. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:He|She|They|We|I|It|The|A|An|This|That|These|Those|There"
            + "|Yesterday|Today|Now|Then|But|And|When|After|Before|As|In|On|At)\\b");
    /** Capitalised words that name a time, never a speaker. */
    private static final Pattern TIME_WORD = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March"
            + "|April|May|June|July|August|September|October|November|December|Today|Yesterday");

    private LineCredits() {
    }

    /**
     * The credit of a closed quotation ending its paragraph (the caller checks that it also opens it) from the
     * paragraph right after it, when that paragraph opens by naming who said it ({@link #NEXT_PARAGRAPH}); else
     * null. The credit counts as given after the quote.
     */
    static CreditAfterQuote.Credit nextParagraph(String text, QuoteMarks.Span span, SpeakerResolver speakers) {
        int p = nextSentence(text, span);
        if (p < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', p);
        Matcher m = NEXT_PARAGRAPH.matcher(text).region(p, lineEnd < 0 ? text.length() : lineEnd);
        if (!m.lookingAt() || TIME_WORD.matcher(m.group(1)).lookingAt() || m.group(1).matches(".*['’]s?")
                || speakers.place(m.start(1), m.end(1))) {
            return null; // "That was the message from Geneva", "… from Monday's meeting": no speaker
        }
        Speaker speaker = speakers.phrase(m.start(1), m.end(1));
        return speaker == null || speaker.name() == null ? null : new CreditAfterQuote.Credit(speaker, "said", true);
    }

    /**
     * The credit of a closed quotation that ends its sentence and opens its paragraph, given by nothing else, from the
     * sentence right after it (on the same line or opening the next paragraph) when that sentence opens with a name
     * and goes on to a verb of speaking: "“We had ten minutes to leave.”⏎⏎Fatima Zahra, 34, said she fled …", "“We
     * have diesel for three days.” Energy Minister Ruwan Perera made the admission …". The name must open the
     * sentence (a role before it may: "Energy Minister"), so a subject that is a pronoun, a description or a clause
     * names no one here. Else null; the credit counts as given after the quote.
     */
    static CreditAfterQuote.Credit nextSubject(String text, QuoteMarks.Span span, SpeakerResolver speakers) {
        int p = nextSentence(text, span);
        if (p < 0 || !Character.isUpperCase(text.charAt(p)) || NOT_A_NAME.matcher(text).region(p, text.length()).lookingAt()) {
            return null;
        }
        int lineEnd = text.indexOf('\n', p);
        int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, p + 120);
        Matcher v = SUBJECT_VERB.matcher(text).region(p, limit);
        if (!v.find() || text.substring(p, v.start()).matches("(?s).*(?:[!?;:“”\"«»(]|\\p{Ll}{2,}\\.\\s).*")) {
            return null; // no verb, or it lies past the sentence or inside a bracket or quotation of its own
        }
        Speaker speaker = speakers.before(v.start(), p);
        if (speaker == null || speaker.name() == null || speaker.range() == null || speaker.range().start() > p + 40
                || !text.substring(p, speaker.range().start()).matches("(?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+)*")
                || speakers.place(speaker.range().start(), speaker.range().end())) {
            return null; // the sentence's subject is not a name opening it ("Police in Herat said"), or a place
        }
        return new CreditAfterQuote.Credit(speaker, v.group(), true);
    }

    /**
     * Where the sentence after the closed {@code span} opens: in the next paragraph (one or two line breaks after the
     * closing mark), or on the same line when the quotation ends its sentence; else -1.
     */
    private static int nextSentence(String text, QuoteMarks.Span span) {
        if (!span.closed()) {
            return -1;
        }
        int p = span.close();
        int breaks = 0;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            breaks += text.charAt(p) == '\n' ? 1 : 0;
            p++;
        }
        return breaks > 2 || p >= text.length() || breaks == 0 && !sentenceAfter(text, span, p) ? -1 : p;
    }

    /** Whether the closed {@code span}'s words end a sentence and a new one opens at {@code p} on the same line. */
    private static boolean sentenceAfter(String text, QuoteMarks.Span span, int p) {
        int end = span.end();
        while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > span.start() && ".!?…".indexOf(text.charAt(end - 1)) >= 0 && p > span.close()
                && Character.isUpperCase(text.charAt(p));
    }

    /**
     * The credit after a headline's quote (the closed {@code span} whose opening mark at {@code open} has only
     * blanks before it in the text) on the rest of its line; else null. The speaker may be null when the phrase
     * names no one; the credit still counts as given after the quote.
     */
    static CreditAfterQuote.Credit headline(String text, QuoteMarks.Span span, int open, SpeakerResolver speakers) {
        Matcher headline;
        if (span.closed() && text.substring(0, open).isBlank() && text.indexOf('\n', span.end()) > 0
                && (headline = HEADLINE_CREDIT.matcher(text).region(span.close(), text.indexOf('\n', span.end()))).lookingAt()) {
            return new CreditAfterQuote.Credit(speakers.phrase(headline.start(1), headline.end(1)), headline.group(2), true);
        }
        int lineEnd = text.indexOf('\n', span.end());
        if (span.closed() && text.substring(0, open).isBlank() && lineEnd > 0 && text.charAt(lineEnd - 1) != '.'
                && (headline = HEADLINE_VERB_FIRST.matcher(text).region(span.close(), lineEnd)).lookingAt()) {
            // a headline, so no full stop closes its line: "‘No more delays’, says health minister as rollout begins"
            return new CreditAfterQuote.Credit(speakers.phrase(headline.start(2), headline.end(2)), headline.group(1), true);
        }
        return null;
    }

    /**
     * The credit from the paragraph before the line starting at {@code lineStart} when that paragraph ends in a
     * colon and its last sentence holds a speech verb: the verb as cue and the speaker before it (or after it, when
     * the verb opens the sentence: "Stated Ann Reed:"), which may be null; without a speech verb, the clause's
     * subject when it names someone ({@link SpeakerResolver#introducer}); else null.
     */
    static CreditBeforeQuote.Credit colonParagraph(String text, int lineStart, SpeakerResolver speakers) {
        int p = lineStart;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1)) && lineStart - p < 20) {
            p--;
        }
        if (p == 0 || text.charAt(p - 1) != ':') {
            return null;
        }
        int regionStart = RuleQuoteFinder.sentenceStart(text, p - 1, Math.max(0, p - 1 - RuleQuoteFinder.WINDOW));
        Matcher v = SentenceCredits.VERB_BEFORE.matcher(text.substring(regionStart, p - 1));
        int verbStart = -1;
        String cue = null;
        while (v.find()) {
            verbStart = v.start();
            cue = v.group();
        }
        if (verbStart < 0) {
            // "17-year-old Ida Marsh echoed:" with a verb the list lacks: the clause's subject, when it is someone
            Speaker subject = speakers.introducer(regionStart, p - 1);
            return subject == null || subject.name() == null ? null : new CreditBeforeQuote.Credit(subject, ":");
        }
        Speaker speaker = speakers.before(regionStart + verbStart, regionStart);
        Matcher inverted = SentenceCredits.VERB_THEN_NAME.matcher(text).region(regionStart + verbStart, p - 1);
        if (speaker == null && text.substring(regionStart, regionStart + verbStart).isBlank() && inverted.lookingAt()) {
            // "Stated Ann Reed:" closing the paragraph before the quote
            speaker = speakers.phrase(inverted.start(1), inverted.end(1));
        }
        return new CreditBeforeQuote.Credit(speaker, cue);
    }
}
