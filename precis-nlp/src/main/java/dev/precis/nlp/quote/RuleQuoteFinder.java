package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.CreditAfterQuote.ACCORDING_SOURCE;
import static dev.precis.nlp.quote.CreditAfterQuote.FORMER;
import static dev.precis.nlp.quote.CreditAfterQuote.NAME;
import static dev.precis.nlp.quote.CreditAfterQuote.V;

import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotes (paired quotation marks, continued across paragraphs, interrupted by "he
 * said") and indirect speech ("X said that …", "according to X, …", "citing X, … reports that …"),
 * with speaker, cue and ranges. Short quoted phrases without a speech cue (scare quotes, titles) are
 * not speech. Speakers are resolved by {@link SpeakerResolver}; when {@code entities} is empty a
 * capitalised-name fallback links surnames to full names.
 *
 * <p>Hand-written because attribution patterns of news English are the product's core and no
 * permissively licensed Java quote attributor exists (CoreNLP's is GPL and finds few indirect
 * quotes). All patterns are bounded, so the finder is linear in the text. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Quote> quotes = new RuleQuoteFinder().find(text, sentences, entities);
 * }</pre>
 */
public final class RuleQuoteFinder implements QuoteFinder {

    /**
     * A speech verb, not written in capitals: a digest's headline in capitals ("FEWER VOTERS IN COASTAL STATES -
     * Anna Berg: “…”") holds nouns that spell like verbs ("STATES", "REPORTS"), and its source follows the dash.
     */
    static final Pattern VERB_BEFORE = Pattern.compile("\\b(?-i:(?!\\p{Lu}{2,}\\b))" + V + "\\b", Pattern.CASE_INSENSITIVE);
    /** A speech verb right before the opening mark, with at most a comma or colon between: "Priebus said, “…”". */
    private static final Pattern VERB_RIGHT_BEFORE = Pattern.compile("\\b" + V + "[,:]?[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_OPINION = Pattern.compile("(?i)\\bin\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)"
            + "['’]s?\\s+(?:opinion|view|words|assessment|account)\\s*,?\\s*$");
    /** "…, saying: “…”": a participle after a comma hands the quote to the clause's subject. */
    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile(",\\s*(?:and\\s+)?(" + SpeechCues.PARTICIPLE.pattern().substring(4)
            + ")\\b[^.!?“”\"]{0,40}$");
    /** A reporting verb opening its sentence and the name after it: "Said Ann Reed, …". */
    static final Pattern VERB_THEN_NAME = Pattern.compile("(?i:" + V + ")[ \\t]+(" + FORMER + NAME + ")\\b");
    /** A colon right before the quote, with the word before it: "Tove Lind bristled: “…”". */
    private static final Pattern COLON_BEFORE = Pattern.compile("(?:\\b(\\p{L}+)\\s*)?:\\s*$");
    /** "According to Mr Wang, “…”". */
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("(?i)\\baccording\\s+to\\s+((?:[\\p{L}.'’-]+\\s+){0,5}?"
            + "[\\p{L}.'’-]+)\\s*[,:]?\\s*$");
    /** "X told a conference in Leeds that …": up to three words after the verb, then perhaps where or when it was said. */
    private static final Pattern THAT_CLAUSE = Pattern.compile("\\b(" + V + ")((?:\\s+(?!that\\b)[\\p{L}'’-]+){0,3}?"
            + "(?:\\s+(?:in|at|on)\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?)\\s*,?\\s+that\\s+", Pattern.CASE_INSENSITIVE);
    /** "…, according to a senior official who asked not to be named.": the source as {@link CreditAfterQuote} reads it after a quotation. */
    private static final Pattern ACCORDING = Pattern.compile("\\b" + ACCORDING_SOURCE);
    private static final Pattern CITING = Pattern.compile("(?i)\\bciting\\s+((?:[\\p{L}\\p{N}.'’-]+\\s+){0,5}?"
            + "[\\p{L}\\p{N}.'’-]+)\\s*,\\s*(?:[\\p{L}]+\\s+){0,2}?(reports?|reported|says?|said|claims?|writes)\\s+that\\s+");
    private static final Pattern THIRD_PERSON = Pattern.compile("(?i)\\b(?:his|her|he|she)\\b");
    static final int WINDOW = 250;
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final int CONTINUE_REACH = 600;
    /** A second verb of the sentence's subject: "… but warned", "… and added". */
    private static final Pattern SECOND_VERB = Pattern.compile("\\s(?:but|and)(?:\\s+also)?\\s*$");

    @Override
    public List<Quote> find(String page, List<Sentence> sentences, List<EntityMention> entities) {
        // no-break and thin spaces read as spaces ("Trump\u00a0said"); one character for one, so ranges hold
        String text = page.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace('\u2007', ' ')
                // the typewriter convention of wire copy and TeX: ``quoted'' (two characters for two, so ranges hold)
                .replace("``", " “");
        text = twoApostrophes(text);
        SpeakerResolver speakers = new SpeakerResolver(text, entities);
        List<QuoteMarks.Span> spans = QuoteMarks.find(text);
        List<Quote> quotes = new ArrayList<>();
        List<Quote> indirect = new IndirectPass(text, sentences, spans, speakers).find();
        speakers.forget(); // the loop below remembers each speaker again, in text order, with the direct quotes
        int nextIndirect = 0;
        QuoteMarks.Span previous = null;
        Quote previousQuote = null;
        // the first of the paragraphs just before, each opened by a quotation mark left open at its end and
        // credited to nobody: the news convention for one quote running over several paragraphs, whose
        // attribution comes in the last one ("“We have the money.\n\n“Nobody should doubt it,” she said.")
        QuoteMarks.Span openRun = null;
        Quote reported = null;
        for (QuoteMarks.Span span : spans) {
            while (nextIndirect < indirect.size() && indirect.get(nextIndirect).range().start() < span.start()) {
                Quote q = indirect.get(nextIndirect++);
                speakers.remember(new Speaker(q.speaker(), q.speakerRange()));
                reported = q;
            }
            Quote q = direct(text, span, previous, previousQuote, speakers);
            if (q == null && reported != null && (previousQuote == null || previousQuote.range().end() <= reported.range().start())) {
                q = QuoteRuns.afterReported(text, span, reported);
            }
            boolean chained = openRun != null && QuoteRuns.continuesRun(text, previous, span.start());
            if (q != null && chained && q.range().start() >= span.start() - 1) {
                // credited after its words: the open paragraphs before are the start of this quote
                q = new Quote(new TextRange(openRun.start() - 1, q.range().end()), new TextRange(openRun.start(), q.content().end()),
                        QuoteKind.DIRECT, q.speaker(), q.speakerRange(), q.cue());
            }
            openRun = q == null && !span.closed() ? (chained ? openRun : span) : null;
            QuoteMarks.Span before = previous;
            previous = span;
            if (q != null && previousQuote != null && q.speakerRange() != null
                    && q.speakerRange().equals(previousQuote.speakerRange())
                    && (QuoteRuns.interrupted(text, previousQuote, span.start() - 1, true) || QuoteRuns.continues(text, before, previousQuote, span.start() - 1))) {
                // "“A,” she said, “B.”": one attribution, so one quote whose words run from A to B
                Quote merged = new Quote(new TextRange(previousQuote.range().start(), Math.max(q.range().end(),
                        previousQuote.range().end())), new TextRange(previousQuote.content().start(), q.content().end()),
                        QuoteKind.DIRECT, previousQuote.speaker(), previousQuote.speakerRange(), previousQuote.cue());
                quotes.set(quotes.size() - 1, merged);
                previousQuote = merged;
            } else if (q != null) {
                quotes.add(q);
                previousQuote = q;
                speakers.remember(new Speaker(q.speaker(), q.speakerRange()));
            }
        }
        quotes.addAll(merged(quotes, indirect));
        quotes.sort(Comparator.comparing(Quote::range));
        return quotes;
    }

    /** Characters between q's speaker and the quoted words of d; a quote without a speaker range is far. */
    private static int distance(Quote q, Quote d) {
        TextRange r = q.speakerRange();
        if (r == null) {
            return Integer.MAX_VALUE;
        }
        return r.end() <= d.content().start() ? d.content().start() - r.end() : Math.max(0, r.start() - d.content().end());
    }

    /**
     * One quote per span: an indirect attribution whose content holds or overlaps a direct quote ("X
     * said that “…”") is merged into that direct quote, which then covers both ranges and keeps, of the
     * two speakers, the one named nearer the quoted words. Returns the indirect quotes left.
     */
    private static List<Quote> merged(List<Quote> direct, List<Quote> indirect) {
        List<Quote> rest = new ArrayList<>(indirect.size());
        for (Quote q : indirect) {
            int hit = -1;
            for (int i = 0; i < direct.size() && hit < 0; i++) {
                Quote d = direct.get(i);
                if (d.content().start() < q.content().end() && q.content().start() < d.content().end()) {
                    hit = i;
                }
            }
            if (hit < 0) {
                rest.add(q);
                continue;
            }
            Quote d = direct.get(hit);
            TextRange range = new TextRange(Math.min(d.range().start(), q.range().start()),
                    Math.max(d.range().end(), q.range().end()));
            boolean own = q.speaker() == null || d.speaker() != null && distance(d, d) <= distance(q, d);
            direct.set(hit, new Quote(range, d.content(), QuoteKind.DIRECT, own ? d.speaker() : q.speaker(),
                    own ? d.speakerRange() : q.speakerRange(), own ? d.cue() : q.cue()));
        }
        return rest;
    }

    private Quote direct(String text, QuoteMarks.Span span, QuoteMarks.Span previous, Quote previousQuote,
                         SpeakerResolver speakers) {
        String content = text.substring(span.start(), span.end());
        int words = content.isBlank() ? 0 : content.strip().split("\\s+").length;
        // Chinese and Japanese are written without spaces ("「準備はできている」"): about two characters a word
        words = Math.max(words, (int) CJK.matcher(content).results().count() / 2);
        char last = content.isEmpty() ? ' ' : content.charAt(content.length() - 1);
        boolean sentenceLike = ".!?,…".indexOf(last) >= 0;
        int open = span.start() - 1;
        int lineStart = open;
        int lineLimit = Math.max(0, open - WINDOW);
        while (lineStart > lineLimit && text.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        CreditAfterQuote.Credit credit = CreditAfterQuote.find(text, span, words, last, speakers);
        Speaker speaker = credit.speaker();
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
        CreditBeforeQuote.Credit introduced;
        if (speaker == null && open == lineStart && (introduced = LineCredits.colonParagraph(text, lineStart, speakers)) != null) {
            // "The Times reports:" closing the previous paragraph introduces a quote that opens this one
            speaker = introduced.speaker();
            cue = introduced.cue();
        }
        if (speaker == null) {
            int regionStart = sentenceStart(text, open, lineStart);
            String before = text.substring(regionStart, Math.max(regionStart, open));
            Matcher op = IN_OPINION.matcher(before);
            if (op.find()) {
                speaker = speakers.phrase(regionStart + op.start(1), regionStart + op.end(1));
                cue = "in " + op.group(1) + "’s opinion";
            } else {
                Matcher v = VERB_BEFORE.matcher(before);
                int verbStart = -1;
                while (v.find()) {
                    verbStart = v.start();
                    cue = v.group();
                }
                Matcher part = PARTICIPLE_BEFORE.matcher(before);
                int partStart = -1;
                String partCue = null;
                while (part.find()) {
                    partStart = part.start(1);
                    partCue = part.group(1);
                }
                if (partStart >= 0 && partStart >= verbStart) {
                    // "The governor criticised the contractors, saying: “…”": the clause's subject speaks
                    speaker = ParticipleCredits.speaker(before, regionStart, partStart, speakers);
                    cue = partCue;
                } else if (verbStart < 0 && (op = ACCORDING_BEFORE.matcher(before)).find()) {
                    speaker = speakers.phrase(regionStart + op.start(1), regionStart + op.end(1));
                    cue = "according to";
                }
                Matcher colonAfter = COLON_BEFORE.matcher(before);
                int comma = before.lastIndexOf(',');
                if (verbStart >= 0 && partStart < verbStart && comma > verbStart && colonAfter.find()) {
                    // "Asked which quay he liked best, he demurred: “…”": the speech verb is in a clause before the
                    // comma; the clause ending in the colon introduces the quote, and its subject speaks
                    speaker = speakers.introducer(regionStart + comma + 1, regionStart + before.lastIndexOf(':'));
                    speaker = speaker == null || speaker.name() == null ? null : speaker;
                    cue = speaker == null ? cue : colonAfter.group(1) == null ? ":" : colonAfter.group(1);
                }
                Matcher inverted;
                if (speaker == null && verbStart >= 0 && SpeechCues.VERB_OPENS.matcher(before).region(0, verbStart).matches()
                        && (inverted = VERB_THEN_NAME.matcher(before).region(verbStart, before.length())).lookingAt()) {
                    // "Said Ann Reed, who grew up nearby, “…”": the verb opens the sentence, the name follows it
                    speaker = speakers.phrase(regionStart + inverted.start(1), regionStart + inverted.end(1));
                }
                if (speaker == null && verbStart >= 0) {
                    speaker = speakers.before(regionStart + verbStart, regionStart);
                    if (speaker == null && SECOND_VERB.matcher(before.substring(0, verbStart)).find()) {
                        // "Pieter de Vries said the bloc would help but warned that “…”": the sentence's subject says both
                        Matcher first = VERB_BEFORE.matcher(before);
                        // the sentence's first speech verb has the subject, unless a comma parts the two verbs ("when I
                        // asked him, he looked up and said")
                        speaker = first.find() && first.start() < verbStart && before.substring(first.start(), verbStart).indexOf(',') < 0
                                ? speakers.before(regionStart + first.start(), regionStart)
                                : speakers.subject(regionStart, regionStart + verbStart);
                    }
                    inSentence = speaker != null && speaker.name() != null;
                    if (speaker == null && previousQuote != null) {
                        speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
                    }
                }
                Matcher colon = COLON_BEFORE.matcher(before);
                if (speaker == null && verbStart < 0 && partStart < 0 && colon.find()) {
                    // "Tove Lind bristled: “…”", "Senator Ann Reed: “…”": a clause or a name ended by a colon introduces
                    // the quote, and its subject speaks (a clause without a person or pronoun subject is no one)
                    speaker = speakers.introducer(regionStart, regionStart + before.lastIndexOf(':'));
                    cue = colon.group(1) == null ? ":" : colon.group(1);
                }
            }
        }
        CreditBeforeQuote.Credit shown = speaker != null || attributedAfter ? null
                : ShownWords.find(text, open, Math.max(lineStart, open - 60), sentenceStart(text, open, lineStart), speakers);
        if (shown != null) {
            speaker = shown.speaker(); // "a banner reading “…”", "protesters chanting “…”"
            cue = shown.cue();
        }
        NamingCues.Credit named = null;
        if (speaker == null && !attributedAfter
                && (named = NamingCues.find(text, sentenceStart(text, open, lineStart), open, speakers)) != null) {
            speaker = named.speaker(); // "described the plan as “a disaster”", "called the report “a whitewash”"
            cue = named.cue();
        }
        CreditBeforeQuote.Credit lead;
        if (speaker == null && !attributedAfter && (".!?…".indexOf(last) >= 0 || !span.closed())
                && (lead = CreditBeforeQuote.find(text, open, sentenceStart(text, open, lineStart), previous, speakers)) != null) {
            speaker = lead.speaker(); // "Kindiki said in a statement on Friday. “…”"
            cue = lead.cue();
        }
        if (speaker == null && previousQuote != null && QuoteRuns.interrupted(text, previousQuote, open, false)) {
            // "“Here he is,” she said. “Right here.”": the second part, however short, is the same speaker's
            speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
            cue = previousQuote.cue();
        }
        boolean continuation = QuoteRuns.continues(text, previous, previousQuote, open);
        if (speaker == null && continuation) {
            speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
            cue = previousQuote.cue();
        }
        // the previous speaker again, unless the words after this quote name someone we could not parse
        if (speaker == null && !attributedAfter && previousQuote != null && words >= 6 && open - previousQuote.range().end() < CONTINUE_REACH) {
            String sentence = text.substring(sentenceStart(text, open, lineStart), open);
            if (THIRD_PERSON.matcher(sentence).find() || open - previousQuote.range().end() < CONTINUE_REACH / 2) {
                speaker = new Speaker(previousQuote.speaker(), previousQuote.speakerRange());
            }
        }
        if (speaker == null && !attributedAfter && open == lineStart && words >= 6 && span.closed() && ".!?…".indexOf(last) >= 0
                && (lead = CreditBeforeQuote.paragraphBefore(text, open, speakers)) != null) {
            speaker = lead.speaker(); // a quotation set as its own paragraph after one that introduces its speaker
        }
        if (speaker == null && !attributedAfter && words >= 3 && (lead = CreditBeforeQuote.bulleted(text, open, speakers)) != null) {
            speaker = lead.speaker(); // "Among her promises:⏎- “…”": a quotation listed as a bullet
            cue = lead.cue();
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
        int end = Math.max(span.closed() ? span.end() + 1 : span.end(),
                speaker.range() == null ? 0 : speaker.range().end());
        return new Quote(new TextRange(start, Math.min(end, text.length())), new TextRange(span.start(), span.end()),
                QuoteKind.DIRECT, speaker.name(), speaker.range(), cue);
    }

    /**
     * Two apostrophes stand for a double quotation mark in wire and newspaper copy (``…'' and ''…''): one
     * before a letter or digit opens, any other closes; each becomes a straight mark and a space, on the
     * side away from the quoted words, so ranges hold.
     */
    static String twoApostrophes(String text) {
        int at = text.indexOf("''");
        if (at < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        while (at >= 0) {
            boolean opening = at + 2 < text.length() && Character.isLetterOrDigit(text.charAt(at + 2));
            b.setCharAt(at, opening ? ' ' : '"');
            b.setCharAt(at + 1, opening ? '"' : ' ');
            at = text.indexOf("''", at + 2);
        }
        return b.toString();
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

    static int sentenceStart(String text, int at, int lineStart) {
        int limit = Math.max(lineStart, at - WINDOW);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && (i == 0 || !Character.isUpperCase(text.charAt(i - 1)) || i < 2 || text.charAt(i - 2) != ' ')
                    && !(c == '.' && titleBefore(text, i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Whether the full stop at {@code dot} ends a title before a name ("Prof.", "Engr."), not a sentence. */
    private static boolean titleBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && dot - w < 8 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-'
                || text.charAt(w - 1) == '.')) {
            w--;
        }
        return SpeakerResolver.ABBREVIATION.matcher(text).region(w, dot + 1).matches();
    }

    static Pattern thatClause() {
        return THAT_CLAUSE;
    }

    static Pattern according() {
        return ACCORDING;
    }

    static Pattern citing() {
        return CITING;
    }
}
