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
 * one the median of the full calendar dates written in its lead, the first {@value #LEAD_CHARS} characters
 * of its text, where a dateline or a publication stamp sits ("BOLOGNA, May 20, 2012 (Reuters) -";
 * relative expressions stay unresolved without a publication date, so only written dates count). A full
 * date further on is mostly another time: of the TimeML training documents (TimeBank and AQUAINT), 26
 * body dates with a written year, 2 within 30 days of the document's creation date (history, maturities,
 * deadlines). Stateless.
 */
final class StoryDates {

    /** How far into the text a written date still counts as the article's own (a dateline, a stamp). */
    static final int LEAD_CHARS = 100;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private StoryDates() {
    }

    /** The publication day if known, else the median written date of the text's lead, else null. */
    static Long day(Long published, List<TimeExpression> times) {
        if (published != null) {
            return published;
        }
        List<String> values = new ArrayList<>();
        times.stream().filter(t -> t.range().start() < LEAD_CHARS).forEach(t -> values.add(t.value()));
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

    /** The lead days of the stored articles without a publication date ({@link #day} for stored articles). */
    static Map<Long, Long> textDays(Connection c) throws SQLException {
        Map<Long, List<String>> values = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.article_id, t.time_value FROM time_expressions t"
                + " JOIN articles a ON a.id = t.article_id WHERE a.published IS NULL AND t.start_pos < " + LEAD_CHARS + " ORDER BY t.article_id, t.idx")) {
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
