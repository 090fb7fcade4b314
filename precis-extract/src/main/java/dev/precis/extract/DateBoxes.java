package dev.precis.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What the markup says about a box around a date, for {@link VisibleDates}: named a date box (and of
 * which kind), a box of a post's facts, a link, list item or comment, or hidden from every reader.
 * Class and id words are read with {@link ClassSignals#words}.
 */
final class DateBoxes {

    private DateBoxes() {
    }

    /** True when {@code e} stands in a link, a list item or a box named a comment or reply. */
    static boolean listed(Element e) {
        for (Element x = e; x != null && !"body".equals(x.normalName()); x = x.parent()) {
            String tag = x.normalName();
            if ("a".equals(tag) || "li".equals(tag)) {
                return true;
            }
            String names = x.className() + " " + x.id();
            if (names.length() > 2) {
                for (String w : ClassSignals.words(names)) {
                    if (w.startsWith("comment") || w.startsWith("kommentar") || w.startsWith("repl") || w.startsWith("reac")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Class and id words that name a date box ("date", "post-date", "articleDatum", "zeitstempel" is not one). */
    private static final Set<String> DATE_WORDS = Set.of(
            "date", "datum", "time", "zeit", "dateline", "fecha", "timestamp", "datetime", "pubdate");

    /** True when {@code e}'s class or id names a date ("date", "article-date", "datum"). */
    static boolean dateNamed(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = e.className() + " " + e.id();
        if (names.length() < 5) {
            return false;
        }
        for (String w : ClassSignals.words(names)) {
            if (DATE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Class and id words of boxes that hold a post's facts (its date among them), as other date readers look in. */
    private static final Set<String> META_WORDS = Set.of(
            "meta", "postmeta", "byline", "subline", "posted", "submitted", "published", "publication", "parution",
            "dateline", "small");
    /** Words that make an "info" box the post's own ("post-info", "article-info", "news-info"). */
    private static final Set<String> POST_WORDS = Set.of(
            "post", "entry", "article", "artikel", "beitrag", "news", "story", "blog");

    /**
     * True when {@code e} is a box a last resort may read a date in besides those named a date: a
     * {@code <small>}, a box named for a post's facts ("entry-meta", "byline", "post-info"), or one whose
     * class word holds a date's name inside a compound ("newsdate", "artikeldatum", "posttime").
     */
    static boolean metaNamed(Element e) {
        if ("small".equals(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = e.className() + " " + e.id();
        if (names.length() < 5) {
            return false;
        }
        boolean info = false;
        boolean post = false;
        for (String w : ClassSignals.words(names)) {
            if (META_WORDS.contains(w) || w.length() > 5 && (w.endsWith("date") || w.endsWith("datum") || w.endsWith("fecha")
                    || w.endsWith("time") && !w.endsWith("runtime")) && !w.startsWith("upd")) {
                return true;
            }
            info |= "info".equals(w) || "infos".equals(w);
            post |= POST_WORDS.contains(w);
        }
        return info && post;
    }

    /**
     * The kind an element's class, id or itemprop names as a publication's or modification's date box
     * ("entry-date", "post-date", "date-published", "updated"), or NONE; most elements have no such
     * name and cost one short check.
     */
    static DateLabels.Kind namedKind(Element e) {
        if (e.attributesSize() == 0) {
            return DateLabels.Kind.NONE;
        }
        String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
        if (names.length() < 6) {
            return DateLabels.Kind.NONE;
        }
        return DateLabels.dateBox(names);
    }

    /**
     * Class names that hide an element in every layout (not "hidden-xs", which hides it on phones only);
     * "rich-snippet-hidden" is the Avada theme's copy of a post's facts (its change, ISO) for search engines.
     */
    private static final Set<String> HIDING_CLASSES = Set.of(
            "hidden", "invisible", "d-none", "is-hidden", "w-condition-invisible", "rich-snippet-hidden");

    /**
     * True when readers never see {@code e}: the {@code hidden} attribute, an inline
     * {@code display:none}, or a class that hides it everywhere. Its text (a second copy of the
     * standfirst, a template's unused date) neither dates the page nor counts as running text before
     * the meta line. Text only for screen readers ("Posted on" labels) is read: it is no hidden copy.
     */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none")) {
            return true;
        }
        String cls = e.className();
        if (cls.indexOf("hidden") < 0 && cls.indexOf("invisible") < 0 && cls.indexOf("d-none") < 0) {
            // (most class lists name none of them: no split for those)
            return false;
        }
        for (String c : cls.split("\\s+")) {
            if (HIDING_CLASSES.contains(c.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
