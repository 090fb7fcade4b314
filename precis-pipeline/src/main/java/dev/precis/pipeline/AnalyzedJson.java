package dev.precis.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.ExtractedPage;
import dev.precis.model.Granularity;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Sentence;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pre-analysed article as one JSON line: what {@code precis-batch} writes and {@code precis ingest
 * --analyzed} loads without analysing again. The fields are those of the CLI's batch contracts, in one
 * object: from {@code precis extract --input} id, title, byline, authors, published, modified,
 * declaredPublished, language, siteName, url, pageType, text; from {@code precis analyze --input} entities, quotes, times
 * (offsets into text); from {@code precis summarize --input} summary (sentences verbatim, in document
 * order). Then origin (the input file, line or WARC record), duplicateOf (the id of an earlier
 * near-duplicate in the corpus, or null) and {@code spans}: what a library needs beyond the contracts
 * (paragraph and sentence ranges, each quote's whole attribution range, entity titles, the summary's
 * sentence indices, scores and shown ranges), kept apart so the contract fields stay exactly the commands'.
 * Thread-safe.
 */
public final class AnalyzedJson {

    /** One line read back. */
    public record Parsed(AnalyzedArticle analyzed, Summary summary, String origin, String duplicateOf) {
    }

    private AnalyzedJson() {
    }

    /** The line's object; {@code page} (the extraction's metadata) is null for a text that was not extracted. */
    public static ObjectNode write(ObjectMapper json, String origin, ExtractedPage page, AnalyzedArticle a, Summary summary) {
        Article article = a.article();
        String text = article.text();
        ObjectNode o = json.createObjectNode();
        o.put("id", article.id());
        o.put("title", article.title());
        o.put("byline", article.byline());
        ArrayNode authors = o.putArray("authors");
        if (page != null) {
            page.authors().forEach(authors::add);
        }
        o.put("published", article.published());
        o.put("modified", page == null ? null : page.modified());
        o.put("declaredPublished", page == null ? null : page.declaredPublished());
        o.put("language", article.language());
        o.put("siteName", page == null ? null : page.siteName());
        o.put("url", article.url());
        o.put("pageType", page == null ? null : page.pageType().label());
        o.put("text", text);
        ArrayNode entities = o.putArray("entities");
        for (EntityMention e : a.entities()) {
            ObjectNode n = entities.addObject();
            n.put("start", e.range().start());
            n.put("end", e.range().end());
            n.put("text", e.range().slice(text));
            n.put("type", e.type().name());
            n.put("canonical", e.canonical());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("start", q.content().start());
            n.put("end", q.content().end());
            n.put("content", q.content().slice(text));
            n.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
            n.put("speaker", q.speaker());
            if (q.speakerRange() == null) {
                n.putNull("speakerStart");
                n.putNull("speakerEnd");
            } else {
                n.put("speakerStart", q.speakerRange().start());
                n.put("speakerEnd", q.speakerRange().end());
            }
            n.put("cue", q.cue());
        }
        ArrayNode times = o.putArray("times");
        for (TimeExpression t : a.times()) {
            ObjectNode n = times.addObject();
            n.put("start", t.range().start());
            n.put("end", t.range().end());
            n.put("text", t.range().slice(text));
            n.put("value", t.value());
            n.put("granularity", t.granularity().name());
        }
        ArrayNode sentences = o.putArray("summary");
        summary.texts(text).forEach(sentences::add);
        o.put("origin", origin);
        o.putNull("duplicateOf");
        ObjectNode spans = o.putObject("spans");
        ranges(spans.putArray("paragraphs"), article.paragraphs());
        ranges(spans.putArray("sentences"), a.sentences().stream().map(Sentence::range).toList());
        ranges(spans.putArray("quotes"), a.quotes().stream().map(Quote::range).toList());
        ArrayNode titles = spans.putArray("entityTitles");
        a.entities().forEach(e -> titles.add(e.title()));
        ArrayNode chosen = spans.putArray("summary");
        for (SummarySentence s : summary.sentences()) {
            // the range too: a summary may show less than the whole sentence (a lede without its dateline)
            chosen.addArray().add(s.sentenceIndex()).add(s.score()).add(s.range().start()).add(s.range().end());
        }
        return o;
    }

    private static void ranges(ArrayNode into, List<TextRange> ranges) {
        ranges.forEach(r -> into.addArray().add(r.start()).add(r.end()));
    }

    /**
     * The article, analysis and summary of a line written by {@link #write}; an
     * {@link IllegalArgumentException} naming the problem when a field is missing or out of range.
     */
    public static Parsed read(JsonNode o) {
        String text = required(o, "text");
        String id = required(o, "id");
        JsonNode spans = o.path("spans");
        if (!spans.isObject()) {
            throw new IllegalArgumentException("no \"spans\": not a line written by precis-batch");
        }
        Article article = new Article(id, o.path("title").asText(""), text, ranges(spans.path("paragraphs"), text),
                str(o, "url"), str(o, "byline"), str(o, "published"), str(o, "language"));
        List<TextRange> sentenceRanges = ranges(spans.path("sentences"), text);
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentenceRanges.size(); i++) {
            sentences.add(new Sentence(i, sentenceRanges.get(i)));
        }
        List<EntityMention> entities = new ArrayList<>();
        JsonNode titles = spans.path("entityTitles");
        int i = 0;
        for (JsonNode e : o.path("entities")) {
            entities.add(new EntityMention(range(e, "start", "end", text), EntityType.valueOf(required(e, "type")),
                    str(e, "canonical"), str(titles.path(i++))));
        }
        List<TextRange> quoteRanges = ranges(spans.path("quotes"), text);
        List<Quote> quotes = new ArrayList<>();
        i = 0;
        for (JsonNode q : o.path("quotes")) {
            TextRange content = range(q, "start", "end", text);
            TextRange speaker = q.path("speakerStart").isInt() ? range(q, "speakerStart", "speakerEnd", text) : null;
            quotes.add(new Quote(i < quoteRanges.size() ? quoteRanges.get(i) : content, content,
                    QuoteKind.valueOf(required(q, "kind").toUpperCase(Locale.ROOT)), str(q, "speaker"), speaker, str(q, "cue")));
            i++;
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : o.path("times")) {
            times.add(new TimeExpression(range(t, "start", "end", text), str(t, "value"), Granularity.valueOf(required(t, "granularity"))));
        }
        List<SummarySentence> chosen = new ArrayList<>();
        for (JsonNode s : spans.path("summary")) {
            int index = s.path(0).asInt(-1);
            if (index < 0 || index >= sentences.size()) {
                throw new IllegalArgumentException("summary sentence " + index + " is not one of the " + sentences.size() + " sentences");
            }
            // lines written before summaries carried their ranges hold the index and score only
            TextRange shown = s.size() >= 4 ? checked(s.path(2).asInt(-1), s.path(3).asInt(-1), text)
                    : sentences.get(index).range();
            if (!sentences.get(index).range().contains(shown)) {
                throw new IllegalArgumentException("summary range [" + shown.start() + ", " + shown.end()
                        + ") is not inside sentence " + index);
            }
            chosen.add(new SummarySentence(index, shown, s.path(1).asDouble()));
        }
        return new Parsed(new AnalyzedArticle(article, sentences, entities, quotes, times), new Summary(id, chosen),
                str(o, "origin"), str(o, "duplicateOf"));
    }

    private static List<TextRange> ranges(JsonNode array, String text) {
        List<TextRange> out = new ArrayList<>();
        for (JsonNode r : array) {
            out.add(checked(r.path(0).asInt(-1), r.path(1).asInt(-1), text));
        }
        return out;
    }

    private static TextRange range(JsonNode n, String start, String end, String text) {
        return checked(n.path(start).asInt(-1), n.path(end).asInt(-1), text);
    }

    private static TextRange checked(int start, int end, String text) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is outside the text of " + text.length() + " characters");
        }
        return new TextRange(start, end);
    }

    private static String required(JsonNode n, String field) {
        if (!n.path(field).isTextual()) {
            throw new IllegalArgumentException("no \"" + field + "\" string");
        }
        return n.get(field).asText();
    }

    private static String str(JsonNode n, String field) {
        return str(n.path(field));
    }

    private static String str(JsonNode v) {
        return v.isTextual() ? v.asText() : null;
    }
}
