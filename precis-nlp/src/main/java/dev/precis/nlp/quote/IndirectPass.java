package dev.precis.nlp.quote;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.nlp.quote.SpeakerResolver.Speaker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indirect speech: "X affirmed that …", "according to X, …", "…, according to X", "citing X, the
 * paper reports that …". Content runs to the end of the sentence; a clause that opens a direct quote
 * is left to the direct pass. Not thread-safe: one instance per text.
 */
final class IndirectPass {

    private final String text;
    private final List<Sentence> sentences;
    private final List<QuoteMarks.Span> spans;
    private final SpeakerResolver speakers;
    private final TreeMap<Integer, Integer> index = new TreeMap<>();

    /** "Clinton said she would …": a reporting verb followed directly by a clause (no "that"). */
    /** How far after "According to X" the comma that ends the source's clause may come. */
    private static final int LEADING_CLAUSE = 80;
    /** The verbs {@link #BARE} opens with, where its matches are looked for ({@link WordStarts}). */
    private static final String[] BARE_VERBS = {"said", "says", "added", "argued", "warned", "insisted", "claimed", "stated",
        "believes", "thinks", "predicted", "acknowledged", "admitted", "noted"};
    private static final Pattern BARE = Pattern.compile("\\b(" + String.join("|", BARE_VERBS) + ")\\s+(?=(?:he|she|they|it|we|I|there|the|a|an"
            // "He stated this on Tuesday when …": "this" before where, when or how it was said is the object, not a clause
            + "|this(?!\\s+(?:on|in|at|while|when|during|after|before|as|to|yesterday|today)\\b)|his|her|their|its|no"
            + "|\\p{Lu}[\\p{L}'’-]+)\\s+[\\p{L}'’-]+"
            // "The mayor said two men had been arrested", "said prices would rise": a noun phrase of one or two words
            // without an article, then an auxiliary, opens a clause
            + "|(?!that\\b)(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*\\s+){1,2}(?:had|has|have|was|were|is|are|would|will|could|should|can|may"
            // "said voters no longer trust …": an adverb of time or negation before the verb opens the clause as well
            + "|might|must|did|does|do|no\\s+longer|never|now|still|already)\\s)");
    /** "…, the senator said." / "…, said Smith." closing a sentence of reported content. */
    private static final Pattern TRAILING = Pattern.compile(",\\s+(?:((?:the\\s+|a\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?"
            + "[\\p{L}.'’-]+)\\s+(?:has\\s+|have\\s+)?(said|says|added|argued|noted|warned|explained|wrote|insisted|claimed|stated)"
            // "…, said Smith." but not "…, Tokunbo Wahab, said on Monday.": a time or place after the verb is no speaker
            + "|(said|says|added)\\s+(?!(?:on|in|at|last|this|during|to|that|yesterday|today|earlier)\\b)"
            // the name stays on its line; a headline ends without a stop ("Fares to rise, says transport minister⏎")
            + "((?:the[ \\t]+)?(?:[\\p{L}.'’-]+[ \\t]+){0,3}?[\\p{L}.'’-]+))"
            + "(?:\\s+(?:on|in|at|last|this|during)\\s+[\\p{L}\\d ]{1,25}?)?(?:\\s*[.]|[ \\t]*(?=\\n))");

    IndirectPass(String text, List<Sentence> sentences, List<QuoteMarks.Span> spans, SpeakerResolver speakers) {
        this.text = text;
        this.sentences = sentences;
        this.spans = spans;
        this.speakers = speakers;
    }

    List<Quote> find() {
        List<Quote> out = new ArrayList<>();
        List<TextRange> taken = new ArrayList<>();
        WordStarts citing = new WordStarts(RuleQuoteFinder.citing(), text, true, "citing");
        Matcher c = citing.matcher();
        while (citing.find()) {
            if (insideQuote(c.start())) {
                continue;
            }
            Speaker s = speakers.phrase(c.start(1), c.end(1));
            add(out, taken, c.end(), s, text.substring(c.start(), c.end()).strip(), c.start());
        }
        indexTaken(taken);
        int indexed = taken.size();
        for (MatchResult t : ThatClauses.find(RuleQuoteFinder.thatClause(), text)) {
            if (insideQuote(t.start()) || overlapsTaken(taken, t.start())) {
                continue;
            }
            String verb = t.group(1).toLowerCase(java.util.Locale.ROOT);
            if (verb.startsWith("continu") || verb.startsWith("went") || verb.startsWith("goes")) {
                continue;
            }
            Speaker s = speakers.before(t.start(), Math.max(0, lineStart(t.start())));
            if (s == null || insideQuote(s.range().start())) {
                continue;
            }
            add(out, taken, t.end(), s, text.substring(t.start(), t.end()).strip(), s.range().start());
        }
        // the that-clauses are indexed before the bare clauses look for overlaps: a text with more than a few
        // that-clauses after one would otherwise report "said that X would …" twice
        indexTaken(taken.subList(indexed, taken.size()));
        indexed = taken.size();
        WordStarts bare = new WordStarts(BARE, text, false, BARE_VERBS);
        Matcher b = bare.matcher();
        while (bare.find()) {
            if (insideQuote(b.start()) || overlapsTaken(taken, b.start())) {
                continue;
            }
            Speaker s = speakers.before(b.start(), Math.max(0, lineStart(b.start())));
            // a word inside quotation marks is what was said, not who said it ("‘Never again!’ said Tom Hale, …")
            if (s == null || s.name() == null || insideQuote(s.range().start())) {
                continue;
            }
            add(out, taken, b.end(), s, b.group(1), s.range().start());
        }
        WordStarts trailing = new WordStarts(TRAILING, text, false, ",");
        Matcher f = trailing.matcher();
        while (trailing.find()) {
            if (insideQuote(f.start()) || overlapsTaken(taken, f.start())) {
                continue;
            }
            int speakerStart = f.group(1) != null ? f.start(1) : f.start(4);
            int speakerEnd = f.group(1) != null ? f.end(1) : f.end(4);
            String cue = f.group(2) != null ? f.group(2) : f.group(3);
            Sentence sentence = sentenceOf(f.start());
            int sentenceStart = pastDateline(text, sentence == null ? lineStart(f.start()) : sentence.range().start(), f.start());
            int end = f.start();
            if (end - sentenceStart < 15 || "“\"”".indexOf(text.charAt(sentenceStart)) >= 0
                    || "”\"".indexOf(text.charAt(end - 1)) >= 0) {
                continue;
            }
            Speaker s = speakers.phrase(speakerStart, speakerEnd);
            TextRange content = new TextRange(sentenceStart, end);
            out.add(new Quote(new TextRange(sentenceStart, f.end()), content, QuoteKind.INDIRECT, s.name(), s.range(), cue));
            taken.add(content);
        }
        indexTaken(taken.subList(indexed, taken.size()));
        WordStarts according = new WordStarts(RuleQuoteFinder.according(), text, true, "according");
        Matcher a = according.matcher();
        while (according.find()) {
            if (insideQuote(a.start()) || overlapsTaken(taken, a.start())) {
                continue;
            }
            Speaker s = speakers.phrase(a.start(1), a.end(1));
            int afterComma = leadingClauseComma(a.start(), a.end(1));
            if (afterComma >= 0) {
                add(out, taken, afterComma + 1, s, "according to", a.start());
            } else {
                int sentenceStart = pastDateline(text, sentenceOf(a.start()) == null ? lineStart(a.start())
                        : sentenceOf(a.start()).range().start(), a.start());
                int end = a.start();
                while (end > sentenceStart && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                    end--;
                }
                if (end - sentenceStart > 10 && text.charAt(sentenceStart) != '“' && text.charAt(sentenceStart) != '"') {
                    TextRange content = new TextRange(sentenceStart, end);
                    out.add(new Quote(new TextRange(sentenceStart, a.end()), content, QuoteKind.INDIRECT, s.name(),
                            s.range(), "according to"));
                    taken.add(content);
                }
            }
        }
        out.sort(Comparator.comparing(Quote::range));
        return out;
    }

    /**
     * Where "According to X…," opening a sentence hands over to what is reported: the comma right after the
     * source, or the first comma of the clause that describes it ("According to officials in Kabul, …");
     * -1 when the sentence does not open with it.
     */
    private int leadingClauseComma(int according, int sourceEnd) {
        if (!startsSentence(according)) {
            return -1;
        }
        for (int i = sourceEnd; i < text.length() && i < sourceEnd + LEADING_CLAUSE; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                return i;
            }
            boolean sentenceEnds = ".!?".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (sentenceEnds || ";:\n“\"".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private void add(List<Quote> out, List<TextRange> taken, int contentStart, Speaker s, String cue, int rangeStart) {
        while (contentStart < text.length() && Character.isWhitespace(text.charAt(contentStart))) {
            contentStart++;
        }
        if (contentStart >= text.length() || "“\"«".indexOf(text.charAt(contentStart)) >= 0) {
            return;
        }
        Sentence sentence = sentenceOf(contentStart);
        int end = sentence == null ? lineEnd(contentStart) : sentence.range().end();
        while (end > contentStart && ".!?\"”’ \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - contentStart < 10) {
            return;
        }
        TextRange content = new TextRange(contentStart, end);
        out.add(new Quote(new TextRange(Math.min(rangeStart, contentStart), end), content, QuoteKind.INDIRECT, s.name(),
                s.range(), cue));
        taken.add(new TextRange(Math.min(rangeStart, contentStart), end));
        speakers.rememberInPlace(s);
    }

    private boolean overlapsTaken(List<TextRange> taken, int at) {
        // each pass adds ranges in text order: check only the latest few, and the index for earlier passes
        Map.Entry<Integer, Integer> e = index.floorEntry(at);
        if (e != null && at < e.getValue()) {
            return true;
        }
        for (int i = taken.size() - 1; i >= 0 && i >= taken.size() - 4; i--) {
            TextRange r = taken.get(i);
            if (r.start() <= at && at < r.end()) {
                return true;
            }
        }
        return false;
    }

    private void indexTaken(List<TextRange> taken) {
        for (TextRange r : taken) {
            index.merge(r.start(), r.end(), Math::max);
        }
    }

    private boolean insideQuote(int at) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteMarks.Span s = spans.get(mid);
            if (at < s.start()) {
                hi = mid - 1;
            } else if (at >= s.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private Sentence sentenceOf(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.range().start()) {
                hi = mid - 1;
            } else if (at >= s.range().end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    private boolean startsSentence(int at) {
        Sentence s = sentenceOf(at);
        int start = s == null ? lineStart(at) : s.range().start();
        return text.substring(start, at).isBlank();
    }

    private int lineStart(int at) {
        int limit = Math.max(0, at - 400);
        int i = at;
        while (i > limit && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private int lineEnd(int at) {
        int limit = Math.min(text.length(), at + 400);
        int i = at;
        while (i < limit && text.charAt(i) != '\n' && !(text.charAt(i) == '.' && i + 1 < limit
                && text.charAt(i + 1) == ' ')) {
            i++;
        }
        return i;
    }

    /**
     * A wire dateline opening a sentence ("OSLO (AP) — ", "KANSAS CITY, Mo. - ", "Brussels (Reuters) – "): a place in
     * capitals, perhaps with its state or country and the agency in brackets, or any capitalised place with an agency
     * in brackets, then a dash. It says where the story was filed, not what anyone said.
     */
    private static final Pattern DATELINE = Pattern.compile("(?:\\p{Lu}{2,}[\\p{Lu}.'’ -]*?(?:,[ \\t]*\\p{Lu}[\\p{L}.]{1,20}){0,2}"
            + "(?:[ \\t]*\\([^()\\n]{1,40}\\))?|\\p{Lu}[\\p{L}.'’ ]{1,40}?[ \\t]*\\([^()\\n]{1,40}\\))[ \\t]*[-—–]{1,2}[ \\t]+");

    /** Where reported words start in a sentence starting at {@code start}: after its dateline, if it opens with one. */
    static int pastDateline(String text, int start, int limit) {
        Matcher m = DATELINE.matcher(text).region(start, Math.min(limit, start + 80));
        return m.lookingAt() ? m.end() : start;
    }
}
