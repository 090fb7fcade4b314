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

    /** A lenient reader for pages' JSON-LD blocks (comments, raw control characters, trailing commas); shared. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    /** The most JSON nodes one block is walked for; shared. */
    static final int MAX_NODES = 20_000;

    static final JsonLdArticle NONE = new JsonLdArticle(null, List.of(), null, null, null, null, null, List.of());

    /**
     * The page's JSON-LD texts: {@code <script type="application/ld+json">} blocks, and the same JSON
     * some script frameworks render into the head as {@code <meta name="script:ld+json" content="…">}.
     */
    private static List<String> blocks(Document doc) {
        List<String> out = new ArrayList<>(4);
        for (Element script : ElementWalk.named(doc, "script")) {
            if ("application/ld+json".equalsIgnoreCase(script.attr("type").strip())) {
                out.add(script.data().strip());
            }
        }
        if (doc.head() != null) {
            for (Element meta : ElementWalk.named(doc.head(), "meta")) {
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
        return of(doc, null);
    }

    /**
     * As {@link #of(Document)}; {@code pageUrl} (may be null) is the page's address, which the canonical or
     * og:url link overrides, to tell the page's own objects from one that names another page.
     */
    static JsonLdArticle of(Document doc, String pageUrl) {
        JsonNode best = null;
        String publisherFallback = null;
        JsonNode dated = null;
        List<JsonNode> articles = new ArrayList<>(2);
        List<JsonNode> datedOthers = new ArrayList<>(2);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode n : objects(doc, false)) {
            if (isArticle(n) && (best == null || !best.has("headline") && n.has("headline"))) {
                best = n;
            }
            if (isArticle(n)) {
                articles.add(n);
            }
            String t = types(n);
            if (n.path("@id").isTextual() && n.has("name")) {
                byId.putIfAbsent(n.get("@id").asText(), n);
            }
            if (n.path("datePublished").isValueNode() && !t.contains("comment")) {
                dated = dated == null ? n : dated;
                if (!isArticle(n)) {
                    datedOthers.add(n);
                }
            }
            if (publisherFallback == null && (t.contains("organization") || t.contains("website"))
                    && n.path("name").isTextual()) {
                publisherFallback = n.path("name").asText();
            }
        }
        if (best == null) {
            return publisherFallback == null && dated == null ? NONE
                    : new JsonLdArticle(null, List.of(), dated == null ? null : text(dated.get("datePublished")),
                            dated == null ? null : text(dated.get("dateModified")), publisherFallback, null, null, List.of());
        }
        if (articles.size() > 1) {
            // several article objects (the page's and its related stories'): the page's own is the one
            // that names the page's address or headline, wherever it stands in the markup
            best = own(articles, doc, best);
        }
        String publisher = name(best.get("publisher"));
        JsonNode dates = best.has("datePublished") || dated == null ? best : dated;
        if (!datedOthers.isEmpty()) {
            // the article object says it is another host's page (a template's placeholder address, a
            // syndicated story's origin) while another object (a WebPage) dates this page's own
            // address: that object's dates are this page's
            String address = address(doc, pageUrl);
            if (address != null && foreign(best, address)) {
                for (JsonNode other : datedOthers) {
                    if (same(text(other.get("@id")), address) || same(text(other.get("url")), address)) {
                        dates = other;
                        break;
                    }
                }
            }
        }
        // an article object that gives only its creation date ("dateCreated") was published then
        String published = text(dates.get("datePublished"));
        if (published == null && dates == best) {
            published = text(best.get("dateCreated"));
        }
        if (published == null && dates == best && types(best).contains("liveblogposting")) {
            // a live blog that states no publication began when its coverage did
            published = text(best.get("coverageStartTime"));
        }
        return new JsonLdArticle(text(best.get("headline")), people(best.get("author"), byId),
                published, text(dates.get("dateModified")),
                publisher != null ? publisher : publisherFallback, text(best.get("url")),
                text(best.get("inLanguage")), bios(best.get("author"), byId));
    }

    /**
     * The {@code uploadDate} of the first {@code VideoObject} (or {@code AudioObject}) of the page's JSON-LD,
     * or null: what dates a video page whose structured data holds no article. Read only as a last resort
     * (a second pass over the blocks), as an article's embedded video may be older than the article.
     */
    static String uploaded(Document doc) {
        for (JsonNode n : objects(doc, true)) {
            String t = types(n);
            if ((t.contains("videoobject") || t.contains("audioobject")) && n.path("uploadDate").isValueNode()) {
                return text(n.get("uploadDate"));
            }
        }
        return null;
    }

    /**
     * The objects of the page's JSON-LD blocks, breadth first, each block's walk bounded by
     * {@code MAX_NODES}; broken blocks are skipped. Inside an object the walk follows {@code @graph} and
     * {@code mainEntity} only, or, with {@code everyChild}, every nested object and array.
     */
    private static List<JsonNode> objects(Document doc, boolean everyChild) {
        List<JsonNode> out = new ArrayList<>();
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
                    out.add(n);
                    if (everyChild) {
                        n.forEach(child -> {
                            if (child.isContainerNode()) {
                                queue.add(child);
                            }
                        });
                    } else {
                        if (n.has("@graph")) {
                            queue.add(n.get("@graph"));
                        }
                        if (n.has("mainEntity")) {
                            queue.add(n.get("mainEntity"));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Of several article objects, the first whose {@code url} or {@code mainEntityOfPage} is the page's
     * canonical address, else the first whose headline is the page's h1 or og:title; else {@code fallback}.
     */
    private static JsonNode own(List<JsonNode> articles, Document doc, JsonNode fallback) {
        Element canonical = doc.selectFirst(Queries.CANONICAL_OR_OG_URL);
        String address = canonical == null ? null
                : trimmed(canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content"));
        for (JsonNode a : articles) {
            JsonNode main = a.get("mainEntityOfPage");
            String mainUrl = main == null ? null : main.isObject() ? text(main.get("@id")) : text(main);
            if (address != null && (address.equals(trimmed(text(a.get("url")))) || address.equals(trimmed(mainUrl)))) {
                return a;
            }
        }
        Element h1 = doc.selectFirst(Queries.H1);
        Element og = doc.selectFirst(Queries.OG_TITLE);
        String heading = h1 == null ? null : squeezed(h1.text());
        String ogTitle = og == null ? null : squeezed(og.attr("content"));
        for (JsonNode a : articles) {
            String headline = squeezed(text(a.get("headline")));
            if (headline != null && !headline.isEmpty() && (headline.equals(heading) || headline.equals(ogTitle))) {
                return a;
            }
        }
        return fallback;
    }

    /** The page's canonical or og:url address, else {@code pageUrl}; null when none is known. */
    private static String address(Document doc, String pageUrl) {
        Element canonical = doc.selectFirst(Queries.CANONICAL_OR_OG_URL);
        String c = canonical == null ? null : canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
        return c != null && c.strip().startsWith("http") ? c.strip() : pageUrl;
    }

    /**
     * True when {@code article} names its page ({@code mainEntityOfPage}, else {@code url}) by an absolute
     * address on another host than {@code address}'s.
     */
    private static boolean foreign(JsonNode article, String address) {
        JsonNode main = article.get("mainEntityOfPage");
        String named = main == null ? null : main.isObject() ? text(main.get("@id")) : text(main);
        named = named != null ? named : text(article.get("url"));
        if (named == null || !named.startsWith("http")) {
            return false;
        }
        String a = host(named);
        String b = host(address);
        return a != null && b != null && !a.equals(b);
    }

    /** True when {@code id} (an {@code @id}, its fragment dropped) is {@code address}, compared trimmed. */
    private static boolean same(String id, String address) {
        if (id == null) {
            return false;
        }
        int hash = id.indexOf('#');
        String t = trimmed(hash < 0 ? id : id.substring(0, hash));
        return t != null && t.equals(trimmed(address));
    }

    /** The host of an absolute address without "www.", lower case; null when there is none. */
    private static String host(String url) {
        String u = url.strip().replaceFirst("^https?://(www\\.)?", "");
        int end = 0;
        while (end < u.length() && "/?#:".indexOf(u.charAt(end)) < 0) {
            end++;
        }
        return end == 0 ? null : u.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** An address without its scheme, a trailing slash or a query, for comparing. */
    private static String trimmed(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip().replaceFirst("^https?://(www\\.)?", "");
        int q = u.indexOf('?');
        u = q < 0 ? u : u.substring(0, q);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String squeezed(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
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
