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
 * with evidence all stay articles; for pages without, placed on out-of-fold scores instead). A page read without an address scores with an average slug.
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
    /**
     * Raised by 0.30 from the in-sample placement (-0.3113): placed on the tuning half's out-of-fold scores
     * ({@code bench/pagetype-fit.py --oof}, ten fold seeds) so that about 98.4% of article pages stay articles on
     * pages the fit did not see; in-sample the 98.5% placement kept only about 97.4% of them out-of-fold.
     */
    private static final double WITHOUT_EVIDENCE_BIAS = -0.3113 + 0.30;
    private static final int SLUG_WORDS = PageFeatures.NAMES.indexOf("slugw");
    /** The fitting pages' mean words in the address's last segment, with and without article evidence. */
    private static final double MEAN_SLUG_WORDS_WITH_EVIDENCE = 5.27;
    private static final double MEAN_SLUG_WORDS_WITHOUT_EVIDENCE = 2.62;
    /**
     * The thread scripts of the common forum packages (phpBB and FluxBB "viewtopic.php", vBulletin
     * "showthread.php", Invision "showtopic", MyBB "showthread.php", Simple Machines "index.php?topic="):
     * a page they serve is a thread, whatever its first post reads like.
     */
    private static final java.util.regex.Pattern FORUM_SCRIPT = java.util.regex.Pattern.compile(
            "/(?:viewtopic|showthread|showtopic|viewthread)(?:\\.php)?(?:[?/#]|$)|/index\\.php\\?(?:[^#]*&)?topic=\\d",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Folders under which forum packages file their threads, each with its number. */
    private static final Set<String> THREAD_FOLDERS = Set.of("thread", "threads", "t", "topic", "topics", "discussion",
            "discussions", "comments");
    /**
     * A thread's number as forum packages write it: the whole segment ("/topic/18427/…", "/discussion/39620/…",
     * "/t/slug/931828"), before the title with four digits or more ("/topic/188682-new-case/", not
     * "/topics/100-best-books") or after it with a dot ("/threads/best-hosts-2025.691400/"); a year
     * ("/topics/2024/") is no thread number.
     */
    private static final java.util.regex.Pattern THREAD_NUMBER = java.util.regex.Pattern.compile(
            "(?!(?:19|20)\\d\\d$)\\d{3,}|(?!(?:19|20)\\d\\d-)\\d{4,}-.+|.+\\.\\d{3,}");
    /** A thread's short key of letters and digits right after "comments" ("/comments/1rl0nt4/…"). */
    private static final java.util.regex.Pattern THREAD_KEY = java.util.regex.Pattern.compile("(?i)(?=[a-z]*\\d)[a-z0-9]{5,9}");

    /**
     * True when the path is a forum thread's: a thread folder followed, in one of the next two segments, by
     * the thread's number (or, after "comments", its short key). A story filed under "topics" has a name, not
     * a number ("/topic/history-of-coffee", "/topics/elections-2024", "/topics/2024-elections").
     */
    static boolean threadAddress(String[] segments) {
        for (int i = 0; i < segments.length - 1; i++) {
            String folder = segments[i].toLowerCase(java.util.Locale.ROOT);
            if (!THREAD_FOLDERS.contains(folder)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(i + 3, segments.length); j++) {
                if (THREAD_NUMBER.matcher(segments[j]).matches()) {
                    return true;
                }
            }
            if ("comments".equals(folder) && THREAD_KEY.matcher(segments[i + 1]).matches()) {
                return true;
            }
        }
        return false;
    }

    /** schema.org types that make a page that is no declared article a listing. */
    private static final Set<String> COLLECTION_TYPES = Set.of("CollectionPage", "SearchResultsPage", "ItemList");

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
        PageType decided = byRules(s, paragraphs, url);
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
     * script leaves out the pages decided here.
     */
    static PageType byRules(PageSignals s, List<String> paragraphs, String url) {
        PageType declared = bySchema(s);
        if (declared != null) {
            return declared;
        }
        if (url != null && FORUM_SCRIPT.matcher(url).find() && !declaresArticle(s)) {
            return PageType.FORUM;
        }
        if (url != null && threadAddress(PageFeatures.segments(PageFeatures.path(url))) && !s.hasType(NEWS_OR_BLOG_TYPES)) {
            // a numbered thread's address; og:type "article" is many forum packages' default for a thread
            return PageType.FORUM;
        }
        if (url != null && documentationAddress(url) && !s.hasType(NEWS_OR_POST_TYPES) && !articleAddress(url)) {
            // a bare "Article" does not count here: documentation themes mark every manual page as one
            return PageType.DOCUMENTATION;
        }
        if (url != null && PageFeatures.folderIn(PageFeatures.segments(PageFeatures.path(url)), SERVICE_FOLDERS)
                && !s.hasType(NEWS_OR_BLOG_TYPES) && !articleAddress(url)) {
            // a business's pages about what it offers ("/services/hr-consulting/"), written in paragraphs
            return PageType.OTHER;
        }
        if (url != null && !declaresOneStory(s)) {
            String[] segments = PageFeatures.segments(PageFeatures.path(url));
            if (homePage(segments)) {
                // a site's home page (or a language's: "/en/", "/index.html") introduces the site and
                // lists what is on it; it is not one story, however long its blurbs
                PageType k = kind(s, paragraphs, segments, url);
                return k == PageType.OTHER ? PageType.LISTING : k;
            }
            if (sectionFront(segments)) {
                // "/news", "/blog/": the folder itself, not a story filed in it, is the section's front
                return PageType.LISTING;
            }
        }
        if (url != null && !s.hasType(NEWS_OR_BLOG_TYPES)) {
            String[] segments = PageFeatures.segments(PageFeatures.path(url));
            if (manualFront(segments) && !articleAddress(url)) {
                // "/docs": a manual's own front page, its table of contents
                return PageType.DOCUMENTATION;
            }
            if (!articleAddress(url) && PageFeatures.folderIn(segments, STORE_FOLDERS)) {
                // "/browse/shoes/mens", "/collections/wallets": a shop's aisle, what it sells in a grid
                return PageType.LISTING;
            }
            if (!articleAddress(url) && PageFeatures.folderIn(segments, PRODUCT_FOLDERS)) {
                // "/product/deluxe-hair-dryer", "/products/crm/pricing": what a shop or a firm sells, one item
                return PageType.PRODUCT;
            }
            if (calculator(segments) && s.inputs >= MIN_TOOL_INPUTS) {
                // "/retirement-plan-calculator/" with the fields to fill in: a tool, not a story about one
                return PageType.OTHER;
            }
        }
        return null;
    }

    /** The type a schema.org type or og:type names, when the page does not also declare an article; else null. */
    static PageType bySchema(PageSignals s) {
        if (declaresArticle(s)) {
            return null;
        }
        if (s.hasType(PageFeatures.PRODUCT_TYPES) && !offersOnlyACourse(s) || s.ogType.contains("product")
                || s.ogType.endsWith(":item")) {
            return PageType.PRODUCT;
        }
        if (s.hasType(PageFeatures.FORUM_TYPES)) {
            return PageType.FORUM;
        }
        if (s.hasType(COLLECTION_TYPES)) {
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

    /**
     * The folders where a business files the pages about what it offers and why to choose it; "services"
     * in the plural only (a news site's "Service" section in German holds consumer articles).
     */
    private static final Set<String> SERVICE_FOLDERS = Set.of("services", "what-we-do", "why-us", "expertise",
            "capabilities", "industries", "solutions");

    /** Folders that hold a product's manual; narrower than {@link PageFeatures#DOC_FOLDERS}, which also holds "guides". */
    private static final Set<String> MANUAL_FOLDERS = Set.of("docs", "documentation");

    /**
     * True when the address is a documentation site's ({@code docs.…}, {@code developer(s).…}) or lies in a
     * {@code docs}/{@code documentation} folder: reference pages written in paragraphs, like articles,
     * but filed where a product keeps its manual. A page there that declares itself a news article
     * or blog post in schema.org is still judged by its structure; og:type "article" (many site
     * generators' default), TechArticle (schema.org's type for technical documentation) and a bare
     * Article (which documentation themes put on every page) are not such a declaration.
     */
    static boolean documentationAddress(String url) {
        int start = url.indexOf("://");
        if (start >= 0) {
            int end = start + 3;
            while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            String host = url.substring(start + 3, end).toLowerCase(java.util.Locale.ROOT);
            if (host.startsWith("docs.") || host.startsWith("developer.") || host.startsWith("developers.")) {
                return true;
            }
        }
        return PageFeatures.folderIn(PageFeatures.segments(PageFeatures.path(url)), MANUAL_FOLDERS);
    }

    /** A dated path or an article folder ("/story/25/12/19/…", "/blog/…"): the address of a story, wherever it is filed. */
    private static boolean articleAddress(String url) {
        String path = PageFeatures.path(url);
        return PageFeatures.datedPath(path) || PageFeatures.folderIn(PageFeatures.segments(path), PageFeatures.ARTICLE_FOLDERS);
    }

    private static final java.util.regex.Pattern LANGUAGE_ROOT = java.util.regex.Pattern.compile(
            "(?i)[a-z]{2}(?:[-_][a-z]{2})?|index\\.\\w+|home(?:page)?");

    /** True for the path of a home page: none at all, a language's root ("/de/", "/en-gb/") or "/index.html". */
    static boolean homePage(String[] segments) {
        return segments.length == 0 || segments.length == 1 && LANGUAGE_ROOT.matcher(segments[0]).matches();
    }

    /**
     * The article folders that name a section ({@link PageFeatures#ARTICLE_FOLDERS} without the singular
     * "article", "post" and "story", which some sites give a story's own page: "/news/2024/…/story").
     */
    private static final Set<String> SECTION_FOLDERS = Set.of("blog", "blogs", "news", "articles", "posts", "stories",
            "insights", "resources", "magazine");

    /** True when the path ends in a section folder's own name ("/news", "/de/blog/"): the section's front page. */
    static boolean sectionFront(String[] segments) {
        return segments.length > 0
                && SECTION_FOLDERS.contains(segments[segments.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Folders where a shop files its aisles ("/browse/…", Shopify's "/collections/…"); not the singular
     * "collection", under which magazines and archives file their own articles.
     */
    private static final Set<String> STORE_FOLDERS = Set.of("browse", "collections");

    /** Folders where a shop or a firm files the pages of what it sells, one item each. */
    private static final Set<String> PRODUCT_FOLDERS = Set.of("product", "products");

    /** This many form fields make a page whose address names a calculator the calculator itself. */
    static final int MIN_TOOL_INPUTS = 3;

    /** True when the path ends in a manual's own folder name ("/docs", "/en/documentation/"). */
    static boolean manualFront(String[] segments) {
        return segments.length > 0 && MANUAL_FOLDERS.contains(segments[segments.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.regex.Pattern CALCULATOR = java.util.regex.Pattern.compile(
            "(?i)(?:^|[-_])calculator(?:\\.\\w+)?$");

    /** True when the last segment's last word is "calculator" ("retirement-plan-calculator.htm"). */
    static boolean calculator(String[] segments) {
        return segments.length > 0 && CALCULATOR.matcher(segments[segments.length - 1]).find();
    }

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
