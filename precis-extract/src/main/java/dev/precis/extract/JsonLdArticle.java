package dev.precis.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting},
 * …, also inside {@code @graph} and arrays): headline, authors, dates, publisher. Broken JSON is
 * ignored. {@code authorBios}: the {@code description} of each author object (a Person given inline or by
 * its {@code @id}), the bio a page often prints again after its text. Immutable and thread-safe.
 */
record JsonLdArticle(String headline, List<String> authors, String published, String modified,
                     String publisher, String url, String language, List<String> authorBios) {

    // When no article object carries the dates, those of the page's other objects (a WebPage with
    // datePublished) stand in; an author given only as {"@id": …} is the Person with that @id.

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final int MAX_NODES = 20_000;

    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null, null, null, List.of());

    /**
     * The page's JSON-LD texts: {@code <script type="application/ld+json">} blocks, and the same JSON
     * some script frameworks render into the head as {@code <meta name="script:ld+json" content="…">}.
     */
    private static List<String> blocks(Document doc) {
        List<String> out = new ArrayList<>(4);
        for (Element script : doc.getElementsByTag("script")) {
            if ("application/ld+json".equalsIgnoreCase(script.attr("type").strip())) {
                out.add(script.data().strip());
            }
        }
        if (doc.head() != null) {
            for (Element meta : doc.head().getElementsByTag("meta")) {
                String name = meta.attr("name");
                if (name.regionMatches(true, Math.max(0, name.length() - 7), "ld+json", 0, 7)
                        && meta.attr("content").strip().startsWith("{")) {
                    out.add(meta.attr("content").strip());
                }
            }
        }
        return out;
    }

    static JsonLdArticle of(Document doc) {
        JsonNode best = null;
        String publisherFallback = null;
        JsonNode dated = null;
        Map<String, JsonNode> byId = new HashMap<>();
        for (String data : blocks(doc)) {
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (Exception e) {
                continue;
            }
            Deque<JsonNode> queue = new ArrayDeque<>();
            queue.add(root);
            int seen = 0;
            while (!queue.isEmpty() && seen++ < MAX_NODES) {
                JsonNode n = queue.poll();
                if (n.isArray()) {
                    n.forEach(queue::add);
                } else if (n.isObject()) {
                    if (isArticle(n) && (best == null || !best.has("headline") && n.has("headline"))) {
                        best = n;
                    }
                    String t = types(n);
                    if (n.path("@id").isTextual() && n.has("name")) {
                        byId.putIfAbsent(n.get("@id").asText(), n);
                    }
                    if (dated == null && n.path("datePublished").isValueNode() && !t.contains("comment")) {
                        dated = n;
                    }
                    if (publisherFallback == null && (t.contains("organization") || t.contains("website"))
                            && n.path("name").isTextual()) {
                        publisherFallback = n.path("name").asText();
                    }
                    if (n.has("@graph")) {
                        queue.add(n.get("@graph"));
                    }
                    if (n.has("mainEntity")) {
                        queue.add(n.get("mainEntity"));
                    }
                }
            }
        }
        if (best == null) {
            return publisherFallback == null && dated == null ? NONE
                    : new JsonLdArticle(null, List.of(), dated == null ? null : text(dated.get("datePublished")),
                            dated == null ? null : text(dated.get("dateModified")), publisherFallback, null, null, List.of());
        }
        String publisher = name(best.get("publisher"));
        JsonNode dates = best.has("datePublished") || dated == null ? best : dated;
        // an article object that gives only its creation date ("dateCreated") was published then
        String published = text(dates.get("datePublished"));
        if (published == null && dates == best) {
            published = text(best.get("dateCreated"));
        }
        return new JsonLdArticle(text(best.get("headline")), people(best.get("author"), byId),
                published, text(dates.get("dateModified")),
                publisher != null ? publisher : publisherFallback, text(best.get("url")),
                text(best.get("inLanguage")), bios(best.get("author"), byId));
    }

    private static boolean isArticle(JsonNode n) {
        String t = types(n);
        return t.contains("article") || t.contains("posting") || t.contains("report")
                || t.contains("liveblog") || t.contains("review") && n.has("headline");
    }

    private static String types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return text(n.has("@value") ? n.get("@value") : n.get("name"));
        }
        String s = n.asText().strip();
        if (s.indexOf('&') >= 0 && s.indexOf(';') > 0) {
            // "Maria &amp; Katerina": a CMS that escapes HTML inside its JSON-LD strings
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    /** The {@code description} of each author object, resolved by {@code @id} as {@link #people} does. */
    private static List<String> bios(JsonNode n, Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>(1);
        if (n == null) {
            return out;
        }
        for (JsonNode x : n.isArray() ? n : List.of(n)) {
            if (x.isObject() && !x.has("description") && x.path("@id").isTextual()) {
                x = byId.getOrDefault(x.get("@id").asText(), x);
            }
            String d = x.isObject() ? text(x.get("description")) : null;
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<String> people(JsonNode n, Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (JsonNode x : n.isArray() ? n : List.of(n)) {
            if (x.isObject() && !x.has("name") && x.path("@id").isTextual()) {
                x = byId.getOrDefault(x.get("@id").asText(), x);
            }
            String s = x.isObject() && !x.has("name") && x.has("givenName")
                    ? (x.path("givenName").asText() + " " + x.path("familyName").asText()).strip()
                    : name(x);
            if (s != null && !s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
