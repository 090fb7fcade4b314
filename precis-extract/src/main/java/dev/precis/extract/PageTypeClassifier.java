package dev.precis.extract;

import dev.precis.model.PageType;
import java.util.List;
import java.util.Set;

/**
 * Decides what kind of page a page is from general structure, never from the names of particular
 * sites. First, a schema.org type (JSON-LD or microdata) or og:type of a product, a discussion or a
 * collection decides, unless the page also declares itself an article. Otherwise a linear score over
 * {@link PageFeatures} (schema.org and og:type, body length and paragraphs, link text outside the
 * navigation, repeated link blocks, price/cart, post/comment/user and code markup, forms, the URL's
 * path shape) says article when it is at least 0. The score has two sets of weights: for pages with
 * article evidence (an article type, og:type article, a dated path, an article folder such as "blog"
 * or "news" in the path, or a byline with a publication date) and for pages without. The weights are
 * a logistic regression fitted on the odd-numbered (tuning) pages of WCXB dev by
 * {@code bench/pagetype-fit.py}, the bias placed so that 98.5% of those article pages stay articles
 * (then, for pages with evidence, lowered by 0.1 so that the article-extraction-benchmark's pages
 * with evidence all stay articles). A page read without an address scores with an average slug.
 * A page that is no article then gets the kind its strongest cue names. Stateless and thread-safe.
 */
final class PageTypeClassifier {

    // weights on the raw features, in the order of PageFeatures.NAMES, as bench/pagetype-fit.py prints them
    private static final double[] WITH_EVIDENCE = {
        0.4702, -1.5232, -0.9644, -0.0070, 0.4720, -0.7331, 0.1693, 0.2704, -2.3414, 0.2745, -0.1208, -0.0530,
        -0.0865, 0.0842, -0.3186, -1.2772, 0.0951, -0.1435, 0.2228, 0.7797, 1.2022, 0.1752, -1.8064, -0.7435, 1.4875,
        0.1303, -0.0044, 0.0249, -0.0297, -0.0049, -0.0432, -0.1269, -0.2221, -0.2153,
    };
    private static final double WITH_EVIDENCE_BIAS = -1.9513 + 0.1;
    private static final double[] WITHOUT_EVIDENCE = {
        0, 0, 0, 0, 0, 0, 0.0483, 0.0454, -1.0205, -0.1788, -0.2397, -0.1909, 0.0625, -0.0626, -0.4524, -3.1296,
        0.2678, 0.0093, 0.5600, -0.0121, 0, 0.1583, 0.2973, -0.1875, 0, 0.0646, -0.0341, 0.0448, -0.2174, 0.0620,
        -0.0632, 0.0373, -0.1316, -0.5496,
    };
    private static final double WITHOUT_EVIDENCE_BIAS = -0.3113;
    private static final int SLUG_WORDS = PageFeatures.NAMES.indexOf("slugw");
    private static final int DOC_FOLDER = PageFeatures.NAMES.indexOf("u_doc");
    /** The fitting pages' mean words in the address's last segment, with and without article evidence. */
    private static final double MEAN_SLUG_WORDS_WITH_EVIDENCE = 5.27;
    private static final double MEAN_SLUG_WORDS_WITHOUT_EVIDENCE = 2.62;
    /** schema.org types that make a page that is no declared article a listing: they name the page itself. */
    private static final Set<String> COLLECTION_TYPES = Set.of("CollectionPage", "SearchResultsPage");
    /**
     * A list the page holds (a carousel, a "best of" article's picks, a chart): a listing when the page is
     * no signed story.
     */
    private static final Set<String> LIST_TYPES = Set.of("ItemList");
    /**
     * schema.org types of a thread's posts; a bare Comment is not one of them, as blog themes mark readers'
     * comments under a post so.
     */
    private static final Set<String> THREAD_TYPES = Set.of("DiscussionForumPosting", "QAPage", "SocialMediaPosting");
    /** A job advertisement's schema.org type: the page offers a post, it is no story (unless it also declares one). */
    private static final Set<String> JOB_TYPES = Set.of("JobPosting");

    /** Below this many body characters, or this share of the page's main text, a non-article is a listing. */
    static final int MIN_BODY_CHARS = 300;
    static final double MIN_BODY_SHARE = 0.15;
    /** This many code blocks make a non-article documentation, this many price and cart marks a shop. */
    static final int MIN_CODE_BLOCKS = 3;
    static final int MIN_SHOP_MARKS = 8;

    static {
        if (WITH_EVIDENCE.length != PageFeatures.NAMES.size() || WITHOUT_EVIDENCE.length != PageFeatures.NAMES.size()) {
            throw new IllegalStateException("page-type weights do not match the features");
        }
    }

    private PageTypeClassifier() {
    }

    /**
     * The page's type.
     *
     * @param s the page's signals, taken before cleaning
     * @param paragraphs the extracted body's blocks
     * @param url the page's address, or null
     * @param published whether the page has a publication date
     * @param byline whether it has a byline
     */
    static PageType classify(PageSignals s, List<String> paragraphs, String url, boolean published, boolean byline) {
        PageType decided = byRules(s, paragraphs, url, published && byline);
        if (decided != null) {
            return decided;
        }
        return score(s, paragraphs, url, published, byline) >= 0 ? PageType.ARTICLE
                : kind(s, paragraphs, PageFeatures.segments(PageFeatures.path(url)), url);
    }

    /** The linear score of a page the rules leave to it: the log-odds that it is an article. */
    static double score(PageSignals s, List<String> paragraphs, String url, boolean published, boolean byline) {
        boolean evidence = evidence(s, url, published, byline);
        double[] x = PageFeatures.of(s, paragraphs, url, published, byline);
        if (url == null) {
            // no address at all: its slug is unknown, not empty, so it counts as an average one
            x[SLUG_WORDS] = evidence ? MEAN_SLUG_WORDS_WITH_EVIDENCE : MEAN_SLUG_WORDS_WITHOUT_EVIDENCE;
        }
        if (evidence && published && (s.ogType.equals("article") || s.hasType(NEWS_OR_POST_TYPES))) {
            // a dated piece that declares itself a story is one even when filed under "guides" or "learn", where
            // magazines and firms' blogs also put theirs; manuals and help pages rarely carry a publication date
            x[DOC_FOLDER] = 0;
        }
        double[] w = evidence ? WITH_EVIDENCE : WITHOUT_EVIDENCE;
        double score = evidence ? WITH_EVIDENCE_BIAS : WITHOUT_EVIDENCE_BIAS;
        for (int i = 0; i < x.length; i++) {
            score += w[i] * x[i];
        }
        return score;
    }

    /**
     * The type the rules that come before the score decide (schema.org types, forum scripts, documentation
     * and service addresses, home pages, section fronts), or null when the score is to decide. The fitting
     * script leaves out the pages decided here. {@code signed}: the page has a byline and a publication date.
     */
    static PageType byRules(PageSignals s, List<String> paragraphs, String url, boolean signed) {
        PageType declared = bySchema(s, signed);
        if (declared != null) {
            return declared;
        }
        if (url != null && AddressShapes.forumScript(url) && !declaresArticle(s)) {
            return PageType.FORUM;
        }
        if (url != null && AddressShapes.threadAddress(PageFeatures.segments(PageFeatures.path(url))) && !s.hasType(NEWS_OR_BLOG_TYPES)) {
            // a numbered thread's address; og:type "article" is many forum packages' default for a thread
            return PageType.FORUM;
        }
        if (url != null && AddressShapes.documentationAddress(url) && !s.hasType(NEWS_OR_POST_TYPES) && !AddressShapes.articleAddress(url)) {
            // a bare "Article" does not count here: documentation themes mark every manual page as one
            return PageType.DOCUMENTATION;
        }
        if (url != null && PageFeatures.folderIn(PageFeatures.segments(PageFeatures.path(url)), AddressShapes.SERVICE_FOLDERS)
                && !s.hasType(NEWS_OR_BLOG_TYPES) && !AddressShapes.articleAddress(url)) {
            // a business's pages about what it offers ("/services/hr-consulting/"), written in paragraphs
            return PageType.OTHER;
        }
        if (url != null && !declaresOneStory(s)) {
            String[] segments = AddressShapes.withoutPageNumber(PageFeatures.segments(PageFeatures.path(url)));
            if (AddressShapes.homePage(segments) && !AddressShapes.namesOneItem(url)) {
                // a site's home page (or a language's: "/en/", "/index.html") introduces the site and
                // lists what is on it; it is not one story, however long its blurbs
                PageType k = kind(s, paragraphs, segments, url);
                return k == PageType.OTHER ? PageType.LISTING : k;
            }
            if (AddressShapes.sectionFront(segments) || AddressShapes.archivePage(segments)) {
                // "/news", "/blog/", "/tag/climate": the folder itself, not a story filed in it, is the section's front
                return PageType.LISTING;
            }
        }
        if (url != null && !s.hasType(NEWS_OR_BLOG_TYPES)) {
            String[] segments = PageFeatures.segments(PageFeatures.path(url));
            if ((AddressShapes.manualFront(segments) || AddressShapes.glossaryEntry(segments)) && !AddressShapes.articleAddress(url)) {
                // "/docs": a manual's own front page, its table of contents; "/glossary/sinking-fund": a term's definition
                return PageType.DOCUMENTATION;
            }
            if (!AddressShapes.articleAddress(url) && PageFeatures.folderIn(segments, AddressShapes.STORE_FOLDERS)) {
                // "/browse/shoes/mens", "/collections/wallets": a shop's aisle, what it sells in a grid
                return PageType.LISTING;
            }
            if (!AddressShapes.articleAddress(url) && PageFeatures.folderIn(segments, AddressShapes.PRODUCT_FOLDERS)) {
                // "/product/deluxe-hair-dryer", "/products/crm/pricing": what a shop or a firm sells, one item
                return PageType.PRODUCT;
            }
            if (AddressShapes.calculator(segments) && s.inputs >= MIN_TOOL_INPUTS) {
                // "/retirement-plan-calculator/" with the fields to fill in: a tool, not a story about one
                return PageType.OTHER;
            }
        }
        return null;
    }

    /**
     * The type a schema.org type or og:type names, when the page does not also declare an article; else null.
     * {@code signed}: the page has a byline and a publication date, so a list it declares is part of a story.
     */
    static PageType bySchema(PageSignals s, boolean signed) {
        if (declaresArticle(s)) {
            return null;
        }
        if (s.hasType(PageFeatures.PRODUCT_TYPES) && !offersOnlyACourse(s) || s.ogType.contains("product")
                || s.ogType.endsWith(":item")) {
            return PageType.PRODUCT;
        }
        if (s.hasType(THREAD_TYPES)) {
            return PageType.FORUM;
        }
        if (s.hasType(JOB_TYPES)) {
            return PageType.OTHER;
        }
        if (s.hasType(COLLECTION_TYPES) || s.hasType(LIST_TYPES) && !signed) {
            return PageType.LISTING;
        }
        return null;
    }

    /** schema.org's product types other than a bare Offer, which may sell anything (a class, a ticket, a service). */
    private static final Set<String> GOODS_TYPES = Set.of("Product", "ProductGroup", "AggregateOffer", "IndividualProduct");
    /**
     * schema.org types of a course and its sessions, which an Offer may sell: a lesson's page names its course,
     * with the fee, and reads as a lesson, not a shop's product.
     */
    private static final Set<String> COURSE_TYPES = Set.of("Course", "CourseInstance", "EducationalOccupationalProgram");

    /**
     * True when the page's only product type is an Offer and it names a course, which is what is offered: a
     * lesson's page with the course's fee, not a shop's product page (the score decides it).
     */
    static boolean offersOnlyACourse(PageSignals s) {
        return !s.hasType(GOODS_TYPES) && s.hasType(COURSE_TYPES);
    }

    /** schema.org's news article and post types, without the bare "Article" that documentation themes also declare. */
    private static final Set<String> NEWS_OR_POST_TYPES = Set.of("NewsArticle", "BlogPosting", "AnalysisNewsArticle",
            "OpinionNewsArticle", "ReportageNewsArticle", "LiveBlogPosting");

    /** schema.org types that a documentation site's page declares only when it is a news article or a post. */
    private static final Set<String> NEWS_OR_BLOG_TYPES = Set.of("NewsArticle", "BlogPosting", "AnalysisNewsArticle",
            "OpinionNewsArticle", "ReportageNewsArticle", "LiveBlogPosting", "Article");

    /** This many form fields make a page whose address names a calculator the calculator itself. */
    static final int MIN_TOOL_INPUTS = 3;

    /** Whether the page gives article evidence: see the class comment. */
    static boolean evidence(PageSignals s, String url, boolean published, boolean byline) {
        String path = PageFeatures.path(url);
        return declaresArticle(s) || published && byline || PageFeatures.datedPath(path)
                || PageFeatures.folderIn(PageFeatures.segments(path), PageFeatures.ARTICLE_FOLDERS);
    }

    /**
     * Whether the page declares itself an article: og:type "article", or a schema.org article type, where
     * Review counts only when it is not just the customer reviews listed under a product the page declares.
     */
    static boolean declaresArticle(PageSignals s) {
        if ("article".equals(s.ogType)) {
            return true;
        }
        boolean buyersReviews = s.reviewsAreCustomerReviews() && s.hasType(GOODS_TYPES);
        for (String t : s.types) {
            if (PageFeatures.ARTICLE_TYPES.contains(t) && !("Review".equals(t) && buyersReviews)) {
                return true;
            }
        }
        return false;
    }

    /** This many declared article items make a page that declares a news article or post a list of them. */
    static final int MIN_LISTED_STORIES = 3;

    /**
     * Whether the page declares itself one news article or post: a home page or a section's front that does
     * is a one-post site's front and stays an article, but one that declares {@link #MIN_LISTED_STORIES} or
     * more article items lists its stories.
     */
    private static boolean declaresOneStory(PageSignals s) {
        return s.hasType(NEWS_OR_BLOG_TYPES) && s.articleItems < MIN_LISTED_STORIES;
    }

    /** Which kind of non-article: the strongest cue, else a listing when the body is slight, else other. */
    private static PageType kind(PageSignals s, List<String> paragraphs, String[] segments, String url) {
        int body = 0;
        for (String p : paragraphs) {
            body += p.length();
        }
        if (s.codeBlocks >= MIN_CODE_BLOCKS || PageFeatures.folderIn(segments, PageFeatures.DOC_FOLDERS)) {
            return PageType.DOCUMENTATION;
        }
        if (s.priceMarks + s.cartMarks >= MIN_SHOP_MARKS) {
            return PageType.PRODUCT;
        }
        if (PageFeatures.folderIn(segments, PageFeatures.FORUM_FOLDERS) || s.timeElements >= 3 && s.userMarks >= 10) {
            return PageType.FORUM;
        }
        if (body < MIN_BODY_CHARS || body < MIN_BODY_SHARE * s.mainChars || segments.length == 0 && url != null
                || s.repeatedLinkBlocks >= 10 && s.headingLinks >= 10) {
            return PageType.LISTING;
        }
        return PageType.OTHER;
    }
}
