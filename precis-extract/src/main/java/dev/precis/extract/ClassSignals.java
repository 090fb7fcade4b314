package dev.precis.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it. Names are split into words at
 * non-letters and camel-case humps, so {@code social-share}, {@code socialShare} and
 * {@code social_share} all yield "social" and "share", while "commentary" never matches "comment".
 * Stateless and thread-safe.
 */
final class ClassSignals {

    /** Words that mark page chrome: sharing, navigation, comments, ads, captions and the like. */
    private static final Set<String> CHROME = Set.of(
            "share", "sharing", "sharer", "social", "comment", "comments", "related", "recommended",
            "recommendations", "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "cookie", "cookies", "consent", "gdpr", "promo", "promotion", "advert", "advertisement",
            "advertising", "ad", "ads", "adslot", "adunit", "dfp", "sponsor", "sponsored", "sidebar",
            "footer", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "tags",
            "popup", "modal", "banner", "caption", "captions", "credit", "credits", "byline", "author",
            "authors", "toolbar", "outbrain", "taboola", "disqus", "masthead", "pagination", "pager",
            "trending", "popular", "widget", "widgets", "overlay", "lightbox", "tooltip", "skip",
            "print", "rating", "poll", "teaser", "teasers", "more", "readmore", "also", "dateline",
            "timestamp", "meta", "bio", "contributor", "correction", "disclaimer", "copyright",
            "hidden", "visually", "sr", "offscreen", "follow", "topics", "keywords", "headline",
            "kicker", "jump", "video", "player", "audio", "gallery",
            "slideshow", "carousel", "photo", "image", "img", "figure", "media", "paywall", "login");

    /** Words that mark article content. */
    private static final Set<String> CONTENT = Set.of(
            "article", "articlebody", "body", "content", "entry", "story", "text", "main", "post",
            "prose", "richtext", "paragraph", "copy", "blog", "detail", "page");

    /** Words that are chrome so surely that a content word beside them does not save the element. */
    private static final Set<String> STRONG_CHROME = Set.of(
            "share", "sharing", "social", "comment", "comments", "related", "recommended",
            "newsletter", "subscribe", "cookie", "cookies", "consent", "promo", "advert",
            "advertisement", "ad", "ads", "sidebar", "footer", "nav", "navigation", "menu",
            "breadcrumb", "breadcrumbs", "outbrain", "taboola", "disqus", "caption", "credit",
            "byline", "author", "authors", "tags", "popular", "trending", "readmore", "newsletters",
            "popup", "modal", "toolbar", "pagination", "signup", "also", "bio", "topics");

    /** Words for boxes that are never the article, however much text they hold. */
    private static final Set<String> NEVER_CONTENT = Set.of(
            "comment", "comments", "disqus", "outbrain", "taboola", "cookie", "cookies", "consent",
            "gdpr", "breadcrumb", "breadcrumbs");

    private ClassSignals() {
    }

    /** -1 for chrome, +1 for content, 0 for nothing said; strong chrome beats content words. */
    static int of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        boolean chrome = false;
        boolean strong = false;
        boolean content = false;
        for (String word : words(cls + " " + id)) {
            if (CONTENT.contains(word)) {
                content = true;
            }
            if (CHROME.contains(word)) {
                chrome = true;
            }
            if (STRONG_CHROME.contains(word)) {
                strong = true;
            }
        }
        if (strong) {
            return -1;
        }
        if (content) {
            return 1;
        }
        return chrome ? -1 : 0;
    }

    /** True when a class or id word names a box that is never the article (comments, share bars, …). */
    static boolean neverContent(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        for (String word : words(cls + " " + id)) {
            if (NEVER_CONTENT.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a class or id word is chrome so surely that nothing saves the element ("share", "sidebar"). */
    static boolean strongChrome(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        for (String word : words(cls + " " + id)) {
            if (STRONG_CHROME.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** True for "weak" chrome: a chrome word that a content word would have cancelled. */
    static boolean hasContentWord(Element e) {
        for (String word : words(e.className() + " " + e.id())) {
            if (CONTENT.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static String[] words(String names) {
        StringBuilder sb = new StringBuilder(names.length() + 8);
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(' ');
            }
            prev = c;
        }
        return splitAtSpaces(sb.toString().toLowerCase(Locale.ROOT).trim());
    }

    /**
     * {@code s.split(" +")} for a trimmed string, without compiling that pattern on every call (the words of
     * every element's class are read several times per page): the runs between spaces; "" gives {""}.
     */
    private static String[] splitAtSpaces(String s) {
        int n = 1;
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && s.charAt(i - 1) != ' ') {
                n++;
            }
        }
        if (n == 1) {
            return new String[] {s};
        }
        String[] out = new String[n];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                if (i > start) {
                    out[k++] = s.substring(start, i);
                }
                start = i + 1;
            }
        }
        return out;
    }
}
