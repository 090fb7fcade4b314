package dev.precis.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shapes of a page's address that tell its kind before its text does, for {@link PageTypeClassifier}'s rules: a
 * forum package's thread script or numbered thread, a manual's host or folder, a home page (and a post addressed by
 * its number from there), a section's front and its later pages, an archive, a story's host or path, a shop's aisle or
 * item, a business's service pages, a calculator. General shapes, never the names of particular sites. Stateless and
 * thread-safe.
 */
final class AddressShapes {

    private AddressShapes() {
    }

    /**
     * The thread scripts of the common forum packages (phpBB and FluxBB "viewtopic.php", vBulletin
     * "showthread.php", Invision "showtopic", MyBB "showthread.php", Simple Machines "index.php?topic="):
     * a page they serve is a thread, whatever its first post reads like.
     */
    private static final Pattern FORUM_SCRIPT = Pattern.compile(
            "/(?:viewtopic|showthread|showtopic|viewthread)(?:\\.php)?(?:[?/#]|$)|/index\\.php\\?(?:[^#]*&)?topic=\\d",
            Pattern.CASE_INSENSITIVE);

    /** True when the address is served by a forum package's thread script. */
    static boolean forumScript(String url) {
        return FORUM_SCRIPT.matcher(url).find();
    }

    /** Folders under which forum packages file their threads, each with its number. */
    private static final Set<String> THREAD_FOLDERS = Set.of("thread", "threads", "t", "topic", "topics", "discussion",
            "discussions", "comments");
    /**
     * A thread's number as forum packages write it: the whole segment ("/topic/18427/…", "/discussion/39620/…",
     * "/t/slug/931828"), before the title with four digits or more ("/topic/188682-new-case/", not
     * "/topics/100-best-books") or after it with a dot ("/threads/best-hosts-2025.691400/"); a year
     * ("/topics/2024/") is no thread number.
     */
    private static final Pattern THREAD_NUMBER = Pattern.compile(
            "(?!(?:19|20)\\d\\d$)\\d{3,}|(?!(?:19|20)\\d\\d-)\\d{4,}-.+|.+\\.\\d{3,}");
    /** A thread's short key of letters and digits right after "comments" ("/comments/1rl0nt4/…"). */
    private static final Pattern THREAD_KEY = Pattern.compile("(?i)(?=[a-z]*\\d)[a-z0-9]{5,9}");

    /**
     * True when the path is a forum thread's: a thread folder followed, in one of the next two segments, by
     * the thread's number (or, after "comments", its short key). A story filed under "topics" has a name, not
     * a number ("/topic/history-of-coffee", "/topics/elections-2024", "/topics/2024-elections").
     */
    static boolean threadAddress(String[] segments) {
        for (int i = 0; i < segments.length - 1; i++) {
            String folder = segments[i].toLowerCase(Locale.ROOT);
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

    /**
     * The folders where a business files the pages about what it offers and why to choose it; "services"
     * in the plural only (a news site's "Service" section in German holds consumer articles).
     */
    static final Set<String> SERVICE_FOLDERS = Set.of("services", "what-we-do", "why-us", "expertise",
            "capabilities", "industries", "solutions");

    /** Folders that hold a product's manual; narrower than {@link PageFeatures#DOC_FOLDERS}, which also holds "guides". */
    static final Set<String> MANUAL_FOLDERS = Set.of("docs", "documentation");

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
            String host = url.substring(start + 3, end).toLowerCase(Locale.ROOT);
            if (host.startsWith("docs.") || host.startsWith("developer.") || host.startsWith("developers.")) {
                return true;
            }
        }
        return PageFeatures.folderIn(PageFeatures.segments(PageFeatures.path(url)), MANUAL_FOLDERS);
    }

    /**
     * A dated path, an article folder ("/story/25/12/19/…", "/blog/…") or a blog's or newsroom's own host
     * ("blog.example.com/products/maps/…"): the address of a story, wherever it is filed.
     */
    static boolean articleAddress(String url) {
        String path = PageFeatures.path(url);
        return PageFeatures.datedPath(path) || PageFeatures.folderIn(PageFeatures.segments(path), PageFeatures.ARTICLE_FOLDERS)
                || storyHost(url);
    }

    private static final Pattern STORY_HOST = Pattern.compile("(?i)^[a-z]+://(?:blogs?|news)\\.[^/?#]+|^[a-z]+://[^/?#]+\\.blog(?:[:/?#]|$)");

    /** True when the host is a blog's or a newsroom's ("blog.…", "blogs.…", "news.…", "….blog"). */
    static boolean storyHost(String url) {
        return STORY_HOST.matcher(url).find();
    }

    private static final Pattern LANGUAGE_ROOT = Pattern.compile(
            "(?i)[a-z]{2}(?:[-_][a-z]{2})?|index\\.\\w+|home(?:page)?");

    /** True for the path of a home page: none at all, a language's root ("/de/", "/en-gb/") or "/index.html". */
    static boolean homePage(String[] segments) {
        return segments.length == 0 || segments.length == 1 && LANGUAGE_ROOT.matcher(segments[0]).matches();
    }

    /**
     * A query parameter that names one item by its number ("?p=412", "?id=4432", "?page_id=7", "?article_id=88"):
     * how blogging tools and older CMSs address a single post when they serve it from the site's root or its index
     * script. Paging, archive and sorting parameters ("?paged=2", "?cat=5", "?m=202403") name no item.
     */
    private static final Pattern ITEM_QUERY = Pattern.compile("(?i)(?:^|&)(?:p|id|nid|aid|page_id|post|article|story"
            + "|(?:post|article|story|news|entry|item|content)[-_]?id)=\\d+(?:&|$)");

    /** True when the address's query names one item by its number (see {@link #ITEM_QUERY}). */
    static boolean namesOneItem(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return false;
        }
        int end = url.indexOf('#', q);
        return ITEM_QUERY.matcher(url.substring(q + 1, end < 0 ? url.length() : end)).find();
    }

    /** The segments without a trailing page number ("/news/page/3" as "/news"): a listing's later pages are it too. */
    static String[] withoutPageNumber(String[] segments) {
        int n = segments.length;
        if (n >= 2 && "page".equalsIgnoreCase(segments[n - 2]) && segments[n - 1].matches("\\d+")) {
            return Arrays.copyOf(segments, n - 2);
        }
        return segments;
    }

    /** Folders whose named pages are archives of posts: a category's, a tag's, an author's. */
    private static final Set<String> ARCHIVE_FOLDERS = Set.of("category", "tag", "tags", "author");

    /**
     * True when the path ends in an archive folder and the archive's name ("/category/soups/", "/tag/climate",
     * "/author/helen-wu"): the posts filed there, listed; a post's own page has its name after the archive's.
     */
    static boolean archivePage(String[] segments) {
        return segments.length >= 2 && ARCHIVE_FOLDERS.contains(segments[segments.length - 2].toLowerCase(Locale.ROOT));
    }

    /**
     * The article folders that name a section ({@link PageFeatures#ARTICLE_FOLDERS} without the singular
     * "article", "post" and "story", which some sites give a story's own page: "/news/2024/…/story").
     */
    private static final Set<String> SECTION_FOLDERS = Set.of("blog", "blogs", "news", "articles", "posts", "stories",
            "insights", "resources", "magazine");

    /**
     * The names of pages that list what a site published or what was written about it: an archive of issues, a
     * firm's press page, its coverage in the news ("/newsletter/archive", "/press", "/about/in-the-news/").
     */
    private static final Set<String> LIST_PAGES = Set.of("archive", "archives", "press", "newsroom", "press-releases",
            "news-releases", "in-the-news", "media-coverage", "press-coverage");

    /**
     * True when the path ends in a section folder's own name ("/news", "/de/blog/"), the section's front page, or
     * in the name of a page that lists what a site published ({@link #LIST_PAGES}).
     */
    static boolean sectionFront(String[] segments) {
        if (segments.length == 0) {
            return false;
        }
        String last = segments[segments.length - 1].toLowerCase(Locale.ROOT);
        return SECTION_FOLDERS.contains(last) || LIST_PAGES.contains(last);
    }

    /** Folders of a glossary's or dictionary's entries: one term defined each, reference, not a story. */
    private static final Set<String> GLOSSARY_FOLDERS = Set.of("glossary", "glossaries", "dictionary", "definitions");

    /** True when a folder of the path is a glossary's ("/glossary/sinking-fund"). */
    static boolean glossaryEntry(String[] segments) {
        return PageFeatures.folderIn(segments, GLOSSARY_FOLDERS);
    }

    /**
     * Folders where a shop files its aisles ("/browse/…", Shopify's "/collections/…"); not the singular
     * "collection", under which magazines and archives file their own articles.
     */
    static final Set<String> STORE_FOLDERS = Set.of("browse", "collections");

    /** Folders where a shop or a firm files the pages of what it sells, one item each. */
    static final Set<String> PRODUCT_FOLDERS = Set.of("product", "products");

    /** True when the path ends in a manual's own folder name ("/docs", "/en/documentation/"). */
    static boolean manualFront(String[] segments) {
        return segments.length > 0 && MANUAL_FOLDERS.contains(segments[segments.length - 1].toLowerCase(Locale.ROOT));
    }

    private static final Pattern CALCULATOR = Pattern.compile(
            "(?i)(?:^|[-_])calculator(?:\\.\\w+)?$");

    /** True when the last segment's last word is "calculator" ("retirement-plan-calculator.htm"). */
    static boolean calculator(String[] segments) {
        return segments.length > 0 && CALCULATOR.matcher(segments[segments.length - 1]).find();
    }
}
