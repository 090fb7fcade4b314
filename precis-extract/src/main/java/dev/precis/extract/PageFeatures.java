package dev.precis.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The numbers {@link PageTypeClassifier} weighs, from a page's {@link PageSignals}, its extracted
 * paragraphs, its metadata and its URL's path shape. Counts enter as {@code log(1 + n)}, shares as
 * they are, yes/no facts as 0 or 1. The order is {@link #NAMES}. Stateless and thread-safe.
 */
final class PageFeatures {

    /** The features in order (the names in the fitting script {@code bench/pagetype-fit.py}). */
    static final List<String> NAMES = List.of("ld_art", "ld_prod", "ld_forum", "ld_list", "og_art", "og_prod", "body",
            "bparas", "mld", "rep", "price", "cart", "post", "comment", "code", "codec", "forms", "inputs", "pub",
            "byline", "udate", "slugw", "u_doc", "u_forum", "u_art", "avgp", "heads", "lis", "imgs", "clinks",
            "buttons", "cta", "users", "shortshare");

    static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting", "Report",
            "TechArticle", "ScholarlyArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
            "LiveBlogPosting", "Recipe", "HowTo", "Review");
    static final Set<String> PRODUCT_TYPES = Set.of("Product", "ProductGroup", "AggregateOffer", "Offer",
            "IndividualProduct");
    static final Set<String> FORUM_TYPES = Set.of("DiscussionForumPosting", "QAPage", "Comment", "SocialMediaPosting");
    static final Set<String> LISTING_TYPES = Set.of("CollectionPage", "SearchResultsPage", "ItemList", "ProfilePage");

    /** Folder names (not the last path segment) under which sites file documentation. */
    static final Set<String> DOC_FOLDERS = Set.of("docs", "doc", "documentation", "api", "reference", "manual", "help",
            "support", "kb", "knowledge-base", "knowledgebase", "wiki", "learn", "tutorial", "tutorials", "developer",
            "developers", "guide", "guides", "handbook");
    /** … forum threads. */
    static final Set<String> FORUM_FOLDERS = Set.of("forum", "forums", "thread", "threads", "t", "topic", "topics",
            "questions", "question", "discussion", "discussions", "community", "comments", "r", "q", "board", "boards");
    /** … articles. */
    static final Set<String> ARTICLE_FOLDERS = Set.of("blog", "blogs", "news", "article", "articles", "post", "posts",
            "story", "stories", "insights", "resources", "magazine");

    private static final Pattern DATED_PATH = Pattern.compile("/(19|20)\\d\\d/(0?[1-9]|1[0-2])/");
    private static final Pattern EXTENSION = Pattern.compile("\\.\\w+$");

    private PageFeatures() {
    }

    /** The URL's path as written (no query or fragment), "" when there is none. */
    static String path(String url) {
        if (url == null) {
            return "";
        }
        int start = url.indexOf("://");
        start = start < 0 ? 0 : url.indexOf('/', start + 3);
        if (start < 0) {
            return "";
        }
        int end = url.length();
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return url.substring(start, end);
    }

    /** The path's non-empty segments. */
    static String[] segments(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? new String[0] : p.split("/+");
    }

    /** Whether a folder of the path (any segment but the last) is in {@code words}, ignoring case. */
    static boolean folderIn(String[] segments, Set<String> words) {
        for (int i = 0; i < segments.length - 1; i++) {
            if (words.contains(segments[i].toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean datedPath(String path) {
        return DATED_PATH.matcher(path).find();
    }

    /** The feature vector; {@code paragraphs} are the extracted body's blocks. */
    static double[] of(PageSignals s, List<String> paragraphs, String url, boolean published, boolean byline) {
        int body = 0;
        int shortOnes = 0;
        for (String p : paragraphs) {
            body += p.length();
            if (p.length() < 100) {
                shortOnes++;
            }
        }
        int blocks = Math.max(paragraphs.size(), 1);
        String path = path(url);
        String[] segs = segments(path);
        String last = segs.length == 0 ? "" : EXTENSION.matcher(segs[segs.length - 1]).replaceAll("");
        int slugWords = 0;
        for (String w : last.split("[-_]")) {
            slugWords += w.isEmpty() ? 0 : 1;
        }
        return new double[] {
            bit(s.hasType(ARTICLE_TYPES)), bit(s.hasType(PRODUCT_TYPES)), bit(s.hasType(FORUM_TYPES)),
            bit(s.hasType(LISTING_TYPES)), bit("article".equals(s.ogType)),
            bit(s.ogType.contains("product") || s.ogType.contains("item")), lg(body), lg(paragraphs.size()),
            (double) s.mainLinkChars / Math.max(s.mainChars, 1), lg(s.repeatedLinkBlocks), lg(s.priceMarks),
            lg(s.cartMarks), lg(s.postMarks), lg(s.commentMarks), lg(s.codeBlocks),
            (double) s.codeChars / Math.max(s.textChars, 1), lg(s.forms), lg(s.inputs), bit(published), bit(byline),
            bit(datedPath(path)), Math.min(slugWords, 12), bit(folderIn(segs, DOC_FOLDERS)),
            bit(folderIn(segs, FORUM_FOLDERS)), bit(folderIn(segs, ARTICLE_FOLDERS)), lg((double) body / blocks),
            lg(s.headings), lg(s.listItems), lg(s.images), lg(s.chromeLinks), lg(s.buttons), lg(s.ctaMarks),
            lg(s.userMarks), (double) shortOnes / blocks,
        };
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }

    private static double lg(double x) {
        return Math.log1p(Math.max(x, 0));
    }
}
