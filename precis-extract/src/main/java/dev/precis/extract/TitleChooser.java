package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Picks the headline: og:title, the JSON-LD headline, the single {@code <h1>} or {@code <title>},
 * each without a site-name suffix or prefix ("Headline | Site", "Site - Headline"). When the page's
 * single h1 agrees with a meta title, the h1 wins (it is what readers see). Stateless and thread-safe.
 */
final class TitleChooser {

    /** Words from which a page's single h1 is taken as its headline whatever its meta titles say. */
    private static final int LONG_HEADLINE = 7;

    private TitleChooser() {
    }

    static String choose(Document doc, String headline, String siteName) {
        return choose(doc, new MetaTags(doc), headline, siteName);
    }

    static String choose(Document doc, MetaTags meta, String headline, String siteName) {
        return both(doc, meta, headline, siteName).article();
    }

    /**
     * The title of the page as an article, and as a page that is no article ({@code other}): there a long
     * h1 is rather a slogan ("Custom Websites as Unique as Our Clients") than its name, and a meta title
     * that words it otherwise wins. The two differ only in that rule, so both come from one pass.
     * {@code top}: the headline that stands at the top of the article, near its date line; the article's
     * title but where a lower heading shows the meta title (see {@link #metaTitleAsHeading}), there the
     * h1 or meta title chosen otherwise.
     */
    record Titles(String article, String other, String top) {
    }

    /** The titles of the page (see {@link Titles}), in one pass over its headings and meta titles. */
    static Titles both(Document doc, MetaTags meta, String headline, String siteName) {
        Titles t = whole(doc, meta, headline, siteName);
        // (the site's name before a glued colon is cut from the article's title only: a page that is no article
        // is named by it, "Brand: what the brand does")
        String site = siteName == null ? "" : norm(siteName).replace(" ", "");
        String cut = TitleSiteNames.siteFirst(t.article(), site, TitleSiteNames.hostLabel(siteName));
        String article = withoutTagline(cut);
        boolean same = cut.equals(t.article());
        return new Titles(article, same && t.other().equals(t.article()) ? article : withoutTagline(t.other()),
                same && t.top().equals(t.article()) ? article : withoutTagline(t.top()));
    }

    private static Titles whole(Document doc, MetaTags meta, String headline, String siteName) {
        String og = TitleSiteNames.strip(meta.get("og:title"), siteName);
        String twitter = TitleSiteNames.strip(meta.get("twitter:title"), siteName);
        String ld = TitleSiteNames.strip(headline, siteName);
        String h1 = singleH1(doc, siteName);
        // read once: jsoup builds the <title>'s text at each call, the size of the whole page when it is never closed
        String pageTitle = doc.title();
        String title = TitleSiteNames.strip(pageTitle, siteName);
        Titles t = byRank(doc, meta, siteName, og, twitter, ld, h1, title, pageTitle);
        String shown = h1 == null ? null : metaTitleAsHeading(doc, h1, siteName, og, ld, title);
        if (shown != null) {
            return new Titles(shown, shown, t.article());
        }
        String kicked = withoutKicker(doc, t.article(), og, ld, title);
        // (the top headline stays the h1 as shown: dates are found beside it)
        return kicked == null ? t : new Titles(kicked, t.other().equals(t.article()) ? kicked : t.other(), t.top());
    }

    /**
     * The headline without the kicker the h1 opens with in an element of its own ({@code <h1><span
     * class="kicker">Exclusive:</span> Headline</h1>}, "Live", "Opinion", "Exklusiv"), when a meta title (og:title,
     * the JSON-LD headline, {@code <title>} without the site) words the rest of the h1 and not the kicker: the
     * page's own metadata then says where the headline starts. Null when {@code chosen} is no h1 of the page
     * with such a kicker.
     */
    private static String withoutKicker(Document doc, String chosen, String... metas) {
        if (chosen.isEmpty()) {
            return null;
        }
        String whole = norm(chosen);
        String rest = null;
        for (String m : metas) {
            String n = m == null ? "" : norm(m);
            // the rest: three words at least; the kicker before it at most four
            if (n.indexOf(' ') > 0 && n.split(" ").length >= 3 && whole.endsWith(" " + n)
                    && whole.length() - n.length() <= 40 && whole.substring(0, whole.length() - n.length()).split(" ").length <= 5) {
                rest = m;
                break;
            }
        }
        if (rest == null) {
            return null;
        }
        for (Element h : ElementWalk.named(doc, "h1")) {
            if (!norm(h.text()).equals(whole)) {
                continue;
            }
            Element first = null;
            for (org.jsoup.nodes.Node n : h.childNodes()) {
                if (n instanceof Element e) {
                    first = e;
                    break;
                }
                if (n instanceof org.jsoup.nodes.TextNode tn && !tn.isBlank()) {
                    break; // the h1 opens with its own text: no kicker element
                }
            }
            if (first != null && !norm(first.text()).isEmpty()
                    && norm(first.text() + " " + rest).equals(whole)) {
                return rest;
            }
        }
        return null;
    }

    /** The titles by the h1 and the meta titles alone (stripped of the site's name), each title also the top one. */
    private static Titles byRank(Document doc, MetaTags meta, String siteName, String og, String twitter, String ld,
            String h1, String title, String pageTitle) {
        String longH1 = null; // the article's title when set; a page that is no article goes on to the meta titles
        if (h1 != null && shouted(h1)) {
            // an h1 typed in capitals is the headline set for display ("BEST DRIP COFFEE MAKER IN 2026"); a meta
            // title in ordinary case that words the same headline is how the page writes it
            for (String candidate : new String[] {og, ld, title}) {
                if (candidate != null && !shouted(candidate) && (similar(candidate, h1) || overlaps(h1, candidate))) {
                    return new Titles(candidate, candidate, candidate);
                }
            }
        }
        if (h1 != null) {
            for (String candidate : new String[] {og, ld, title, twitter, meta.get("og:title"), pageTitle}) {
                if (candidate != null && similar(candidate, h1)) {
                    return new Titles(h1, h1, h1);
                }
            }
            // a headline reworded for search engines: the h1 readers see is the article's title when
            // it shares most of its words with the meta title
            for (String candidate : new String[] {og, ld, title}) {
                if (candidate != null && overlaps(h1, candidate)) {
                    return new Titles(h1, h1, h1);
                }
            }
            // a headline of a sentence's length the page shows is its title even when the meta title
            // words it otherwise; a short one ("Our Blog", "VPN Services") may be a section's label, one
            // ending in a full stop is a slogan written as a sentence, a very long one has run on into
            // the text beside it
            int words = norm(withoutTagline(h1)).split(" ").length;
            if (words >= LONG_HEADLINE && words <= 20 && !h1.endsWith(".")) {
                longH1 = h1;
            }
        }
        if (h1 == null) {
            // several headings of the first rank (the headline, a newsletter box, section titles):
            // the one a meta title names is the headline
            String[] metas = {og, ld, title, twitter, meta.get("og:title"), pageTitle};
            for (String h : h1s(doc, siteName)) {
                for (String candidate : metas) {
                    if (candidate != null && similar(candidate, h)) {
                        return new Titles(h, h, h);
                    }
                }
            }
        }
        if (siteName != null) {
            // a meta title that is only the site's name says nothing about the article
            String site = norm(siteName);
            og = og != null && norm(og).equals(site) ? null : og;
            twitter = twitter != null && norm(twitter).equals(site) ? null : twitter;
        }
        String chosen = MetadataReader.first(og, ld, twitter, h1, title);
        chosen = chosen == null ? "" : chosen;
        String article = longH1 != null ? longH1 : chosen;
        return new Titles(article, chosen, article);
    }

    /**
     * A meta title that the page shows word for word as a heading below the first rank (h2 to h6) while its
     * single h1 reads otherwise: the page shows its headline there, and the h1 is a banner, a pull quote or
     * a shortened label above it ("Best Garden Hoses for Small Yards" over "Best Garden Hoses for Small Yards
     * in 2031"). The first such meta title in the order given, as written there; null when none is shown or
     * one reads as the h1.
     */
    private static String metaTitleAsHeading(Document doc, String h1, String siteName, String... metas) {
        java.util.Map<String, String> wanted = new java.util.LinkedHashMap<>(4);
        String site = siteName == null ? "" : norm(siteName);
        for (String m : metas) {
            // two words at least: a one-word meta title ("Blog") names a section, and may head one too; the
            // site's name alone may head a footer
            if (m != null && norm(m).indexOf(' ') > 0 && !norm(m).equals(site)) {
                wanted.putIfAbsent(norm(m), m);
            }
        }
        if (wanted.isEmpty() || wanted.containsKey(norm(h1))) {
            return null;
        }
        for (Element h : ElementWalk.named(doc, "h2", "h3", "h4", "h5", "h6")) {
            String t = h.text();
            if (t.length() < 300) {
                String shown = wanted.get(norm(t));
                if (shown != null) {
                    return shown;
                }
            }
        }
        return null;
    }

    private static final Pattern TAGLINE = Pattern.compile("\\s+[|\\-–]\\s+");

    /**
     * The headline without a tagline or second title after a spaced hyphen, en dash or bar ("Wedding
     * Planning Tools – Caterer Comparison Spreadsheet", "Best Movers in NYC 2025 | Top 19 Companies",
     * "… in JUCE Applications - Part 1"): a headline's own clauses are joined by a colon or an em dash,
     * a hyphen or bar between spaces separates what the site appends. Kept whole when the part before
     * the separator is shorter than three words ("Zero Waste - A Beginner's Guide", "Webcams - Park").
     */
    static String withoutTagline(String title) {
        java.util.regex.Matcher m = TAGLINE.matcher(title);
        if (!m.find() || m.start() == 0) {
            return title;
        }
        String head = title.substring(0, m.start()).strip();
        return norm(head).split(" ").length >= 3 ? head : title;
    }

    /** The page's one headline h1 (several different ones: none); the site's logo or name in an h1 does not count. */
    private static String singleH1(Document doc, String siteName) {
        List<String> all = h1s(doc, siteName);
        return all.size() == 1 ? all.get(0) : null;
    }

    /** The page's distinct h1 texts in document order, without the site's logo or name. */
    private static List<String> h1s(Document doc, String siteName) {
        Elements h1s = ElementWalk.named(doc, "h1");
        List<String> found = new ArrayList<>(2);
        String site = siteName == null ? "" : norm(siteName).replace(" ", "");
        List<String> boxed = new ArrayList<>(2);
        for (Element h : h1s) {
            // text() keeps the line breaks of a <pre>, <textarea> or <title> inside the h1: a title is one line
            String t = SPACES.matcher(h.text()).replaceAll(" ").strip();
            if (t.isEmpty() || found.contains(t) || boxed.contains(t) || isBrand(h, t, site)) {
                continue;
            }
            (inBox(h) ? boxed : found).add(t);
        }
        // an h1 in the menu, a sidebar or a sign-up overlay names that box, not the article; counted only
        // when no other h1 is left (a page may put its one headline anywhere)
        return found.isEmpty() ? boxed : found;
    }

    private static final java.util.Set<String> BOX_TAGS = java.util.Set.of("nav", "aside", "dialog", "footer");
    private static final java.util.Set<String> BOX_ROLES = java.util.Set.of("navigation", "complementary", "dialog");
    private static final java.util.Set<String> BOX_WORDS = java.util.Set.of(
            "nav", "navigation", "menu", "sidebar", "newsletter", "subscribe", "modal", "popup");

    /**
     * True when the h1 stands in a box that is not the article's: navigation, a sidebar, a page footer, a
     * dialog or sign-up box (by tag, ARIA role or class and id words; ancestors up to the body).
     */
    private static boolean inBox(Element h) {
        for (Element x = h.parent(); x != null && !"body".equals(x.normalName()); x = x.parent()) {
            if (BOX_TAGS.contains(x.normalName()) || BOX_ROLES.contains(x.attr("role")) || x.hasAttr("aria-modal")) {
                return true;
            }
            if (x.attributesSize() > 0) {
                String names = x.className() + " " + x.id();
                if (names.length() > 2) {
                    for (String w : ClassSignals.words(names)) {
                        if (BOX_WORDS.contains(w)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * An h1 that names the site rather than the article: its text is the site's name, or it sits in
     * the page's masthead (a {@code <header>} outside any article) as a link to the site's home page.
     */
    private static boolean isBrand(Element h, String text, String site) {
        if (!site.isEmpty() && norm(text).replace(" ", "").equals(site)) {
            return true;
        }
        Element link = h.closest(Queries.LINK);
        link = link != null ? link : h.selectFirst(Queries.LINK);
        if (link == null || link.text().strip().length() < text.length() / 2) {
            return false;
        }
        String href = link.attr("href").strip();
        boolean home = href.equals("/") || href.equals("./") || href.matches("(?i)(?:https?:)?//[^/]+/?(?:index\\.\\w+)?");
        return home && h.closest(Queries.ARTICLE) == null;
    }

    /**
     * True when the text has eight capitals or more and no lower-case letter (scripts without case, such as
     * Chinese, are never shouted).
     */
    static boolean shouted(String text) {
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 8;
    }

    private static boolean similar(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (y.isEmpty()) {
            return false;
        }
        // "Headline | Site", "Site: Headline", "Headline | Subtitle | Site": the h1 is one end of it
        boolean segment = y.length() >= 15 && y.indexOf(' ') > 0 && (x.startsWith(y + " ") || x.endsWith(" " + y));
        return x.equals(y) || segment || x.startsWith(y) && y.length() > x.length() * 0.6
                || y.startsWith(x) && x.length() > y.length() * 0.6;
    }

    /** True when most of the h1's words (four or more of them) are in {@code other}. */
    static boolean overlaps(String h1, String other) {
        String[] words = norm(h1).split(" ");
        if (words.length < 4 || words.length > 25) {
            return false;
        }
        java.util.Set<String> in = new java.util.HashSet<>(java.util.Arrays.asList(norm(other).split(" ")));
        int shared = 0;
        int content = 0;
        for (String w : words) {
            if (w.length() >= 4) {
                content++;
                if (in.contains(w) || w.endsWith("s") && in.contains(w.substring(0, w.length() - 1))
                        || in.contains(w + "s")) {
                    shared++;
                }
            }
        }
        return content >= 2 && shared * 2 >= content;
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    static final Pattern SPACES = Pattern.compile("\\s+");

    static String norm(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
