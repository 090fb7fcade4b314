package dev.precis.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Digest}: the stories with articles in the window, ranked by
 * {@code (new articles + 2 x new sources + ln(1 + size)) x (0.5 + 0.5 x recency)}, where recency halves
 * with every {@value #RECENCY_DAYS} days between a story's newest article in the window and the newest
 * article of the whole window. One query over the window's articles, then one summary per story shown.
 * Not thread-safe (the library calls it under its lock).
 */
final class DigestReader {

    static final double RECENCY_DAYS = 3;
    private final Connection c;
    private final ArticleReader reader;

    DigestReader(Connection c, ArticleReader reader) {
        this.c = c;
        this.reader = reader;
    }

    private static final class Group {
        final List<ArticleRef> articles = new ArrayList<>();
        final Set<String> sources = new HashSet<>();
        Long latest;
    }

    Digest digest(DigestWindow w, int limit, String generated) throws SQLException {
        Map<Long, Group> groups = new HashMap<>();
        Long newest = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT m.story_id, a.id, a.title, a.published, s.name FROM story_members m"
                + " JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id WHERE " + w.condition()
                + " ORDER BY COALESCE(a.published, '') DESC, a.id DESC")) {
            w.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Group g = groups.computeIfAbsent(rs.getLong(1), x -> new Group());
                    String published = rs.getString(4);
                    g.articles.add(new ArticleRef(rs.getLong(2), rs.getString(3), published, rs.getString(5), 0));
                    if (rs.getString(5) != null) {
                        g.sources.add(rs.getString(5));
                    }
                    Long day = day(published);
                    if (day != null) {
                        g.latest = g.latest == null ? day : Math.max(g.latest, day);
                        newest = newest == null ? day : Math.max(newest, day);
                    }
                }
            }
        }
        List<Digest.Entry> ranked = new ArrayList<>();
        for (Map.Entry<Long, Group> e : groups.entrySet()) {
            StoryInfo info = reader.storyInfo(e.getKey()).orElse(null);
            if (info == null) {
                continue;
            }
            Group g = e.getValue();
            double recency = g.latest == null || newest == null ? 0.5 : Math.pow(0.5, (newest - g.latest) / RECENCY_DAYS);
            double score = (g.articles.size() + 2.0 * g.sources.size() + Math.log1p(info.size())) * (0.5 + 0.5 * recency);
            ranked.add(new Digest.Entry(info, g.articles, g.sources.size(), score, null));
        }
        ranked.sort(Comparator.comparingDouble((Digest.Entry x) -> -x.score()).thenComparingLong(x -> -x.story().id()));
        List<Digest.Entry> out = new ArrayList<>();
        StorySummaries summaries = new StorySummaries(c);
        for (Digest.Entry x : ranked.subList(0, Math.min(limit, ranked.size()))) {
            // over the window's articles, as the list above and GET /api/stories/{id}/summary?since= count them
            StorySummary summary = summaries.summary(x.story().id(), w, StorySummaries.MAX_SENTENCES);
            out.add(new Digest.Entry(x.story(), x.newArticles(), x.sources(), x.score(), summary));
        }
        return new Digest(w, generated, out);
    }

    private static Long day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toEpochDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
