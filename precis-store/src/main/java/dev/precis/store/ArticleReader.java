package dev.precis.store;

import dev.precis.model.Article;
import dev.precis.model.EntityType;
import dev.precis.model.Granularity;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read queries behind {@code show}, {@code stories}, {@code story} and the index. Not thread-safe. */
final class ArticleReader {

    private static final String ORDER = "COALESCE(a.published, '')";
    private final Connection c;

    ArticleReader(Connection c) {
        this.c = c;
    }

    Optional<ArticleView> article(long id) throws SQLException {
        String title;
        String body;
        String url;
        String byline;
        String published;
        String language;
        String extId;
        String source;
        Long sourceId;
        String textNote;
        String declaredPublished;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.title, a.body, a.url, a.byline, a.published, a.language, a.ext_id,"
                + " s.name, a.source_id, a.text_note, a.declared_published FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                body = rs.getString(2);
                url = rs.getString(3);
                byline = rs.getString(4);
                published = rs.getString(5);
                language = rs.getString(6);
                extId = rs.getString(7);
                source = rs.getString(8);
                sourceId = (Long) rs.getObject(9, Long.class);
                textNote = rs.getString(10);
                declaredPublished = rs.getString(11);
            }
        }
        List<TextRange> paragraphs = RangeList.read(c, id, RangeList.Kind.PARAGRAPHS);
        Article article = new Article(extId == null ? Long.toString(id) : extId, title, body, paragraphs, url, byline, published, language);
        List<String> summary = ranges("SELECT start_pos, end_pos FROM summaries WHERE article_id = ? ORDER BY start_pos", id)
                .stream().map(r -> r.slice(body)).toList();
        List<EntityCount> entities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.canonical, e.type, m.mention_count FROM entity_mentions m JOIN entities e ON e.id = m.entity_id"
                + " WHERE m.article_id = ? ORDER BY m.mention_count DESC, e.canonical, e.type")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.add(new EntityCount(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getInt(3)));
                }
            }
        }
        Optional<Long> storyId = storyOf(id);
        StoryInfo story = storyId.isPresent() ? storyInfo(storyId.get()).orElse(null) : null;
        Neighbours lib = neighbours(id, published, "", null);
        Neighbours src = sourceId == null ? new Neighbours(null, null) : neighbours(id, published, " AND a.source_id = ?", sourceId);
        Neighbours sto = story == null ? new Neighbours(null, null)
                : neighbours(id, published, " AND a.id IN (SELECT article_id FROM story_members WHERE story_id = ?)", story.id());
        List<String> copies = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, origin FROM article_copies WHERE article_id = ? ORDER BY origin")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    copies.add(rs.getString(1).toLowerCase() + ": " + rs.getString(2));
                }
            }
        }
        return Optional.of(new ArticleView(id, article, source, summary, entities, quotes(id), times(id), related(id), story,
                lib, src, sto, copies, textNote, declaredPublished));
    }

    List<Quote> quotes(long id) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_pos, end_pos, content_start, content_end, kind, speaker, speaker_start,"
                + " speaker_end, cue FROM quotes WHERE article_id = ? ORDER BY idx")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer ss = (Integer) rs.getObject(7, Integer.class);
                    Integer se = (Integer) rs.getObject(8, Integer.class);
                    out.add(new Quote(new TextRange(rs.getInt(1), rs.getInt(2)), new TextRange(rs.getInt(3), rs.getInt(4)),
                            QuoteKind.valueOf(rs.getString(5)), rs.getString(6), ss == null || se == null ? null : new TextRange(ss, se),
                            rs.getString(9)));
                }
            }
        }
        return out;
    }

    List<TimeExpression> times(long id) throws SQLException {
        List<TimeExpression> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_pos, end_pos, time_value, granularity FROM time_expressions WHERE article_id = ? ORDER BY idx")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimeExpression(new TextRange(rs.getInt(1), rs.getInt(2)), rs.getString(3), Granularity.valueOf(rs.getString(4))));
                }
            }
        }
        return out;
    }

    /** Related articles in both directions (links are stored from the newer article to older ones). */
    List<ArticleRef> related(long id) throws SQLException {
        List<ArticleRef> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.title, a.published, s.name, r.score FROM related r"
                + " JOIN articles a ON a.id = CASE WHEN r.article_id = ? THEN r.related_id ELSE r.article_id END"
                + " LEFT JOIN sources s ON s.id = a.source_id WHERE r.article_id = ? OR r.related_id = ? ORDER BY r.score DESC, a.id")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setLong(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < 10) {
                    out.add(new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                }
            }
        }
        return out;
    }

    Optional<Long> storyOf(long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM story_members WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    Optional<StoryInfo> storyInfo(long storyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, key_entities, first_published, last_published, size FROM stories WHERE id = ?")) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(storyInfo(rs)) : Optional.empty();
            }
        }
    }

    List<StoryInfo> stories(int minSize, int limit) throws SQLException {
        return stories(minSize, 0, limit);
    }

    /** Stories of at least {@code minSize} articles, largest first, from {@code offset} on. */
    List<StoryInfo> stories(int minSize, int offset, int limit) throws SQLException {
        List<StoryInfo> out = new ArrayList<>();
        int skipped = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, key_entities, first_published, last_published, size FROM stories"
                + " WHERE size >= ? ORDER BY size DESC, COALESCE(last_published, '') DESC, id")) {
            ps.setInt(1, minSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < limit) {
                    if (skipped++ >= offset) {
                        out.add(storyInfo(rs));
                    }
                }
            }
        }
        return out;
    }

    int storyCount(int minSize) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM stories WHERE size >= ?")) {
            ps.setInt(1, minSize);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The story that absorbed a merged-away story, if {@code storyId} was merged into another. */
    Optional<Long> storyRedirect(long storyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_id FROM story_redirects WHERE from_id = ?")) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    Optional<StoryView> story(long storyId) throws SQLException {
        Optional<StoryInfo> info = storyInfo(storyId);
        if (info.isEmpty()) {
            return Optional.empty();
        }
        List<ArticleRef> articles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.title, a.published, s.name, m.score FROM story_members m"
                + " JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id WHERE m.story_id = ?"
                + " ORDER BY " + ORDER + ", a.id")) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    articles.add(new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
                }
            }
        }
        List<TimelineEvent> timeline = new ArrayList<>();
        // an event's sentence is found in its article's sentence ranges (one value per article, decoded once
        // per article); an event whose sentence is not there is left out, as the join on sentence rows did
        try (PreparedStatement ps = c.prepareStatement("SELECT e.time_value, t.start_pos, t.end_pos, e.sentence_idx, a.id, a.title, a.body,"
                + " r.sentences FROM events e JOIN story_members m ON m.article_id = e.article_id JOIN articles a ON a.id = e.article_id"
                + " JOIN time_expressions t ON t.article_id = e.article_id AND t.idx = e.time_idx"
                + " JOIN article_ranges r ON r.article_id = e.article_id"
                + " WHERE m.story_id = ? ORDER BY e.time_value, a.id, t.start_pos")) {
            ps.setLong(1, storyId);
            Map<Long, List<TextRange>> sentences = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long article = rs.getLong(5);
                    List<TextRange> ranges = sentences.get(article);
                    if (ranges == null) {
                        ranges = RangeList.decode(rs.getString(8));
                        sentences.put(article, ranges);
                    }
                    int s = rs.getInt(4);
                    if (s < 0 || s >= ranges.size()) {
                        continue;
                    }
                    String body = rs.getString(7);
                    timeline.add(new TimelineEvent(rs.getString(1), body.substring(rs.getInt(2), rs.getInt(3)),
                            body.substring(ranges.get(s).start(), ranges.get(s).end()), article, rs.getString(6)));
                }
            }
        }
        return Optional.of(new StoryView(info.get(), articles, timeline));
    }

    private Neighbours neighbours(long id, String published, String filter, Long filterValue) throws SQLException {
        String p = published == null ? "" : published;
        String base = "SELECT a.id, a.title, a.published, s.name FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE ";
        ArticleRef prev = one(base + "(" + ORDER + " < ? OR (" + ORDER + " = ? AND a.id < ?))" + filter
                + " ORDER BY " + ORDER + " DESC, a.id DESC", p, id, filterValue);
        ArticleRef next = one(base + "(" + ORDER + " > ? OR (" + ORDER + " = ? AND a.id > ?))" + filter
                + " ORDER BY " + ORDER + ", a.id", p, id, filterValue);
        return new Neighbours(prev, next);
    }

    private ArticleRef one(String sql, String published, long id, Long filterValue) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(1);
            ps.setString(1, published);
            ps.setString(2, published);
            ps.setLong(3, id);
            if (filterValue != null) {
                ps.setLong(4, filterValue);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), 0) : null;
            }
        }
    }

    /** What the search index needs for one article. */
    Optional<IndexDocument> indexDocument(long id) throws SQLException {
        String title;
        String body;
        String published;
        String source;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.title, a.body, a.published, s.name FROM articles a"
                + " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                body = rs.getString(2);
                published = rs.getString(3);
                source = rs.getString(4);
            }
        }
        List<IndexDocument.Named> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.canonical, e.type FROM entity_mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?"
                + " ORDER BY e.canonical, e.type")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(new IndexDocument.Named(SearchIndex.fieldFor(EntityType.valueOf(rs.getString(2))), rs.getString(1)));
                }
            }
        }
        long story = storyOf(id).orElse(0L);
        return Optional.of(new IndexDocument(id, title, body, source, published, names, story));
    }

    private List<TextRange> ranges(String sql, long id) throws SQLException {
        List<TextRange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TextRange(rs.getInt(1), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    private static StoryInfo storyInfo(ResultSet rs) throws SQLException {
        String keys = rs.getString(3);
        List<String> keyList = keys == null || keys.isBlank() ? List.of() : Arrays.asList(keys.split("; "));
        return new StoryInfo(rs.getLong(1), rs.getString(2), keyList, rs.getString(4), rs.getString(5), rs.getInt(6));
    }
}
