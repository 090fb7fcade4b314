package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lean reads of one article: the summary's title, body and sentence ranges in two primary-key lookups
 * (none of the joins {@link ArticleReader#article} makes), and its entity mentions with their ranges. Not thread-safe (the {@link Library}
 * serialises calls on its connection).
 */
final class TextReader {

    private final Connection c;

    TextReader(Connection c) {
        this.c = c;
    }

    Optional<ArticleText> text(long id) throws SQLException {
        String title;
        String body;
        try (PreparedStatement ps = c.prepareStatement("SELECT title, body FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                body = rs.getString(2);
            }
        }
        return Optional.of(new ArticleText(id, title, body, sentences(c, id)));
    }

    /** The article's sentences, numbered in order (none for an article without ranges). */
    static List<Sentence> sentences(Connection c, long id) throws SQLException {
        List<Sentence> sentences = new ArrayList<>();
        for (TextRange r : RangeList.read(c, id, RangeList.Kind.SENTENCES)) {
            sentences.add(new Sentence(sentences.size(), r));
        }
        return sentences;
    }

    /** The article's entity mentions in document order (empty for an unknown id). */
    List<EntityMention> mentions(long id) throws SQLException {
        List<MentionPack.Indexed> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.spans, m.titles, e.type, e.canonical FROM entity_mentions m"
                + " JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MentionPack.decode(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getString(4), out);
                }
            }
        }
        return MentionPack.inOrder(out);
    }
}
