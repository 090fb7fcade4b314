package dev.precis.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Tells the parts of a page whose dates and names are not the article's: comments, sidebars,
 * footers, the page's masthead, navigation, related-article and "most read" lists, teasers, widgets — by tag
 * ({@code aside}, {@code nav}, {@code footer}), ARIA role and class or id words. Stateless and
 * thread-safe.
 */
final class PageRegions {

    private static final Set<String> SKIPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "select", "button", "nav", "aside", "footer",
            "iframe", "textarea", "dialog", "figcaption");
    private static final Set<String> ROLES = Set.of("complementary", "navigation", "contentinfo", "banner", "dialog");
    private static final Set<String> WORDS = Set.of(
            "comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires", "comentarios",
            "commenti", "reactions", "reply", "replies", "respond", "discussion", "disqus", "sidebar", "rail",
            "aside", "footer", "related", "recommended", "recommendation", "recommendations", "popular",
            "trending", "teaser", "teasers", "nav", "navigation", "menu", "newsletter",
            "outbrain", "taboola", "promo", "ticker", "archive", "archives", "pagination", "pager", "latest",
            "recent", "cookie", "cookies", "consent", "mostread", "weitere", "lesen", "auch", "voir", "aussi",
            "carousel", "slider", "breaking", "feed", "listing", "cards", "commentlist", "leserkommentare",
            "seitenleiste", "randspalte", "marginalspalte",
            // readers' comments in Dutch, Polish, Spanish, Italian, French and German
            "reacties", "reactie", "komentarze", "komentarzy", "reacciones", "reazioni", "réactions", "reaktionen");

    /** An aside inside an article with at most this much text is its meta box, not a sidebar. */
    private static final int SMALL_ASIDE = 400;

    private PageRegions() {
    }

    /** True when the element (not its ancestors) is chrome whose dates do not date the article. */
    static boolean isChrome(Element e) {
        String tag = e.normalName();
        if (SKIPPED_TAGS.contains(tag)) {
            // an article's own footer and its small asides (the date and author box beside the
            // text) carry its byline and dates; the page's footer and sidebars do not
            if ("footer".equals(tag) || "aside".equals(tag)) {
                if ("footer".equals(tag) && postsOwn(e)) {
                    // "entry-footer", "post-footer": the post's own footer, also on pages without <article>
                    return false;
                }
                if (e.parent() == null || e.parent().closest(Queries.ARTICLE) == null) {
                    return true;
                }
                if ("footer".equals(tag)) {
                    return false;
                }
                if (textLonger(e, SMALL_ASIDE)) {
                    return true;
                }
            } else {
                return true;
            }
        }
        if ("header".equals(e.normalName()) && e.closest(Queries.ARTICLE) == null) {
            // the page's masthead (often today's date); an article's header holds its headline and is kept
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && ROLES.contains(role)) {
            return true;
        }
        String names = e.className() + " " + e.id();
        if (names.length() < 2) {
            return false;
        }
        for (String w : ClassSignals.words(names)) {
            // a box named "entry-footer" inside an article is the article's own footer, as a <footer>
            // there is ("Erstellt am 12.07.2017", "Posted in News on …")
            if (WORDS.contains(w) && !("footer".equals(w) && (e.parent() != null && e.parent().closest(Queries.ARTICLE) != null
                    || postsOwn(e) || inPostBox(e)))) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a footer the post's own ("entry-footer", "post-footer", "article-footer", "artikel-footer"). */
    private static final Set<String> POST_WORDS = Set.of("entry", "post", "article", "artikel", "beitrag", "story", "news");

    /** True when {@code e}'s class names it the post's own footer: a word for the post beside "footer". */
    private static boolean postsOwn(Element e) {
        String cls = e.className();
        if (cls.indexOf("ooter") < 0) {
            return false;
        }
        boolean post = false;
        boolean footer = false;
        for (String w : ClassSignals.words(cls)) {
            post |= POST_WORDS.contains(w);
            footer |= "footer".equals(w);
        }
        return post && footer;
    }

    /** Microdata types of an article item ("http://schema.org/Article", "NewsArticle", "BlogPosting"). */
    private static final java.util.regex.Pattern ARTICLE_ITEM = java.util.regex.Pattern.compile("(?:Article|Posting)$");

    /**
     * True when the box named "footer" sits in the post's own box, its parent or grandparent: a microdata
     * item of an article type, or a box named for a post ("article", "news-single") that holds the headline's
     * h1. TYPO3's news records write their date so ({@code <div class="article" itemscope
     * itemtype="http://schema.org/Article"><div class="header"><h3>…</h3></div><div class="footer"><time …>}),
     * also on pages without {@code <article>}; a page's footer is no child of such a box.
     */
    private static boolean inPostBox(Element e) {
        Element p = e.parent();
        for (int i = 0; i < 2 && p != null && !"body".equals(p.normalName()); i++, p = p.parent()) {
            if (p.hasAttr("itemscope") && ARTICLE_ITEM.matcher(p.attr("itemtype")).find()) {
                return true;
            }
            if (!p.className().isEmpty() && java.util.Arrays.stream(ClassSignals.words(p.className())).anyMatch(POST_WORDS::contains)
                    && p.selectFirst(Queries.H1) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} holds more than {@code max} characters of text (visiting at most 400 nodes; more is "longer"). */
    private static boolean textLonger(Element e, int max) {
        int[] seen = {0, 0};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (++seen[0] > 400 || seen[1] > max) {
                    seen[1] = max + 1;
                    return FilterResult.STOP;
                }
                if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    seen[1] += t.text().strip().length() + 1;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return seen[1] > max;
    }

    /** True when {@code e} or an ancestor is chrome, stopping at {@code keep} (the headline's box). */
    static boolean inChrome(Element e, Element keep) {
        for (Element x = e; x != null && !"body".equals(x.normalName()); x = x.parent()) {
            if (x == keep || keep != null && x.ownerDocument() != null && isAncestor(x, keep)) {
                return false;
            }
            if (isChrome(x)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element x, Element of) {
        for (Element p = of.parent(); p != null; p = p.parent()) {
            if (p == x) {
                return true;
            }
        }
        return false;
    }
}
