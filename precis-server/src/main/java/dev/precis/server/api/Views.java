package dev.precis.server.api;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import dev.precis.store.ArticleRef;
import dev.precis.store.Neighbours;
import dev.precis.store.SearchHit;
import dev.precis.store.StoryInfo;
import dev.precis.store.TimelineEvent;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the REST API, as records Jackson writes field by field. Article text, titles
 * and quotes are plain JSON strings (data, never markup). All offsets are Java {@code String} offsets
 * into the article's {@code text}. Immutable.
 */
final class Views {

    private Views() {
    }

    /** A half-open character range. */
    record Range(int start, int end) {
        static Range of(TextRange r) {
            return r == null ? null : new Range(r.start(), r.end());
        }
    }

    /** An article in a list. */
    record ArticleItem(long id, String title, String published, String source) {
        static ArticleItem of(ArticleRef r) {
            return r == null ? null : new ArticleItem(r.id(), r.title(), r.published(), r.source());
        }
    }

    record ArticlePage(int offset, int limit, int total, List<ArticleItem> articles) {
    }

    /** A related article with its similarity. */
    record RelatedItem(long id, String title, String published, String source, double score) {
        static RelatedItem of(ArticleRef r) {
            return new RelatedItem(r.id(), r.title(), r.published(), r.source(), r.score());
        }
    }

    record Related(long articleId, List<RelatedItem> related) {
    }

    record Story(long id, String title, List<String> keyEntities, String firstPublished, String lastPublished, int size) {
        static Story of(StoryInfo s) {
            return s == null ? null : new Story(s.id(), s.title(), s.keyEntities(), s.firstPublished(), s.lastPublished(), s.size());
        }
    }

    /**
     * An id or origin as clients may see it: a server-side file path (how files given to {@code precis
     * ingest} are identified) becomes its file name, so the API never tells where the server keeps files.
     */
    static String withoutPath(String s) {
        if (s == null) {
            return null;
        }
        boolean path = s.startsWith("/") || s.startsWith("\\") || s.startsWith("file:") || s.startsWith("~")
                || s.length() > 2 && Character.isLetter(s.charAt(0)) && s.charAt(1) == ':' && (s.charAt(2) == '\\' || s.charAt(2) == '/');
        if (!path) {
            return s;
        }
        String name = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? "file" : name;
    }

    /** A copy's "kind: origin" with the origin as {@link #withoutPath} gives it. */
    static String copyWithoutPath(String copy) {
        int colon = copy.indexOf(": ");
        return colon < 0 ? withoutPath(copy) : copy.substring(0, colon + 2) + withoutPath(copy.substring(colon + 2));
    }

    /**
     * One article with its text and metadata; {@code declaredPublished} is the publication date its page declares when
     * a later change was taken as {@code published} (ISO 8601, as stored), null otherwise.
     */
    record Article(long id, String externalId, String title, String text, List<Range> paragraphs, String url, String byline,
                   String published, String declaredPublished, String language, String source, Story story, List<String> summary, List<String> copies,
                   String textNote) {
    }

    /** A subscription and its health (times are ISO instants, null when it never happened). */
    record FeedView(long id, String url, String title, String category, long intervalMinutes, String health, int failures,
                    String lastError, Integer lastStatus, String lastPolled, String lastSuccess, String lastNewItem, String nextPoll,
                    int articles) {
    }

    record FeedList(java.util.List<FeedView> feeds) {
    }

    /** What one read of a feed did ("poll now"); {@code status} 0 when no answer came. */
    record FeedRead(long feedId, String url, int status, boolean ok, int added, int known, int failed, int pagesFetched,
                    String error, String nextPoll) {
    }

    /** A "poll now" job: running, done or failed; {@code feedId} null when it reads all feeds. */
    record FeedPoll(long id, String state, Long feedId, boolean force, boolean joined, String started, String finished,
                    List<Long> feeds, List<FeedRead> results, List<Long> skipped, int added, int failedFeeds, String error) {
    }

    /** The result of adding an article. */
    record Added(long id, String status, long storyId, String location) {
    }

    record Pair(ArticleItem previous, ArticleItem next) {
        static Pair of(Neighbours n) {
            return new Pair(ArticleItem.of(n.previous()), ArticleItem.of(n.next()));
        }
    }

    /** Previous and next article in the whole library, in the same source and in the same story. */
    record NeighbourSet(long articleId, Pair library, Pair source, Pair story) {
    }

    record Entity(String canonical, EntityType type, int mentions, List<Range> ranges, List<String> titles) {
    }

    record QuoteView(String kind, String speaker, String cue, String content, Range range, Range contentRange, Range speakerRange) {
        static QuoteView of(Quote q, String text) {
            return new QuoteView(q.kind().name(), q.speaker(), q.cue(), q.content().slice(text), Range.of(q.range()),
                    Range.of(q.content()), Range.of(q.speakerRange()));
        }
    }

    record Time(String text, String value, String granularity, Range range) {
        static Time of(TimeExpression t, String text) {
            return new Time(t.range().slice(text), t.value(), t.granularity().name(), Range.of(t.range()));
        }
    }

    record Analysis(long articleId, List<Entity> entities, List<QuoteView> quotes, List<Time> times) {
    }

    record Stories(List<Story> stories) {
    }

    record Event(String value, String expression, String sentence, long articleId, String articleTitle) {
        static Event of(TimelineEvent e) {
            return new Event(e.value(), e.expression(), e.sentence(), e.articleId(), e.articleTitle());
        }
    }

    record StoryPage(Story story, List<ArticleItem> articles, List<Event> timeline) {
    }

    /** An entity with the number of articles that mention it. */
    record EntityItem(String canonical, EntityType type, int articles) {
    }

    record Entities(List<EntityItem> entities) {
    }

    /** A quote said by an entity, in its article. */
    record SaidBy(ArticleItem article, String kind, String cue, String content, Range range, Range contentRange) {
    }

    record EntityPage(String canonical, EntityType type, List<ArticleItem> articles, List<SaidBy> quotes) {
    }

    record Hit(long id, String title, String source, String published, double score, String snippet) {
        static Hit of(SearchHit h) {
            return new Hit(h.articleId(), h.title(), h.source(), h.published(), h.score(), h.snippet());
        }
    }

    /** One page of hits: {@code offset} hits skipped, at most {@code limit} shown, {@code total} matches in all. */
    record SearchPage(String query, int offset, int limit, long total, List<Hit> hits, Map<String, Integer> sources) {
    }

    record Failure(String origin, String reason) {
    }

    /**
     * An ingest's report, as {@code precis ingest} prints it: {@code refreshed} counts the articles stored from a
     * feed's own text whose page this batch read (they take the page's text, keeping their id), and {@code notes}
     * are the lines the CLI writes on standard error (that refresh, a WARC file's records passed over).
     */
    record IngestResult(int items, int added, int duplicates, int nearDuplicates, int refreshed, int empty, int failed,
                        List<Failure> failures, List<String> notes, double seconds) {
    }

    /** Entity mentions grouped by entity, most mentioned first. */
    static List<Entity> entities(List<EntityMention> mentions) {
        Map<String, List<EntityMention>> byEntity = new java.util.LinkedHashMap<>();
        for (EntityMention m : mentions) {
            byEntity.computeIfAbsent(m.type() + "\u0000" + m.canonical(), k -> new java.util.ArrayList<>()).add(m);
        }
        return byEntity.values().stream()
                .map(ms -> new Entity(ms.get(0).canonical(), ms.get(0).type(), ms.size(),
                        ms.stream().map(m -> Range.of(m.range())).toList(),
                        ms.stream().map(EntityMention::title).filter(t -> t != null && !t.isBlank()).distinct().toList()))
                .sorted(java.util.Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::canonical))
                .toList();
    }
}
