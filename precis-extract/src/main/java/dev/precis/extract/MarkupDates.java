package dev.precis.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication dates stated in the markup's vocabularies, for {@link MetadataReader}: schema.org
 * microdata ({@code itemprop}), RDFa ({@code property="dc:date"}) and the many names a meta tag may give
 * a publication date.
 */
final class MarkupDates {

    private MarkupDates() {
    }

    /** The first {@code itemprop} date outside chrome and other items, normalised, or null. */
    static String microdata(Document doc, String prop, boolean dayFirst, DateNormalizer dates) {
        for (Element e : doc.select("[itemprop=" + prop + "]")) {
            if (MetaTags.otherItem(e) || PageRegions.inChrome(e, null)) {
                continue;
            }
            String v = MetadataReader.first(e.attr("content"), e.attr("datetime"));
            String d = dates.machine(v != null ? v : BoundedText.of(e, 80), dayFirst);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * RDFa properties that give a resource's publication or creation ({@code property="dc:date dc:created"}), and
     * schema.org's own names without a prefix, as pages that declare {@code vocab="https://schema.org/"} write them.
     */
    private static final java.util.regex.Pattern RDFA_PUBLISHED = java.util.regex.Pattern.compile(
            "(?<![\\w:])(?:(?:dc|dcterms|schema|sioc):(?:date|created|issued|datePublished|dateCreated)|datePublished|dateCreated)(?![\\w.])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The publication an element of the body states in RDFa, as Drupal writes it on its posts
     * ({@code <span property="dc:date dc:created" content="2017-07-12T14:30:00+02:00">}); not one of a
     * comment's, a teaser's or the page's chrome.
     */
    static String rdfa(Document doc, boolean dayFirst, DateNormalizer dates) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select(Queries.PROPERTY_CONTENT)) {
            if (!RDFA_PUBLISHED.matcher(e.attr("property")).find() || PageRegions.inChrome(e, null)
                    || e.closest(Queries.COMMENT_SCOPE) != null) {
                continue;
            }
            String d = dates.machine(e.attr("content"), dayFirst);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A meta name that reads as a publication date ("w-published-date", "publishedAt",
     * "article:published") but not a modification or the publisher.
     */
    static boolean publishedKey(String key) {
        // ("publication-date", "bt:pubdate", "erscheinungsdatum": other spellings of the same)
        return (key.contains("publish") || key.contains("publication") || key.contains("pubdate")
                || key.contains("erscheinungs")) && (key.contains("date") || key.contains("time")
                || key.endsWith("at") || key.endsWith("published") || key.contains("datum"))
                && !key.contains("modif") && !key.contains("updat") && !key.contains("publisher");
    }

    /**
     * A meta name that reads as a change's date ("article:updated_time", "last-updated", "date_modified",
     * "dc.modified", "updatedAt") but not a publication's.
     */
    static boolean modifiedKey(String key) {
        return (key.contains("modif") || key.contains("updat")) && (key.contains("date") || key.contains("time")
                || key.endsWith("at") || key.endsWith("modified") || key.endsWith("updated")) && !key.contains("publish");
    }

    /**
     * The publication in the JSON that Parse.ly's older tag holds ({@code <meta name="parsely-page"
     * content='{"pub_date": "…"}'>}), or null.
     */
    static String parselyPage(MetaTags meta) {
        String json = meta.get("parsely-page");
        if (json == null || !json.startsWith("{")) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode pub = JsonLdArticle.JSON.readTree(json).path("pub_date");
            return pub.isTextual() ? pub.asText() : null;
        } catch (java.io.IOException e) {
            return null; // broken JSON states nothing
        }
    }
}
