package dev.precis.extract;

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
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return 0;
        }
        return signal(roleWords(e));
    }

    /**
     * {@link #of} read as the core rules read it, from every word of the class and id (spelled ids and
     * generated tokens included, see {@link SpelledNames}): what the page-type decision's body was cut by.
     */
    static int coreOf(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return 0;
        }
        return signal(words(e.className() + " " + e.id()));
    }

    /** {@link #of} over words already read (see {@link #roleWords}, {@link #allWords}). */
    static int signal(String[] words) {
        boolean chrome = false;
        boolean strong = false;
        boolean content = false;
        for (String word : words) {
            if (CONTENT.contains(word)) {
                content = true;
            }
            // every strong chrome word is a chrome word (STRONG_CHROME is a subset of CHROME)
            if (CHROME.contains(word)) {
                chrome = true;
                if (STRONG_CHROME.contains(word)) {
                    strong = true;
                }
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
        return !(e.className().isEmpty() && e.id().isEmpty()) && any(roleWords(e), NEVER_CONTENT);
    }

    /** True when a class or id word is chrome so surely that nothing saves the element ("share", "sidebar"). */
    static boolean strongChrome(Element e) {
        return !(e.className().isEmpty() && e.id().isEmpty()) && any(roleWords(e), STRONG_CHROME);
    }

    private static boolean any(String[] words, Set<String> set) {
        for (String word : words) {
            if (set.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code e}'s role words (see {@link #roleWords}) may differ from all the words of its class and
     * id: a generated token in them, or an id of three or more tokens spelled from the element's text.
     */
    static boolean spelled(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        // withoutHashes gives its argument itself back when it blanks nothing; a token never spans the space
        // between class and id, so the two are read apart, without joining them
        if (SpelledNames.withoutHashes(cls) != cls || SpelledNames.withoutHashes(id) != id) {
            return true;
        }
        return slugShaped(id) && anySignal(words(cls + " " + id)) && SpelledNames.fromText(id, e);
    }

    /** True when {@code id} has the three tokens or more a slug of a text has (two separators at least). */
    private static boolean slugShaped(String id) {
        int separators = 0;
        for (int i = 0; i < id.length() && separators < 2; i++) {
            separators += Character.isLetterOrDigit(id.charAt(i)) ? 0 : 1;
        }
        return separators >= 2;
    }

    /** True when a class or id word names content embedded from another site ("wp-block-embed", "embedded-post"). */
    static boolean embed(Element e) {
        for (String word : roleWords(e)) {
            if ("embed".equals(word) || "embedded".equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a class or id word names an accordion and its only chrome word is "hidden"
     * ("accordion-panel accordion-panel-hidden"): the word is the pane's closed state, not its role.
     */
    static boolean closedAccordionPane(Element e) {
        return closedAccordionPane(roleWords(e));
    }

    /** True for "weak" chrome: a chrome word that a content word would have cancelled. */
    static boolean hasContentWord(Element e) {
        for (String word : roleWords(e)) {
            if (CONTENT.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code e}'s class and id that can say what the element is for: not an id spelled from the
     * element's own opening text, nor a token mixing letters and digits (see {@link SpelledNames}).
     */
    static String[] roleWords(Element e) {
        String cls = e.className();
        String id = e.id();
        String[] all = words(SpelledNames.withoutHashes(cls + " " + id));
        // reading the element's text to compare with its id is done only when a word could be lost
        if (!slugShaped(id) || !anySignal(all) || !SpelledNames.fromText(id, e)) {
            return all;
        }
        return words(SpelledNames.withoutHashes(cls));
    }

    /** Every word of {@code e}'s class and id, as the core rules read them (see {@link #coreOf}). */
    static String[] allWords(Element e) {
        return words(e.className() + " " + e.id());
    }

    /** {@link #neverContent} over words already read. */
    static boolean neverContent(String[] words) {
        return any(words, NEVER_CONTENT);
    }

    /** {@link #strongChrome} over words already read. */
    static boolean strongChrome(String[] words) {
        return any(words, STRONG_CHROME);
    }

    /** {@link #closedAccordionPane} over role words already read. */
    static boolean closedAccordionPane(String[] words) {
        boolean accordion = false;
        for (String word : words) {
            if ("accordion".equals(word)) {
                accordion = true;
            } else if (CHROME.contains(word) && !"hidden".equals(word)) {
                return false;
            }
        }
        return accordion;
    }

    private static boolean anySignal(String[] words) {
        for (String w : words) {
            if (CHROME.contains(w) || CONTENT.contains(w) || "embed".equals(w) || "embedded".equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code names}, lower-case: split at every character that is no letter and before a capital
     * that follows a small letter; {""} when there is none. One pass into a buffer and one over it (the words
     * of every element's class are read several times per page): a letter lowered by {@link Character#toLowerCase(char)}
     * is already as {@code String.toLowerCase(Locale.ROOT)} would leave it, for every letter of the BMP.
     */
    static String[] words(String names) {
        int len = names.length();
        // each character gives at most a space and itself
        char[] buf = new char[2 * len];
        int k = 0;
        char prev = ' ';
        for (int i = 0; i < len; i++) {
            char c = names.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
                    buf[k++] = ' ';
                }
                buf[k++] = Character.toLowerCase(c);
            } else {
                buf[k++] = ' ';
            }
            prev = c;
        }
        int n = 0;
        for (int i = 0; i < k; i++) {
            if (buf[i] != ' ' && (i == 0 || buf[i - 1] == ' ')) {
                n++;
            }
        }
        if (n == 0) {
            return new String[] {""};
        }
        String[] out = new String[n];
        int w = 0;
        int start = -1;
        for (int i = 0; i <= k; i++) {
            boolean letter = i < k && buf[i] != ' ';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                out[w++] = new String(buf, start, i - start);
                start = -1;
            }
        }
        return out;
    }
}
