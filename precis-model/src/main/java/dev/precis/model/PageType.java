package dev.precis.model;

import java.util.Locale;

/**
 * What kind of page a web page is. Only {@link #ARTICLE} pages are read as articles; the others are
 * recognised so that a home page, a shop or a forum thread is reported plainly instead of being
 * passed off as an article.
 */
public enum PageType {
    /** A news story, blog post, report, guide or review: one piece of running text. */
    ARTICLE("an article"),
    /** A home page, section front, category, tag or search-results page: teasers linking elsewhere. */
    LISTING("a listing page"),
    /** A forum thread, Q&amp;A page or discussion: posts by several people. */
    FORUM("a forum page"),
    /** A product or shop page: prices, offers, a cart. */
    PRODUCT("a product page"),
    /** Software or product documentation: reference pages, code, a table-of-contents sidebar. */
    DOCUMENTATION("a documentation page"),
    /** Anything else that is not an article (a service, contact or app page). */
    OTHER("some other kind of page");

    private final String description;

    PageType(String description) {
        this.description = description;
    }

    /** The lowercase name used in JSON output: "article", "listing", … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A phrase for messages: "a listing page". */
    public String description() {
        return description;
    }
}
