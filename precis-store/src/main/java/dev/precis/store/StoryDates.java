package dev.precis.store;

import dev.precis.model.TimeExpression;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The day an article is placed at for story grouping: its publication date, or for an article without
 * one the median of the full calendar dates its text names ("on 16 March 2005"; relative expressions stay
 * unresolved without a publication date, so only written dates count). Stateless.
 */
final class StoryDates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StoryDates() {
    }

    /** The publication day if known, else the text's median written date, else null. */
    static Long day(Long published, List<TimeExpression> times) {
        if (published != null) {
            return published;
        }
        List<String> values = new ArrayList<>();
        times.forEach(t -> values.add(t.value()));
        return median(values);
    }

    /** The median of the full dates among ISO values (null, other granularities and bad dates skipped). */
    static Long median(List<String> values) {
        List<Long> days = new ArrayList<>();
        for (String v : values) {
            if (v != null && DAY.matcher(v).matches()) {
                try {
                    days.add(LocalDate.parse(v).toEpochDay());
                } catch (DateTimeParseException e) {
                    // a resolver value that is no real date: not evidence of when the article was written
                }
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        days.sort(null);
        return days.get((days.size() - 1) / 2);
    }

    /** The text days of the stored articles without a publication date. */
    static Map<Long, Long> textDays(Connection c) throws SQLException {
        Map<Long, List<String>> values = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.article_id, t.time_value FROM time_expressions t"
                + " JOIN articles a ON a.id = t.article_id WHERE a.published IS NULL ORDER BY t.article_id, t.idx")) {
            while (rs.next()) {
                values.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<Long, Long> out = new HashMap<>();
        values.forEach((id, v) -> {
            Long d = median(v);
            if (d != null) {
                out.put(id, d);
            }
        });
        return out;
    }
}
