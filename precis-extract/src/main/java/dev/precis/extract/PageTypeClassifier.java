package dev.precis.extract;

import dev.precis.model.PageType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what kind of page a page is from general structure ({@link PageSignals}), the extracted
 * body and the URL's path shape; never from the names of particular sites. A page is an article
 * unless a cue says otherwise:
 * <ul>
 *   <li>a schema.org type (JSON-LD or microdata) or og:type of a product, a discussion or a
 *       collection, when the page does not also declare itself an article;</li>
 *   <li>without any article evidence (an article type, og:type article, a date or an article word
 *       such as "blog" or "news" in the URL path, a byline together with a publication date): a body
 *       too short to be an article, the site's root path, a body that is a small share of the page's text (the rest being teasers
 *       and links), several code blocks (documentation), or much price and cart markup (a shop).</li>
 * </ul>
 * Thresholds were chosen on the odd-numbered pages of WCXB dev. Stateless and thread-safe.
 */
final class PageTypeClassifier {

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting", "Report",
            "TechArticle", "ScholarlyArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
            "LiveBlogPosting", "Recipe", "HowTo", "Review");
    private static final Set<String> PRODUCT_TYPES = Set.of("Product", "ProductGroup", "AggregateOffer", "Offer",
            "IndividualProduct");
    private static final Set<String> FORUM_TYPES = Set.of("DiscussionForumPosting", "QAPage", "Comment",
            "SocialMediaPosting");
    private static final Set<String> LISTING_TYPES = Set.of("CollectionPage", "SearchResultsPage", "ItemList");
    /** Path words under which sites file articles. */
    private static final Set<String> ARTICLE_PATH_WORDS = Set.of("blog", "blogs", "news", "article", "articles",
            "post", "posts", "story", "stories", "insights", "resources", "magazine");
    private static final Pattern DATED_PATH = Pattern.compile("/(19|20)\\d\\d/(0?[1-9]|1[0-2])/");

    /** Without article evidence, fewer body characters than this is no article. */
    static final int MIN_BODY_CHARS = 300;
    /** Without article evidence, a body below this share of the page's main text is a listing. */
    static final double MIN_BODY_SHARE = 0.15;
    /** Without article evidence, this many code blocks make documentation. */
    static final int MIN_CODE_BLOCKS = 3;
    /** Without article evidence, this many price and cart marks make a product page. */
    static final int MIN_SHOP_MARKS = 8;

    private PageTypeClassifier() {
    }

    /**
     * The page's type.
     *
     * @param s the page's signals, taken before cleaning
     * @param bodyChars characters of the extracted body
     * @param url the page's address, or null
     * @param datedAndSigned whether the page has both a publication date and a byline
     */
    static PageType classify(PageSignals s, int bodyChars, String url, boolean datedAndSigned) {
        boolean declaredArticle = s.hasType(ARTICLE_TYPES) || "article".equals(s.ogType);
        if (!declaredArticle) {
            if (s.hasType(PRODUCT_TYPES) || s.ogType.contains("product") || s.ogType.endsWith(":item")) {
                return PageType.PRODUCT;
            }
            if (s.hasType(FORUM_TYPES)) {
                return PageType.FORUM;
            }
            if (s.hasType(LISTING_TYPES)) {
                return PageType.LISTING;
            }
        }
        String path = path(url);
        if (declaredArticle || datedAndSigned || DATED_PATH.matcher(path).find() || articleWordInPath(path)) {
            return PageType.ARTICLE;
        }
        if (bodyChars < MIN_BODY_CHARS || path.isEmpty() && url != null) {
            return PageType.LISTING;
        }
        if (bodyChars < MIN_BODY_SHARE * s.mainChars) {
            return PageType.LISTING;
        }
        if (s.codeBlocks >= MIN_CODE_BLOCKS) {
            return PageType.DOCUMENTATION;
        }
        if (s.priceMarks + s.cartMarks >= MIN_SHOP_MARKS) {
            return PageType.PRODUCT;
        }
        return PageType.ARTICLE;
    }

    /** The URL's path without its slashes at either end, lowercased; "" for the root or no URL. */
    private static String path(String url) {
        if (url == null) {
            return "";
        }
        try {
            String p = URI.create(url.strip().replace(" ", "%20")).getPath();
            return p == null ? "" : p.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Whether a folder of the path (not its last segment) is an article word. */
    private static boolean articleWordInPath(String path) {
        String[] segments = path.split("/");
        int folders = segments.length > 1 ? segments.length - 1 : segments.length;
        for (int i = 0; i < folders; i++) {
            if (ARTICLE_PATH_WORDS.contains(segments[i])) {
                return true;
            }
        }
        return false;
    }
}
