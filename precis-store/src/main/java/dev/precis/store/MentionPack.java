package dev.precis.store;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions of one entity in one article as one row of {@code entity_mentions} (V1_9): the mentions'
 * places as {@code "idx,start,end,idx,start,end,…"} (idx: the mention's place in the article's document order)
 * and their titles as one value, null when no mention has one, else per mention {@code ~} (no title) or
 * {@code LENGTH:TITLE} (LENGTH in Java chars), concatenated. A row per mention cost a B-tree put for the primary
 * key and another for the by-entity index; a BBC load wrote 52,540 mention rows in 28,795 (article, entity)
 * pairs, and mentions are only read whole per article or counted per article and entity. Hand-written like
 * {@link RangeList}: integers and length-prefixed strings, nothing a serialisation library would make shorter.
 */
final class MentionPack {

    private final StringBuilder spans = new StringBuilder();
    private StringBuilder titles;
    private int count;

    /** Adds the next mention of this entity (in document order): its article-wide index, range and title. */
    void add(int idx, int start, int end, String title) {
        if (count > 0) {
            spans.append(',');
        }
        spans.append(idx).append(',').append(start).append(',').append(end);
        if (title != null && titles == null) {
            titles = new StringBuilder();
            for (int i = 0; i < count; i++) {
                titles.append('~');
            }
        }
        if (titles != null) {
            if (title == null) {
                titles.append('~');
            } else {
                titles.append(title.length()).append(':').append(title);
            }
        }
        count++;
    }

    int count() {
        return count;
    }

    String spans() {
        return spans.toString();
    }

    /** Null when no mention has a title. */
    String titles() {
        return titles == null ? null : titles.toString();
    }

    /** One stored mention with its article-wide index. */
    record Indexed(int idx, EntityMention mention) {
    }

    /**
     * Adds to {@code out} the mentions of one row ({@link #spans()} and {@link #titles()} values) of an entity;
     * a value that is not one (a bad number, a count that does not match) is an error.
     */
    static void decode(String spans, String titles, EntityType type, String canonical, List<Indexed> out) {
        int n = spans.length();
        int pos = 0;
        int t = 0;
        int[] triple = new int[3];
        int k = 0;
        while (pos < n) {
            int comma = spans.indexOf(',', pos);
            int end = comma < 0 ? n : comma;
            triple[k++] = Integer.parseInt(spans, pos, end, 10);
            pos = end + 1;
            if (k == 3) {
                k = 0;
                String title = null;
                if (titles != null) {
                    if (titles.charAt(t) == '~') {
                        t++;
                    } else {
                        int colon = titles.indexOf(':', t);
                        int len = Integer.parseInt(titles, t, colon, 10);
                        title = titles.substring(colon + 1, colon + 1 + len);
                        t = colon + 1 + len;
                    }
                }
                out.add(new Indexed(triple[0], new EntityMention(new TextRange(triple[1], triple[2]), type, canonical, title)));
            }
        }
        if (k != 0 || (titles != null && t != titles.length())) {
            throw new IllegalArgumentException("packed mentions that do not decode: " + spans.length() + " characters");
        }
    }

    /** The mentions of {@link #decode}'s rows in document order. */
    static List<EntityMention> inOrder(List<Indexed> rows) {
        rows.sort((a, b) -> Integer.compare(a.idx(), b.idx()));
        List<EntityMention> out = new ArrayList<>(rows.size());
        for (Indexed r : rows) {
            out.add(r.mention());
        }
        return out;
    }
}
