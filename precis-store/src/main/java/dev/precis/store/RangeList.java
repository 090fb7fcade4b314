package dev.precis.store;

import dev.precis.model.TextRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's paragraph or sentence ranges as one value of the {@code article_ranges} table: the start and
 * end of each range in order, comma-separated ({@code "0,41,42,97"}; empty for none). Those ranges are only
 * ever read whole, per article, so one row per article replaces a row per range (V1_8: about 27 rows less
 * for each BBC article, and the commit of a bulk load's transaction visits every row it inserted). Hand-
 * written because the format is two integers a range, nothing a serialisation library would make shorter.
 */
final class RangeList {

    private RangeList() {
    }

    /** Which of an article's range lists {@link #read} reads: a column of {@code article_ranges}. */
    enum Kind {
        PARAGRAPHS("SELECT paragraphs FROM article_ranges WHERE article_id = ?"),
        SENTENCES("SELECT sentences FROM article_ranges WHERE article_id = ?");

        private final String query;

        Kind(String query) {
            this.query = query;
        }
    }

    /** The article's stored ranges of that kind, in order (none for an article without a row). */
    static List<TextRange> read(Connection c, long articleId, Kind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(kind.query)) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? decode(rs.getString(1)) : new ArrayList<>();
            }
        }
    }

    static String encode(List<TextRange> ranges) {
        StringBuilder sb = new StringBuilder(ranges.size() * 10);
        for (TextRange r : ranges) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(r.start()).append(',').append(r.end());
        }
        return sb.toString();
    }

    /** The ranges of {@link #encode}'s value; a value that is not one (an odd count, a bad number) is an error. */
    static List<TextRange> decode(String value) {
        List<TextRange> out = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return out;
        }
        int n = value.length();
        int pos = 0;
        int[] pair = new int[2];
        int k = 0;
        while (pos <= n) {
            int comma = value.indexOf(',', pos);
            int end = comma < 0 ? n : comma;
            pair[k++] = Integer.parseInt(value, pos, end, 10);
            if (k == 2) {
                out.add(new TextRange(pair[0], pair[1]));
                k = 0;
            }
            pos = end + 1;
        }
        if (k != 0) {
            throw new IllegalArgumentException("an odd count of range bounds: " + value.length() + " characters");
        }
        return out;
    }
}
