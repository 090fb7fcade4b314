package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.CreditAfterQuote.ACCORDING_SOURCE;
import static dev.precis.nlp.quote.CreditAfterQuote.V;

import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.nlp.QuoteFinder;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import dev.precis.nlp.sentence.PlainLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** "X told a conference in Leeds that …": up to three words after the verb, then perhaps where or when it was said. */
    private static final Pattern THAT_CLAUSE = Pattern.compile("\\b(" + V + ")((?:\\s+(?!that\\b)[\\p{L}'’-]+){0,3}?"
            + "(?:\\s+(?:in|at|on)\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?)\\s*,?\\s+that\\s+", Pattern.CASE_INSENSITIVE);
    /** "…, according to a senior official who asked not to be named.": the source as {@link CreditAfterQuote} reads it after a quotation. */
    private static final Pattern ACCORDING = Pattern.compile("\\b" + ACCORDING_SOURCE);
    private static final Pattern CITING = Pattern.compile("(?i)\\bciting\\s+((?:[\\p{L}\\p{N}.'’-]+\\s+){0,5}?"
            + "[\\p{L}\\p{N}.'’-]+)\\s*,\\s*(?:[\\p{L}]+\\s+){0,2}?(reports?|reported|says?|said|claims?|writes)\\s+that\\s+");
    static final int WINDOW = 250;
    /** White space other than one plain space between words. */
    private static final Pattern MULTI_SPACE = Pattern.compile("\\s{2,}|[\\t\\n\\r\\f\\u000B]");

    @Override
    public List<Quote> find(String page, List<Sentence> sentences, List<EntityMention> entities) {
        MarkEntities.Decoded decoded = MarkEntities.decoded(page);
        if (decoded != null) {
            // "&ldquo;…&rdquo;", "&quot;…&quot;": marks left as HTML references are read as the marks they stand for,
            // and the ranges found are put back on the text as given
            return decoded.quotes(read(decoded.text(), decoded.sentences(sentences), decoded.entities(entities)));
        }
        return read(page, sentences, entities);
    }

    private List<Quote> read(String page, List<Sentence> sentences, List<EntityMention> entities) {
        // no-break and thin spaces read as spaces ("Trump\u00a0said"), CRLF as LF, hard-wrapped lines joined; one
        // character for one, so ranges hold
        String text = AsciiSingleMarks.asDouble(SpacedMarks.tightened(PlainLayout.forReading(page)))
                // the typewriter convention of wire copy and TeX: ``quoted'' (two characters for two, so ranges hold)
                .replace("``", " “")
                // the full-width mark of Chinese, Japanese and Korean outlets' English copy (＂…＂) pairs as a straight one
                .replace('\uFF02', '"');
        text = twoApostrophes(text);
        text = JoinedParagraphs.restored(text);
        SpeakerResolver speakers = new SpeakerResolver(text, entities);
        List<QuoteMarks.Span> spans = DashedTurns.ended(text, QuoteMarks.find(text), speakers);
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
        List<QuoteMarks.Span> pulled = new ArrayList<>();
        for (QuoteMarks.Span span : spans) {
            while (nextIndirect < indirect.size() && indirect.get(nextIndirect).range().start() < span.start()) {
                Quote q = indirect.get(nextIndirect++);
                speakers.remember(new Speaker(q.speaker(), q.speakerRange()));
                reported = q;
            }
            Quote q = DirectQuotes.credit(text, span, previous, previousQuote, speakers);
            if (q == null && reported != null && (previousQuote == null || previousQuote.range().end() <= reported.range().start())) {
                q = QuoteRuns.afterReported(text, span, reported);
            }
            if (q != null && previousQuote != null && reported != null && previousQuote.speakerRange() != null
                    && previousQuote.speakerRange().equals(q.speakerRange())
                    && QuoteRuns.reportedRightBefore(text, previousQuote, reported, span.open()) && !QuoteRuns.creditFollows(text, span)) {
                // "“A,” says Reed. Another trader said the cause was political. “B.”": a quote with no credit of its own,
                // given the previous quote's speaker, goes on from the reported speech right before it, in a new voice
                q = new Quote(new TextRange(Math.min(span.open(), reported.speakerRange().start()), q.range().end()), q.content(),
                        QuoteKind.DIRECT, reported.speaker(), reported.speakerRange(), reported.cue());
            }
            boolean chained = openRun != null && QuoteRuns.continuesRun(text, previous, span.open());
            if (q != null && chained && q.range().start() >= span.open()) {
                // credited after its words: the open paragraphs before are the start of this quote
                q = new Quote(new TextRange(openRun.open(), q.range().end()), new TextRange(openRun.start(), q.content().end()),
                        QuoteKind.DIRECT, q.speaker(), q.speakerRange(), q.cue());
            }
            if (q == null && DirectQuotes.repeatedLater(text, span)) {
                pulled.add(span);
            }
            openRun = q == null && !span.closed() ? (chained ? openRun : span) : null;
            QuoteMarks.Span before = previous;
            previous = span;
            if (q != null && previousQuote != null && q.speakerRange() != null
                    && q.speakerRange().equals(previousQuote.speakerRange())
                    && (QuoteRuns.interrupted(text, previousQuote, span.open(), true) || QuoteRuns.continues(text, before, previousQuote, span.open()))) {
                // "“A,” she said, “B.”": one attribution, so one quote whose words run from A to B
                Quote merged = new Quote(new TextRange(previousQuote.range().start(), Math.max(q.range().end(),
                        previousQuote.range().end())), new TextRange(previousQuote.content().start(), q.content().end()),
                        QuoteKind.DIRECT, previousQuote.speaker(), previousQuote.speakerRange(), previousQuote.cue());
                quotes.set(quotes.size() - 1, merged);
                previousQuote = merged;
            } else if (q != null) {
                quotes.add(q);
                previousQuote = q;
                if (!FramedCredits.ASKED_CUE.equals(q.cue())) {
                    speakers.remember(new Speaker(q.speaker(), q.speakerRange())); // (not a question's asker: see ASKED_CUE)
                }
            }
        }
        quotes.addAll(pulled(text, pulled, quotes));
        quotes.addAll(merged(quotes, indirect));
        quotes.replaceAll(RuleQuoteFinder::spacedSpeaker);
        String read = text;
        quotes.replaceAll(q -> UnfitSpeakers.checked(read, q, entities));
        quotes.sort(Comparator.comparing(Quote::range));
        return quotes;
    }

    /**
     * The quote with its speaker's description on one line: a description taken from the text ("a spokesman for
     * the board") keeps the text's line breaks and doubled spaces where a line ends inside it (CRLF or wrapped
     * copy); every run of white space becomes one space.
     */
    private static Quote spacedSpeaker(Quote q) {
        String s = q.speaker();
        if (s == null || !MULTI_SPACE.matcher(s).find()) {
            return q;
        }
        return new Quote(q.range(), q.content(), q.kind(), MULTI_SPACE.matcher(s).replaceAll(" ").strip(),
                q.speakerRange(), q.cue());
    }

    /**
     * Pull quotes: each span of {@code pulled} (a quotation nothing credits, opening its paragraph) whose words a later
     * direct quote of {@code quotes} repeats with a speaker is that speaker's, as the later quote credits it.
     */
    private static List<Quote> pulled(String text, List<QuoteMarks.Span> pulled, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (QuoteMarks.Span span : pulled) {
            int line = text.lastIndexOf('\n', span.open() - 1) + 1;
            if (!text.substring(line, span.open()).isBlank()) {
                continue;
            }
            String words = DirectQuotes.core(text.substring(span.start(), span.end()));
            for (Quote d : quotes) {
                if (d.speaker() != null && d.content().start() > span.close()
                        && DirectQuotes.core(text.substring(d.content().start(), d.content().end())).equals(words)) {
                    out.add(new Quote(new TextRange(span.open(), span.close()), new TextRange(span.start(), span.end()),
                            QuoteKind.DIRECT, d.speaker(), d.speakerRange(), d.cue()));
                    break;
                }
            }
        }
        return out;
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

    static int sentenceStart(String text, int at, int lineStart) {
        int limit = Math.max(lineStart, at - WINDOW);
        for (int i = at - 1; i > limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && (i == 0 || !Character.isUpperCase(text.charAt(i - 1)) || i < 2 || text.charAt(i - 2) != ' ')
                    && !(c == '.' && (titleBefore(text, i) || numberBefore(text, i)))) {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 2 < at && (text.charAt(i + 1) == '”' || text.charAt(i + 1) == '"')
                    && text.charAt(i + 2) == ' ') {
                return i + 2; // a sentence ending in its closing mark: "… contributors.” Clinton, who …, told"
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

    /** Whether the full stop at {@code dot} abbreviates "number" before a figure ("the No. 2 in the party"). */
    private static boolean numberBefore(String text, int dot) {
        return dot >= 2 && text.startsWith("No", dot - 2) && (dot == 2 || !Character.isLetter(text.charAt(dot - 3)))
                && dot + 2 < text.length() && Character.isDigit(text.charAt(dot + 2));
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

