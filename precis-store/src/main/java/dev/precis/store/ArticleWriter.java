package dev.precis.store;

import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.model.Sentence;
import dev.precis.model.SummarySentence;
import dev.precis.model.TimeExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one article and everything known about it with plain JDBC, inside the caller's transaction,
 * through statements prepared once ({@link StatementCache}). Source and entity ids are cached for the
 * writer's life; ids first inserted by the open transaction are tracked so that a rollback forgets
 * exactly those (they name rows that no longer exist) and keeps the rest. Story rows are written by
 * {@link StoryWriter}. Not thread-safe: the library serialises writers.
 */
final class ArticleWriter {

    private final StatementCache statements;
    private final MultiRowInsert rows;
    private final Map<String, Long> sourceIds = new HashMap<>();
    private final EntityIds entityIds;
    /** Source names whose rows the open transaction inserted. */
    private final List<String> uncommitted = new ArrayList<>();
    private final StoryWriter stories;
    private final PersonIdentities persons = new PersonIdentities();
    private final BulkBodies bodies;

    ArticleWriter(Connection c) throws SQLException {
        String idColumn = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? "id" : "ID";
        this.statements = new StatementCache(c, idColumn);
        String url = c.getMetaData().getURL();
        this.entityIds = new EntityIds(statements, url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("AUTO_SERVER=TRUE"));
        this.rows = new MultiRowInsert(statements);
        this.stories = new StoryWriter(statements);
        this.bodies = new BulkBodies(c);
    }

    /** The writer of story rows, sharing this writer's statements. */
    StoryWriter stories() {
        return stories;
    }

    /** A bulk load starts ({@code true}) or ends: how article bodies are bound, see {@link BulkBodies}. */
    void bulk(boolean on) {
        if (on) {
            bodies.start();
        } else {
            bodies.stop();
        }
    }

    /** The open transaction committed: the ids it inserted are now durable. */
    void committed() {
        uncommitted.clear();
        entityIds.committed();
    }

    /**
     * The open transaction (or part of it) was rolled back: forgets the ids it inserted (some may still
     * exist when only a savepoint was rolled back; they are simply looked up again) and the cached story
     * dates.
     */
    void rolledBack() {
        for (String k : uncommitted) {
            sourceIds.remove(k);
        }
        uncommitted.clear();
        stories.forget();
        entityIds.rolledBack();
    }

    /** These entities' rows were deleted in the open transaction (no article names them any more): forgets their ids and names. */
    void entitiesDropped(Set<Long> ids) {
        entityIds.dropped(ids);
        persons.forget();
    }

    Long sourceId(String name) throws SQLException {
        if (name == null) {
            return null;
        }
        Long cached = sourceIds.get(name);
        if (cached != null) {
            return cached;
        }
        long id = findOrInsert("SELECT id FROM sources WHERE name = ?", "INSERT INTO sources(name) VALUES (?)", name);
        sourceIds.put(name, id);
        uncommitted.add(name);
        return id;
    }

    long insertArticle(LibraryEntry e, ContentFingerprint fp) throws SQLException {
        Article a = e.analyzed().article();
        Long source = sourceId(e.source());
        PreparedStatement ps = statements.returningId("INSERT INTO articles(ext_id, url, content_hash, minhash, title, body,"
                + " byline, published, language, source_id, origin, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        ps.setString(1, clip(a.id(), 1000));
        ps.setString(2, a.url());
        ps.setString(3, fp.contentHash());
        ps.setString(4, fp.minhashHex());
        ps.setString(5, clip(a.title(), 4000));
        bodies.bind(ps, 6, a.text());
        ps.setString(7, clip(a.byline(), 1000));
        ps.setString(8, clip(a.published(), 40));
        ps.setString(9, clip(a.language(), 16));
        if (source == null) {
            ps.setNull(10, Types.BIGINT);
        } else {
            ps.setLong(10, source);
        }
        ps.setString(11, clip(e.origin(), 4000));
        ps.setTimestamp(12, Timestamp.from(Instant.now()));
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void insertAnnotations(long id, LibraryEntry e) throws SQLException {
        Article a = e.analyzed().article();
        PreparedStatement ranges = statements.get("INSERT INTO article_ranges(article_id, paragraphs, sentences) VALUES (?,?,?)");
        ranges.setLong(1, id);
        ranges.setString(2, RangeList.encode(a.paragraphs()));
        ranges.setString(3, RangeList.encode(e.analyzed().sentences().stream().map(Sentence::range).toList()));
        ranges.executeUpdate();
        if (e.summary() != null) {
            List<SummarySentence> summary = e.summary().sentences();
            rows.insert("INSERT INTO summaries(article_id, sentence_idx, start_pos, end_pos, score)", 5, summary.size(), (ps, p, i) -> {
                SummarySentence s = summary.get(i);
                ps.setLong(p, id);
                ps.setInt(p + 1, s.sentenceIndex());
                ps.setInt(p + 2, s.range().start());
                ps.setInt(p + 3, s.range().end());
                ps.setDouble(p + 4, s.score());
            });
        }
        List<EntityMention> mentions = e.analyzed().entities();
        persons.load(statements);
        Map<String, String> libraryNames = persons.resolve(mentions, e.analyzed().sentences());
        // entity ids first, in mention order (a new entity's row is inserted here, so ids are as they always were)
        long[] entities = new long[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            String name = libraryNames.get(m.canonical());
            entities[i] = entityIds.id(name == null ? m : new EntityMention(m.range(), m.type(), name, m.title()));
        }
        // one row per entity, its mentions packed in document order (MentionPack; entities in first-mention order)
        Map<Long, MentionPack> packs = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            packs.computeIfAbsent(entities[i], k -> new MentionPack()).add(i, m.range().start(), m.range().end(), clip(m.title(), 1000));
        }
        List<Map.Entry<Long, MentionPack>> packed = new ArrayList<>(packs.entrySet());
        rows.insert("INSERT INTO entity_mentions(article_id, entity_id, mention_count, spans, titles)", 5, packed.size(), (ps, p, i) -> {
            MentionPack pack = packed.get(i).getValue();
            ps.setLong(p, id);
            ps.setLong(p + 1, packed.get(i).getKey());
            ps.setInt(p + 2, pack.count());
            ps.setString(p + 3, pack.spans());
            ps.setString(p + 4, pack.titles());
        });
        quotes(id, e.analyzed().quotes(), libraryNames);
        times(id, e.analyzed().times(), e.analyzed().sentences());
    }

    private void quotes(long id, List<Quote> quotes, Map<String, String> libraryNames) throws SQLException {
        rows.insert("INSERT INTO quotes(article_id, idx, start_pos, end_pos, content_start, content_end,"
                + " kind, speaker, speaker_start, speaker_end, cue)", 11, quotes.size(), (ps, p, i) -> {
            Quote q = quotes.get(i);
            ps.setLong(p, id);
            ps.setInt(p + 1, i);
            ps.setInt(p + 2, q.range().start());
            ps.setInt(p + 3, q.range().end());
            ps.setInt(p + 4, q.content().start());
            ps.setInt(p + 5, q.content().end());
            ps.setString(p + 6, q.kind().name());
            String speaker = q.speaker() == null ? null : libraryNames.getOrDefault(q.speaker(), q.speaker());
            ps.setString(p + 7, clip(speaker, 1000));
            setInt(ps, p + 8, q.speakerRange() == null ? null : q.speakerRange().start());
            setInt(ps, p + 9, q.speakerRange() == null ? null : q.speakerRange().end());
            ps.setString(p + 10, clip(q.cue(), 200));
        });
    }

    private void times(long id, List<TimeExpression> times, List<Sentence> sentences) throws SQLException {
        rows.insert("INSERT INTO time_expressions(article_id, idx, start_pos, end_pos, time_value, granularity)", 6, times.size(),
                (ps, p, i) -> {
                    TimeExpression t = times.get(i);
                    ps.setLong(p, id);
                    ps.setInt(p + 1, i);
                    ps.setInt(p + 2, t.range().start());
                    ps.setInt(p + 3, t.range().end());
                    ps.setString(p + 4, clip(t.value(), 100));
                    ps.setString(p + 5, t.granularity().name());
                });
        // the dated events: each calendar time with the sentence it is in
        List<int[]> events = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeExpression t = times.get(i);
            int sentence = sentenceAt(sentences, t.range().start());
            if (TimelineEvent.isCalendarValue(t.value()) && sentence >= 0) {
                events.add(new int[] {i, sentence});
            }
        }
        rows.insert("INSERT INTO events(article_id, time_idx, sentence_idx, time_value)", 4, events.size(), (ps, p, i) -> {
            int[] ev = events.get(i);
            ps.setLong(p, id);
            ps.setInt(p + 1, ev[0]);
            ps.setInt(p + 2, ev[1]);
            ps.setString(p + 3, clip(times.get(ev[0]).value(), 100));
        });
    }

    void features(long id, ArticleFeatures f) throws SQLException {
        PreparedStatement ps = statements.get("INSERT INTO article_features(article_id, terms, key_names, meaning) VALUES (?,?,?,?)");
        ps.setLong(1, id);
        ps.setString(2, encode(f.terms()));
        ps.setString(3, encode(f.keys()));
        ps.setString(4, ArticleFeatures.encodeMeaning(f.meaningVector()));
        ps.executeUpdate();
    }

    /** One "name TAB count" per line; names lose tabs and line breaks. */
    static String encode(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(oneLine(k)).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    private static String oneLine(String k) {
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') {
                return k.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
            }
        }
        return k;
    }

    static Map<String, Integer> decode(String s) {
        Map<String, Integer> out = new LinkedHashMap<>(); // the order it was written in
        for (String line : s.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                out.merge(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)), Integer::sum);
            }
        }
        return out;
    }

    void related(long id, List<TopicSpace.Related> related) throws SQLException {
        rows.insert("INSERT INTO related(article_id, related_id, score)", 3, related.size(), (ps, p, i) -> {
            ps.setLong(p, id);
            ps.setLong(p + 1, related.get(i).articleId());
            ps.setDouble(p + 2, related.get(i).score());
        });
    }

    /**
     * Sets the publication date a just-inserted article's page declares apart from its published date
     * ({@link LibraryEntry#declaredPublished}); an update of its own, as {@link #textNote}, so the insert stays as it was.
     */
    void declaredPublished(long articleId, String date) throws SQLException {
        PreparedStatement ps = statements.get("UPDATE articles SET declared_published = ? WHERE id = ?");
        ps.setString(1, clip(date, 40));
        ps.setLong(2, articleId);
        ps.executeUpdate();
    }

    /** Sets the note on where a just-inserted article's text came from ({@link LibraryEntry#textNote}). */
    void textNote(long articleId, String note) throws SQLException {
        PreparedStatement ps = statements.get("UPDATE articles SET text_note = ? WHERE id = ?");
        ps.setString(1, clip(note, 1000));
        ps.setLong(2, articleId);
        ps.executeUpdate();
    }

    /**
     * Records another copy of an article, once per origin; nothing when the origin is the article's own
     * (the same item read again, as by a rerun of an interrupted load).
     */
    void copy(long articleId, String origin, String url, String source, String kind) throws SQLException {
        Long sourceId = sourceId(source);
        for (String sql : new String[] {"SELECT 1 FROM articles WHERE id = ? AND origin = ?",
                "SELECT 1 FROM article_copies WHERE article_id = ? AND origin = ?"}) {
            PreparedStatement find = statements.get(sql);
            find.setLong(1, articleId);
            find.setString(2, clip(origin, 4000));
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        PreparedStatement ps = statements.get("INSERT INTO article_copies(article_id, origin, url, source_id, kind) VALUES (?,?,?,?,?)");
        ps.setLong(1, articleId);
        ps.setString(2, clip(origin, 4000));
        ps.setString(3, clip(url, 4000));
        if (sourceId == null) {
            ps.setNull(4, Types.BIGINT);
        } else {
            ps.setLong(4, sourceId);
        }
        ps.setString(5, kind);
        ps.executeUpdate();
    }

    void log(String item, String status, String reason, Long articleId) throws SQLException {
        PreparedStatement ps = statements.get("INSERT INTO ingest_log(item, status, reason, article_id, logged_at) VALUES (?,?,?,?,?)");
        ps.setString(1, clip(item, 4000));
        ps.setString(2, status);
        ps.setString(3, clip(reason, 4000));
        if (articleId == null) {
            ps.setNull(4, Types.BIGINT);
        } else {
            ps.setLong(4, articleId);
        }
        ps.setTimestamp(5, Timestamp.from(Instant.now()));
        ps.executeUpdate();
    }

    private long findOrInsert(String select, String insert, String value) throws SQLException {
        PreparedStatement find = statements.get(select);
        find.setString(1, value);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                return rs.getLong(1);
            }
        }
        PreparedStatement ps = statements.returningId(insert);
        ps.setString(1, value);
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).range().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? -1 : sentences.get(found).index();
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
