package dev.precis.extract;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The CSS selectors the extractors ask of every page, parsed once. jsoup's {@code select(String)},
 * {@code selectFirst(String)} and {@code closest(String)} parse their query on every call (jsoup 1.21 keeps no
 * cache), and some are asked for many elements of a page; {@code select(Evaluator)} and its kin collect the
 * same elements in the same order. These evaluators hold no per-query state (tags and attributes, no
 * combinators that memoise), so one instance serves every thread.
 */
final class Queries {

    /** {@code article} */
    static final Evaluator ARTICLE = QueryParser.parse("article");

    /** {@code blockquote} */
    static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");

    /** {@code link[rel=canonical][href]} */
    static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");

    /** {@code link[rel=canonical][href], meta[property=og:url][content]} */
    static final Evaluator CANONICAL_OR_OG_URL = QueryParser.parse("link[rel=canonical][href], meta[property=og:url][content]");

    /** {@code [typeof*=Comment], [class*=comment]} */
    static final Evaluator COMMENT_SCOPE = QueryParser.parse("[typeof*=Comment], [class*=comment]");

    /** {@code form} */
    static final Evaluator FORM = QueryParser.parse("form");

    /** {@code h1} */
    static final Evaluator H1 = QueryParser.parse("h1");

    /** {@code h1, h2, h3, h4, h5, h6} */
    static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    /** {@code html} */
    static final Evaluator HTML = QueryParser.parse("html");

    /** {@code [itemprop=name]} */
    static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    /** {@code [itemscope]} */
    static final Evaluator ITEMSCOPE = QueryParser.parse("[itemscope]");

    /** {@code a[href]} */
    static final Evaluator LINK = QueryParser.parse("a[href]");

    /** {@code a, li} */
    static final Evaluator LINK_OR_ITEM = QueryParser.parse("a, li");

    /** {@code meta[property=og:title][content]} */
    static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title][content]");

    /** {@code meta[property=og:type]} */
    static final Evaluator OG_TYPE = QueryParser.parse("meta[property=og:type]");

    /** {@code [property][content]} */
    static final Evaluator PROPERTY_CONTENT = QueryParser.parse("[property][content]");

    /** {@code article, main, [role=main]} */
    static final Evaluator STORY = QueryParser.parse("article, main, [role=main]");

    /** {@code div[hidden][id^=S:]} */
    static final Evaluator STREAMED_SEGMENTS = QueryParser.parse("div[hidden][id^=S:]");

    /** {@code h2, h3, h4, h5, h6} */
    static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");

    /** {@code table} */
    static final Evaluator TABLE = QueryParser.parse("table");

    /** {@code meta[content], time[datetime], script[type=application/ld+json]} */
    static final Evaluator ZONE_CARRIERS = QueryParser.parse("meta[content], time[datetime], script[type=application/ld+json]");

    private Queries() {
    }
}
