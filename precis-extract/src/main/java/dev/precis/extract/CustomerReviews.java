package dev.precis.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Tells a page's own schema.org {@code Review} (a review article: the Review is the page's object and names
 * the product it reviews) from the customer reviews a shop lists under its product (Review objects given as
 * the value of a {@code review} or {@code reviews} property, as schema.org's Product and Offer carry them).
 * A shop's product page with buyers' reviews declares no article; a review article does. Only called for a
 * JSON-LD block that names a Review, so most pages never parse a block here. Stateless and thread-safe.
 */
final class CustomerReviews {

    private static final ObjectMapper JSON = JsonLdArticle.JSON;
    private static final int MAX_NODES = JsonLdArticle.MAX_NODES;
    /** The properties under which schema.org puts an item's reviews. */
    static final Set<String> REVIEW_PROPERTIES = Set.of("review", "reviews");

    private CustomerReviews() {
    }

    /**
     * The Review objects of one JSON-LD block: {all, those under a review property}; null when the block is
     * no JSON (the caller then counts every Review as the page's own).
     */
    static int[] count(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            return null;
        }
        if (root == null) {
            return null;
        }
        int all = 0;
        int listed = 0;
        Deque<JsonNode> nodes = new ArrayDeque<>();
        Deque<Boolean> underReview = new ArrayDeque<>();
        nodes.add(root);
        underReview.add(false);
        int seen = 0;
        while (!nodes.isEmpty() && seen++ < MAX_NODES) {
            JsonNode n = nodes.poll();
            boolean listedHere = underReview.poll();
            if (n.isArray()) {
                for (JsonNode child : n) {
                    nodes.add(child);
                    underReview.add(listedHere);
                }
                continue;
            }
            if (!n.isObject()) {
                continue;
            }
            if (isReview(n.get("@type"))) {
                all++;
                listed += listedHere ? 1 : 0;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isContainerNode()) {
                    nodes.add(field.getValue());
                    underReview.add(REVIEW_PROPERTIES.contains(field.getKey()));
                }
            }
        }
        return new int[] {all, listed};
    }

    private static boolean isReview(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("Review".equals(t.asText().strip())) {
                    return true;
                }
            }
            return false;
        }
        return "Review".equals(type.asText().strip());
    }
}
