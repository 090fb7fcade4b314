package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each full spelling of a person is met (V1_13, {@code entity_spellings}: a row per article, person and
 * spelling), so that a page is shown under the spelling most articles use rather than the first one the library met
 * ("Dorrit Hallam" written nine times over one "Dorit Hallam"). A spelling is a mention's text with at least two
 * words; a surname alone (with its particles or not) is no spelling of the whole name. Rows are per article so that refreshing or
 * re-filing an article moves its counts with it.
 */
final class EntitySpellings {

    static final String INSERT = "INSERT INTO entity_spellings(article_id, entity_id, spelling, mentions)";

    private EntitySpellings() {
    }

    /** The full spelling a mention's text gives (spaces made single, a possessive "'s" cut), or null. */
    static String fullSpelling(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        String s = text.substring(start, end).strip().replaceAll("\\s+", " ");
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        // a surname with its particles ("De Vido") is no whole name either
        return s.indexOf(' ') > 0 && s.length() <= 1000 && NameKey.particleSurname(s) == null ? s : null;
    }

    /** One article's person spellings: (entity id, spelling) → count, in first-mention order. */
    static Map<Key, Integer> count(String text, List<EntityMention> mentions, long[] entities) {
        Map<Key, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            String s = m.type() == EntityType.PERSON ? fullSpelling(text, m.range().start(), m.range().end()) : null;
            if (s != null) {
                out.merge(new Key(entities[i], s), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Writes one article's counts. */
    static void write(MultiRowInsert rows, long articleId, Map<Key, Integer> counts) throws SQLException {
        List<Map.Entry<Key, Integer>> list = new ArrayList<>(counts.entrySet());
        rows.insert(INSERT, 4, list.size(), (ps, p, i) -> {
            ps.setLong(p, articleId);
            ps.setLong(p + 1, list.get(i).getKey().entity());
            ps.setString(p + 2, list.get(i).getKey().spelling());
            ps.setInt(p + 3, list.get(i).getValue());
        });
    }

    /**
     * The name a page is shown under: its most-met full spelling; of spellings met as often, the longest, then the
     * first met (the lowest article id), then the stored name, then the first in code-point order (two spellings
     * first met in one article); the stored name when none is counted (a surname alone, not a person).
     */
    static String displayName(Connection c, long entityId, String canonical) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT spelling, SUM(mentions) n, MIN(article_id) f FROM entity_spellings"
                + " WHERE entity_id = ? GROUP BY spelling")) {
            ps.setLong(1, entityId);
            String best = canonical;
            long bestCount = 0;
            long bestFirst = Long.MAX_VALUE;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String s = rs.getString(1);
                    long n = rs.getLong(2);
                    long first = rs.getLong(3);
                    // a spelling must end in the page's surname (give or take a letter): a span that does not cover
                    // the name (a stored mention whose text changed) names no one
                    if (NameKey.sameSurname(s.substring(s.lastIndexOf(' ') + 1), canonical)
                            && beats(s, n, first, best, bestCount, bestFirst, canonical)) {
                        best = s;
                        bestCount = n;
                        bestFirst = first;
                    }
                }
            }
            return best;
        }
    }

    /** Whether spelling {@code s} (met {@code n} times, first in article {@code first}) is shown before {@code best}. */
    private static boolean beats(String s, long n, long first, String best, long bestCount, long bestFirst, String canonical) {
        if (n != bestCount) {
            return n > bestCount;
        }
        if (s.length() != best.length()) {
            return s.length() > best.length();
        }
        if (first != bestFirst) {
            return first < bestFirst;
        }
        return !best.equals(canonical) && (s.equals(canonical) || s.compareTo(best) < 0);
    }

    /** The person most often spelled this way ("Dorrit Hallam" on a page stored as "Dorit Hallam"), or null. */
    static Long personSpelled(Connection c, String spelling) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.entity_id, SUM(s.mentions) n FROM entity_spellings s"
                + " JOIN entities e ON e.id = s.entity_id WHERE s.spelling = ? AND e.type = ?"
                + " GROUP BY s.entity_id ORDER BY n DESC, s.entity_id FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, spelling);
            ps.setString(2, EntityType.PERSON.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** A person's spelling in one article. */
    record Key(long entity, String spelling) {
    }
}
