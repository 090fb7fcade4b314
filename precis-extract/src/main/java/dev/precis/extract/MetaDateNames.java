package dev.precis.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code <meta name|property=…>} names a page declares its publication and its change under, in the order
 * they are trusted, and the reading of the head's dates by them (split from {@link MetadataReader}, which
 * chooses among these and the page's other dates). Stateless.
 */
final class MetaDateNames {

    /** A publication the head's tags declare; {@code generic}: under a name that does not say which date it is. */
    record Declared(String published, boolean generic) {
    }

    private static final String[] PUBLISHED_META = {
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
        "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "publication_date",
        "date_published", "published_time", "article.published", "sailthru.date", "parsely-pub-date",
        "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
        "dcterms.date", "citation_publication_date", "citation_date", "originalpublicationdate",
        "cxenseparse:recs:publishtime", "article_date_original", "date", "content_create_date",
        "og:pubdate", "release_date", "created", "displaydate", "dateCreated",
        // spellings other readers know too (Dublin Core with a colon, CMS names)
        "article.created", "dateposted", "dc:date", "dc.created", "dc:created", "timestamp",
        // short and CMS-specific names (a "p" for published), Dublin Core's "available"
        "pub-date", "ptime", "pdate", "article_date", "date_created", "datecreated", "doc_date", "dcterms.available",
        "dc.date.available", "date.available",
        // a post's or a document's creation, and a paper's first appearance online
        "post_date", "post-date", "creation_date", "creation-date", "creationdate", "citation_online_date"};
    private static final Set<String> PUBLISHED = Arrays.stream(PUBLISHED_META)
            .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /**
     * Meta names that say a page's date but not which one: a CMS may write the time the page was
     * rendered or last changed there as well as its publication.
     */
    private static final Set<String> GENERIC_META = Set.of(
            "date", "dc.date", "dcterms.date", "created", "displaydate", "content_create_date", "dc:date", "dc.created",
            "dc:created", "timestamp", "date_created", "datecreated", "doc_date", "dcterms.available", "dc.date.available",
            "date.available", "creation_date", "creation-date", "creationdate");
    private static final String[] MODIFIED_META = {
        "article:modified_time", "og:updated_time", "og:modified_time", "dateModified",
        "last-modified", "lastmod", "dcterms.modified", "dc.date.modified", "modified_time",
        "article.updated", "updated_time", "revised"};

    private MetaDateNames() {
    }

    /**
     * The publication the head declares: under the first name of the list that holds a date, else under a name
     * of no fixed list that says it ({@link MarkupDates#publishedKey}), else Parse.ly's page data; null when none.
     */
    static Declared published(MetaTags meta, DateNormalizer dates, boolean dayFirst) {
        for (String name : PUBLISHED_META) {
            String published = dates.machine(meta.get(name), dayFirst);
            if (published != null) {
                return new Declared(published, GENERIC_META.contains(name));
            }
        }
        String published = dates.machine(meta.matching(MarkupDates::publishedKey), dayFirst);
        published = published != null ? published : dates.machine(MarkupDates.parselyPage(meta), dayFirst);
        return published == null ? null : new Declared(published, false);
    }

    /** The change the head declares under the first name of the list that holds a date, or null. */
    static String modified(MetaTags meta, DateNormalizer dates, boolean dayFirst) {
        for (String name : MODIFIED_META) {
            String modified = dates.machine(meta.get(name), dayFirst);
            if (modified != null) {
                return modified;
            }
        }
        return null;
    }

    /** True for a lower-cased meta name that declares a publication (of the list, or one {@link MarkupDates#publishedKey} knows). */
    static boolean publicationName(String key) {
        return PUBLISHED.contains(key) || MarkupDates.publishedKey(key);
    }
}
