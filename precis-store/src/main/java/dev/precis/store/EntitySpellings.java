package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each full spelling of a person is met, so that a page is shown under the spelling most articles use rather
 * than the first one the library met ("Dorrit Hallam" written nine times over one "Dorit Hallam"). A spelling is a
 * mention's text with at least two words; a surname alone (with its particles or not) is no spelling of the whole
 * name. The counts ride on the row already written per article and entity (V1_13, {@code entity_mentions.spellings}:
 * one line "count TAB spelling" per spelling, in first-met order; null when the article spells the person in full
 * nowhere), so that writing an article costs no more rows, and refreshing or re-filing an article moves its counts
 * with its mentions.
 */
final class EntitySpellings {

    private EntitySpellings() {
    }

    /** The full spelling a mention's text gives (spaces made single, a possessive "'s" cut), or null. */
    static String fullSpelling(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        String s = singleSpaced(text, start, end);
        if (s.endsWith("'s") || s.endsWith("\u2019s")) {
            s = s.substring(0, s.length() - 2);
        }
        // a surname with its particles ("De Vido") is no whole name either
        return s.indexOf(' ') > 0 && s.length() <= 1000 && NameKey.particleSurname(s) == null ? s : null;
    }

    /** The text between start and end, stripped, each run of white space one space (no pattern: it runs per mention). */
    private static String singleSpaced(String text, int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** One article's person spellings: entity id → its encoded list (only entities spelled in full at least once). */
    static Map<Long, String> perEntity(String text, List<EntityMention> mentions, long[] entities) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            String s = m.type() == EntityType.PERSON ? fullSpelling(text, m.range().start(), m.range().end()) : null;
            if (s != null) {
                counts.computeIfAbsent(entities[i], k -> new LinkedHashMap<>()).merge(s, 1, Integer::sum);
            }
        }
        Map<Long, String> out = new HashMap<>();
        counts.forEach((entity, spellings) -> out.put(entity, encode(spellings)));
        return out;
    }

    static String encode(Map<String, Integer> spellings) {
        StringBuilder b = new StringBuilder();
        spellings.forEach((s, n) -> b.append(b.length() == 0 ? "" : "\n").append(n).append('\t').append(s));
        return b.toString();
    }

    /** An encoded list back as spelling → count, in first-met order (empty for null). */
    static Map<String, Integer> decode(String encoded) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                int tab = line.indexOf('\t');
                out.merge(line.substring(tab + 1), Integer.parseInt(line.substring(0, tab)), Integer::sum);
            }
        }
        return out;
    }

    /**
     * The name a page is shown under: its most-met full spelling; of spellings met as often, the longest, then the
     * first met (the lowest article id), then the stored name, then the first in code-point order (two spellings
     * first met in one article); the stored name when none is counted (a surname alone, not a person).
     */
    static String displayName(Connection c, long entityId, String canonical) throws SQLException {
        Map<String, long[]> totals = new HashMap<>(); // spelling → {mentions, first article}
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, spellings FROM entity_mentions"
                + " WHERE entity_id = ? AND spellings IS NOT NULL")) {
            ps.setLong(1, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long article = rs.getLong(1);
                    decode(rs.getString(2)).forEach((s, n) -> {
                        long[] t = totals.computeIfAbsent(s, k -> new long[] {0, article});
                        t[0] += n;
                        t[1] = Math.min(t[1], article);
                    });
                }
            }
        }
        String best = canonical;
        long bestCount = 0;
        long bestFirst = Long.MAX_VALUE;
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            String s = e.getKey();
            long n = e.getValue()[0];
            long first = e.getValue()[1];
            // a spelling must end in the page's surname (give or take a letter): a span that does not cover
            // the name (a stored mention whose text changed) names no one
            if (NameKey.sameSurname(s.substring(s.lastIndexOf(' ') + 1), canonical)
                    && beats(s, n, first, best, bestCount, bestFirst, canonical)) {
                best = s;
                bestCount = n;
                bestFirst = first;
            }
        }
        return best;
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

    /**
     * The person most often spelled this way ("Dorrit Hallam" on a page stored as "Dorit Hallam"), or null. Read only
     * when no page is stored under the name, so the lists are searched by a pattern rather than kept in an index that
     * every article would have to write.
     */
    static Long personSpelled(Connection c, String spelling) throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.entity_id, m.spellings FROM entity_mentions m"
                + " JOIN entities e ON e.id = m.entity_id WHERE e.type = ? AND m.spellings LIKE ? ESCAPE '!'")) {
            ps.setString(1, EntityType.PERSON.name());
            ps.setString(2, "%" + spelling.replaceAll("[!%_]", "!$0") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer n = decode(rs.getString(2)).get(spelling);
                    if (n != null) {
                        counts.merge(rs.getLong(1), (long) n, Long::sum);
                    }
                }
            }
        }
        Long best = null;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && e.getKey() < best) {
                best = e.getKey();
            }
        }
        return best;
    }
}
