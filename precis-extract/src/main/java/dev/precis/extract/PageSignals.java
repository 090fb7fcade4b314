package dev.precis.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Structural facts about a whole page that tell its kind, gathered in one pass over the parsed
 * document before it is cleaned: schema.org types (JSON-LD and microdata), og:type, how much of the
 * visible text sits in links, repeated link blocks (teaser grids), price and cart markup, post and
 * comment structures, code blocks, and the URL's path shape. Not thread-safe; one instance per page.
 */
final class PageSignals {

    private static final Pattern LD_TYPE = Pattern.compile("\"@type\"\\s*:\\s*(\\[[^\\]]*\\]|\"[^\"]*\")");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** schema.org types named on the page (JSON-LD {@code @type}, microdata {@code itemtype}), as written. */
    final Set<String> types = new HashSet<>();
    String ogType = "";
    int textChars;
    int linkChars;
    /** Visible characters outside nav, header, footer and aside, and those of them in links. */
    int mainChars;
    int mainLinkChars;
    int links;
    /** Links whose text is a heading, or that wrap one: teasers. */
    int headingLinks;
    int paragraphs;
    /** The largest group of sibling elements of one tag and class that each hold a link. */
    int repeatedLinkBlocks;
    int priceMarks;
    int cartMarks;
    int postMarks;
    int commentMarks;
    int codeBlocks;
    int codeChars;
    int forms;
    int inputs;
    int timeElements;
    int h1;
    /** Outside nav, header, footer and aside: headings (h2, h3), list items, images, tables. */
    int headings;
    int listItems;
    int images;
    int tables;
    /** Links inside nav, header, footer and aside. */
    int chromeLinks;
    int buttons;
    /** Class or id words of buttons and calls to action, and of user names and avatars. */
    int ctaMarks;
    int userMarks;
    /** Declared schema.org article items (JSON-LD objects, microdata items), counted one by one. */
    int articleItems;
    /** Declared Review items, and those of them listed under a review property (a product's customer reviews). */
    int reviewItems;
    int customerReviewItems;

    private final Set<Element> countedBlocks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The outermost boxes of readers' comments (see {@link #commentBoxes}). */
    private final Set<Element> commentBoxes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Set<Element> commentSections = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<Element, Map<String, Integer>> groups = new java.util.IdentityHashMap<>();

    private PageSignals() {
    }

    /** The signals of {@code doc} (not modified). */
    static PageSignals of(Document doc) {
        PageSignals s = new PageSignals();
        Element og = doc.selectFirst(Queries.OG_TYPE);
        if (og != null) {
            s.ogType = og.attr("content").strip().toLowerCase(Locale.ROOT);
        }
        Element body = doc.body();
        if (body != null) {
            s.commentBoxes(body);
            s.walk(body);
        }
        for (Element script : ElementWalk.named(doc, "script")) {
            if (script.attr("type").contains("ld+json")) {
                s.ldTypes(script.data());
            }
        }
        return s;
    }

    private void ldTypes(String json) {
        Matcher m = LD_TYPE.matcher(json);
        int reviews = 0;
        while (m.find()) {
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) {
                String type = q.group(1).strip();
                types.add(type);
                articleItems += PageFeatures.ARTICLE_TYPES.contains(type) ? 1 : 0;
                reviews += "Review".equals(type) ? 1 : 0;
            }
        }
        if (reviews > 0) {
            int[] c = CustomerReviews.count(json);
            reviewItems += c == null ? reviews : c[0];
            customerReviewItems += c == null ? 0 : c[1];
        }
    }

    private void walk(Element body) {
        NodeTraversor.traverse(new NodeVisitor() {
            int inLink;
            int inCode;
            int inChrome;
            int inComments;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = visible(t.getWholeText());
                    textChars += n;
                    if (inLink > 0) {
                        linkChars += n;
                    }
                    if (inChrome == 0) {
                        mainChars += n;
                        if (inLink > 0) {
                            mainLinkChars += n;
                        }
                    }
                    if (inCode > 0) {
                        codeChars += n;
                    }
                    return;
                }
                if (!(node instanceof Element e) || node instanceof DataNode) {
                    return;
                }
                if (inComments > 0) {
                    // inside readers' comments: their avatars, reply links and form are no sign of the page's kind,
                    // but a schema.org type declared there still is (a thread's posts marked as comments)
                    itemtype(e);
                    return;
                }
                if (readerComments(e)) {
                    words(e);
                    commentSections.add(e);
                    inComments++;
                    inChrome++;
                    return;
                }
                String tag = e.normalName();
                switch (tag) {
                    case "a" -> {
                        inLink++;
                        links++;
                        if (inChrome > 0) {
                            chromeLinks++;
                        }
                        if (inChrome == 0) {
                            if (e.parent() != null && isHeading(e.parent().normalName()) || hasHeadingChild(e)) {
                                headingLinks++;
                            }
                            group(e);
                        }
                    }
                    case "pre" -> {
                        inCode++;
                        codeBlocks++;
                    }
                    case "p" -> paragraphs++;
                    case "nav", "header", "footer", "aside" -> inChrome++;
                    case "form" -> forms++;
                    case "button" -> buttons++;
                    case "h2", "h3" -> headings += inChrome == 0 ? 1 : 0;
                    case "li" -> listItems += inChrome == 0 ? 1 : 0;
                    case "img" -> images += inChrome == 0 ? 1 : 0;
                    case "table" -> tables += inChrome == 0 ? 1 : 0;
                    case "input", "select", "textarea" -> inputs++;
                    case "time" -> timeElements++;
                    case "h1" -> h1++;
                    default -> { }
                }
                itemtype(e);
                String itemprop = e.attr("itemprop");
                if ("price".equals(itemprop) || "priceCurrency".equals(itemprop) || "offers".equals(itemprop)) {
                    priceMarks++;
                }
                words(e);
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (commentSections.contains(e)) {
                        inComments--;
                        inChrome--;
                        return;
                    }
                    if (inComments > 0) {
                        return;
                    }
                    switch (e.normalName()) {
                        case "a" -> inLink--;
                        case "pre" -> inCode--;
                        case "nav", "header", "footer", "aside" -> inChrome--;
                        default -> { }
                    }
                }
            }
        }, body);
    }

    private void itemtype(Element e) {
        String itemtype = e.attr("itemtype");
        if (!itemtype.isEmpty()) {
            int slash = itemtype.lastIndexOf('/');
            String type = itemtype.substring(slash + 1).strip();
            types.add(type);
            articleItems += PageFeatures.ARTICLE_TYPES.contains(type) ? 1 : 0;
            if ("Review".equals(type)) {
                reviewItems++;
                customerReviewItems += CustomerReviews.REVIEW_PROPERTIES.contains(e.attr("itemprop").strip()) ? 1 : 0;
            }
        }
    }

    /** Counts the link's enclosing block in its parent's group of alike siblings (tag and class). */
    private void group(Element link) {
        Element block = link.parent();
        if (block == null) {
            return;
        }
        if (("span".equals(block.normalName()) || isHeading(block.normalName())) && block.parent() != null) {
            block = block.parent();
        }
        Element parent = block.parent();
        if (parent == null || !countedBlocks.add(block)) {
            return;
        }
        int n = groups.computeIfAbsent(parent, k -> new HashMap<>()).merge(block.normalName() + "." + block.className(), 1, Integer::sum);
        repeatedLinkBlocks = Math.max(repeatedLinkBlocks, n);
    }

    private void words(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return;
        }
        String s = (cls + " " + id).toLowerCase(Locale.ROOT);
        if (s.contains("price")) {
            priceMarks++;
        }
        if (s.contains("cart") && !s.contains("chart") && !s.contains("carto") || s.contains("basket") || s.contains("checkout")) {
            cartMarks++;
        }
        if (s.contains("post") && !s.contains("poster") || s.contains("thread") || s.contains("topic") || s.contains("reply")
                || s.contains("answer") || s.contains("message")) {
            postMarks++;
        }
        if (s.contains("comment")) {
            commentMarks++;
        }
        if (s.contains("btn") || s.contains("button") || s.contains("cta")) {
            ctaMarks++;
        }
        if (s.contains("avatar") || s.contains("user") || s.contains("member")) {
            userMarks++;
        }
    }

    /**
     * Class or id names of the box that holds readers' comments under a story and the form to add one
     * (WordPress's "comments-area", "comment-list" and "respond", Disqus's "disqus_thread", "article-comments").
     * A single comment's own name ("comment") is not among them: forum packages give it to each post.
     */
    private static final Pattern COMMENT_SECTION = Pattern.compile("(?i)(?:(?:article|post|entry|story|blog|reader)[-_])?"
            + "comments(?:[-_](?:area|list|section|wrapper|container|block|wrap|holder))?|comment[-_]?(?:list|section|area)"
            + "|commentlist|respond|comment-respond|disqus_thread");
    /** Visible characters of main text outside links that must come before a comment box for it to be readers' comments. */
    static final int MIN_TEXT_BEFORE_COMMENTS = 600;

    /**
     * True when {@code e} is the box of readers' comments after a story: its class or id is a comment box's
     * name and at least {@link #MIN_TEXT_BEFORE_COMMENTS} characters of main text come before it. A
     * thread whose posts are the page (a forum's, a question's answers) has no such story before its box.
     */
    private boolean readerComments(Element e) {
        return commentBoxes.contains(e) && mainChars - mainLinkChars >= MIN_TEXT_BEFORE_COMMENTS;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean commentBoxName(Element e) {
        String cls = e.className();
        String id = e.id();
        if (!CommentNames.mayName(cls) && !CommentNames.mayName(id)) {
            return false; // the common case, without joining, lower-casing or splitting
        }
        String names = (cls + " " + id).toLowerCase(Locale.ROOT);
        if (!names.contains("comment") && !names.contains("respond") && !names.contains("disqus")) {
            return false;
        }
        for (String name : SPACES.split(names)) {
            if (!name.isEmpty() && COMMENT_SECTION.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the outermost comment boxes and keeps them only when they stand in one place (one parent): a
     * story's readers' comments (with the form to add one beside them). Boxes under several parents are
     * the comments of each post of a thread (a question and its answers), which are the page.
     */
    private void commentBoxes(Element body) {
        Set<Element> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : ElementWalk.all(body)) {
            if (e == body || !commentBoxName(e)) {
                continue;
            }
            boolean outermost = true;
            for (Element a = e.parent(); a != null && a != body; a = a.parent()) {
                if (commentBoxes.contains(a)) {
                    outermost = false;
                    break;
                }
            }
            if (outermost) {
                commentBoxes.add(e);
                parents.add(e.parent());
            }
        }
        if (parents.size() > 1) {
            commentBoxes.clear();
        }
    }

    private static boolean hasHeadingChild(Element e) {
        for (Element c : e.children()) {
            if (isHeading(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Whitespace.is(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Whether every declared Review is a product's customer review (listed under a review property). */
    boolean reviewsAreCustomerReviews() {
        return reviewItems > 0 && customerReviewItems == reviewItems;
    }

    /** Whether any of {@code names} is among the page's schema.org types. */
    boolean hasType(Set<String> names) {
        for (String t : types) {
            if (names.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Share of the page's visible text inside links. */
    double linkDensity() {
        return textChars == 0 ? 0 : (double) linkChars / textChars;
    }
}
