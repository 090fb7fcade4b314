package dev.precis.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.store.ArticleFeatures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exported article's stored story features on its line: {@code "storyFeatures": {"terms": [["pier", 4],
 * …], "keys": [["Jones", 2], …]}}, each list in the stored order (pairs, not an object, so that no JSON tool
 * reorders them: ties between stories are broken in this order). {@code precis ingest --analyzed} plans with
 * them as they are ({@link dev.precis.store.Library#prepare(dev.precis.store.LibraryEntry, dev.precis.store.ContentFingerprint, float[], ArticleFeatures)}):
 * recomputed from the exported analysis they would read the library's person names ("Richard Jones") where the
 * first ingest read the article's own ("Jones"), and a few stories would come out otherwise. Stateless.
 */
final class StoryFeaturesJson {

    static final String FIELD = "storyFeatures";

    private StoryFeaturesJson() {
    }

    /** Writes {@code f}'s words and key names (not its meaning vector) into the line. */
    static void write(ObjectNode line, ArticleFeatures f) {
        ObjectNode o = line.putObject(FIELD);
        pairs(o.putArray("terms"), f.terms());
        pairs(o.putArray("keys"), f.keys());
    }

    private static void pairs(ArrayNode into, Map<String, Integer> counts) {
        counts.forEach((name, count) -> into.addArray().add(name).add(count));
    }

    /**
     * The features a line carries, or null when it carries none (a line of precis-batch or of an older
     * export); an {@link IllegalArgumentException} naming the problem when the field is malformed.
     */
    static ArticleFeatures read(JsonNode line) {
        JsonNode o = line.get(FIELD);
        if (o == null || o.isNull()) {
            return null;
        }
        if (!o.isObject()) {
            throw new IllegalArgumentException(FIELD + ": not an object");
        }
        return ArticleFeatures.stored(counts(o, "terms"), counts(o, "keys"));
    }

    private static Map<String, Integer> counts(JsonNode o, String field) {
        JsonNode list = o.path(field);
        if (!list.isArray()) {
            throw new IllegalArgumentException(FIELD + "." + field + ": not a list of [name, count] pairs");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode pair : list) {
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).canConvertToInt()
                    || !pair.get(1).isIntegralNumber()) {
                throw new IllegalArgumentException(FIELD + "." + field + ": " + pair + " is not a [name, count] pair");
            }
            if (out.put(pair.get(0).asText(), pair.get(1).asInt()) != null) {
                throw new IllegalArgumentException(FIELD + "." + field + ": '" + pair.get(0).asText() + "' given twice");
            }
        }
        return out;
    }
}
