package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.model.TextRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads articles back whole, a page in id order at a time, for {@code precis export}: the text, its
 * paragraphs and sentences, entity mentions, quotes, times, summary (with each sentence's score and shown
 * range), source, origin, note, meaning vector and story features. Not thread-safe (the {@link Library} serialises calls).
 */
final class ExportReader {

    private final Connection c;
    private final ArticleReader articles;

    ExportReader(Connection c, ArticleReader articles) {
        this.c = c;
        this.articles = articles;
    }

    /** A row of the articles table, read before the per-article queries (one open result set at a time). */
    private record Row(long id, Article article, String source, String origin, String textNote, String meaning,
            ArticleFeatures features, String declaredPublished) {
    }

    List<ExportedArticle> page(long afterId, int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.ext_id, a.title, a.body, a.url, a.byline, a.published, a.language,"
                + " s.name, a.origin, a.text_note, f.meaning, f.terms, f.key_names, a.declared_published FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                + " LEFT JOIN article_features f ON f.article_id = a.id WHERE a.id > ? ORDER BY a.id FETCH FIRST ? ROWS ONLY")) {
            ps.setLong(1, afterId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String extId = rs.getString(2);
                    String body = rs.getString(4);
                    Article article = new Article(extId == null ? Long.toString(id) : extId, rs.getString(3), body,
                            List.of(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    String terms = rs.getString(13);
                    ArticleFeatures features = terms == null ? null
                            : new ArticleFeatures(ArticleWriter.decode(terms), ArticleWriter.decode(Objects.toString(rs.getString(14), "")));
                    rows.add(new Row(id, article, rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), features,
                            rs.getString(15)));
                }
            }
        }
        List<ExportedArticle> out = new ArrayList<>();
        for (Row r : rows) {
            Article a = r.article();
            Article withParagraphs = new Article(a.id(), a.title(), a.text(), RangeList.read(c, r.id(), RangeList.Kind.PARAGRAPHS),
                    a.url(), a.byline(), a.published(), a.language());
            AnalyzedArticle analyzed = new AnalyzedArticle(withParagraphs, TextReader.sentences(c, r.id()),
                    new TextReader(c).mentions(r.id()), articles.quotes(r.id()), articles.times(r.id()));
            // an article stored before origins were kept still needs one: the library's own name for it
            String origin = r.origin() != null ? r.origin() : "article " + r.id();
            out.add(new ExportedArticle(r.id(), new LibraryEntry(analyzed, summary(r.id(), a.id()), r.source(), origin, r.textNote(),
                    r.declaredPublished()),
                    r.meaning(), r.features()));
        }
        return out;
    }

    private Summary summary(long id, String articleId) throws SQLException {
        List<SummarySentence> chosen = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sentence_idx, start_pos, end_pos, score FROM summaries WHERE article_id = ? ORDER BY sentence_idx")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chosen.add(new SummarySentence(rs.getInt(1), new TextRange(rs.getInt(2), rs.getInt(3)), rs.getDouble(4)));
                }
            }
        }
        return new Summary(articleId, chosen);
    }
}
