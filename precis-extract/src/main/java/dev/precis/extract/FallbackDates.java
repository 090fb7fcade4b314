package dev.precis.extract;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Last resorts for a page that dates itself nowhere an earlier stage reads, in the spirit of a peer's "extensive
 * search" but each bound to what states the page's own publication:
 * <ul>
 *   <li>{@link #declared}: a {@code <meta>} tag or a hidden form field whose name calls its value a publication in the
 *       page's own language or in an unlisted spelling ({@code <meta name="datum">}, {@code "veroeffentlichungsdatum"},
 *       {@code "date-parution"}, {@code "data_pubblicazione"}, {@code "fecha-publicacion"}, {@code "publicatiedatum"},
 *       {@code "data-publikacji"}, {@code "published_on"}, {@code "article:post_date"},
 *       {@code <input type="hidden" name="pubdate">}); never a name that says a change, an expiry, an event, a birth or
 *       a search bound;</li>
 *   <li>{@link #ownAddress}: the page's own dated address written in another link of the page: its AMP version
 *       ({@code <link rel="amphtml">}), a share button's encoded address on the page's host, or a link whose last
 *       path segment is the page's own (its print version) — outside chrome ({@link PageRegions}: related lists,
 *       comments, sidebars, masthead, footer).</li>
 *   <li>{@link #stamped}: a full timestamp, to the second, in an attribute of an element outside chrome
 *       ({@code data-ts="2017-07-12 14:33:00"}, {@code title="12.07.2017 14:33:00"}, a JSON value in an attribute), as
 *       a peer's timestamp search finds one anywhere in the markup.</li>
 * </ul>
 * Each answers only when all it finds agree on one day. Stateless and thread-safe.
 */
final class FallbackDates {

    /** Words of a name that make a date something other than the page's publication. */
    private static final String[] OTHER_WORDS = {"modif", "updat", "aktualis", "geaendert", "geändert", "revis", "expir",
        "event", "birth", "geburt", "start", "end", "until", "valid", "min", "max", "from", "to", "since", "publisher",
        "review", "comment", "kommentar", "deadline", "frist", "search", "suche", "recherche", "last", "letzt", "next"};
    /** Stems that name a publication or a first filing, in the languages {@link MonthNames} reads. */
    private static final String[] PUBLICATION = {"publish", "publica", "pubblica", "publika", "publiz", "veroeffentlich",
        "veröffentlich", "erschien", "erscheinung", "parution", "erstell", "creation", "creacion", "creación", "creazione",
        "post_date", "post-date", "postdate", "posted", "pubdate", "issued"};
    /** Stems that name a date or a time ("datum", "fecha", "data", "czas"). */
    private static final String[] DATE_WORDS = {"date", "datum", "fecha", "data", "dato", "time", "zeit", "tijd", "czas"};
    /** A name that is a bare date word in a language other than English ("datum", "fecha"): the page's date. */
    private static final Set<String> BARE_DATE = Set.of("datum", "fecha");
    /** Query parameters a share button carries the shared address in. */
    private static final Set<String> SHARE_PARAMS = Set.of("u", "url", "link", "href", "shareurl", "share_url");
    /** Below this many characters the last segment of an address names no one page. */
    private static final int SLUG_CHARS = 8;

    private FallbackDates() {
    }

    /**
     * The day a {@code <meta>} tag or a hidden form field declares the page's publication under a name no fixed
     * list holds, when all such agree; or null.
     */
    static String declared(Document doc, MetaTags meta, boolean dayFirst, DateNormalizer dates) {
        Map<String, String> days = new LinkedHashMap<>();
        for (Element m : meta.tags()) {
            String value = m.attr("content").strip();
            if (value.isEmpty() || MetaTags.otherItem(m)) {
                continue; // (a comment's or a teaser's microdata dates that item)
            }
            for (String attr : new String[] {"name", "property", "itemprop"}) {
                if (publicationName(m.attr(attr))) {
                    add(days, dates.machine(value, dayFirst));
                }
            }
        }
        for (Element input : doc.select("input[type=hidden][name][value]")) {
            if (publicationName(input.attr("name"))) {
                add(days, dates.machine(input.attr("value").strip(), dayFirst));
            }
        }
        return days.size() == 1 ? days.values().iterator().next() : null;
    }

    /**
     * True when a meta or field name calls its value the page's publication: a bare date word of another language
     * ("datum"), or a publication stem with a date word, an "on"/"at" after it, or alone as its past participle
     * ("veroeffentlicht", "erstellt"); never a name that also says a change, an expiry, an event or a bound.
     */
    static boolean publicationName(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 60) {
            return false;
        }
        String name = raw.strip().toLowerCase(Locale.ROOT);
        String[] tokens = name.split("[^\\p{L}\\p{N}]+");
        if (otherWords(tokens)) {
            return false;
        }
        String last = tokens.length == 0 ? "" : tokens[tokens.length - 1];
        if (BARE_DATE.contains(last) && tokens.length <= 2) {
            return true;
        }
        boolean publication = false;
        for (String p : PUBLICATION) {
            publication |= name.contains(p);
        }
        if (!publication) {
            return false;
        }
        for (String d : DATE_WORDS) {
            if (name.contains(d)) {
                return true;
            }
        }
        return "on".equals(last) || "at".equals(last) || "am".equals(last) || last.endsWith("licht")
                || last.equals("erstellt") || last.equals("published") || last.equals("posted") || last.equals("issued");
    }

    /** True when a word of a name says a change, an expiry, an event, a review, a comment or a bound. */
    private static boolean otherWords(String[] tokens) {
        for (String t : tokens) {
            for (String w : OTHER_WORDS) {
                // (a short word only as a word of its own or before "date"/"time": "to", "enddate", "maxtime")
                if (w.length() <= 4 ? t.equals(w) || t.startsWith(w) && (t.endsWith("date") || t.endsWith("time"))
                        : t.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the attribute {@code key}, or the class or id of {@code e} or its parent, names another item. */
    private static boolean otherItem(Element e, String key) {
        String names = key + " " + e.className() + " " + e.id();
        Element parent = e.parent();
        if (parent != null) {
            names += " " + parent.className() + " " + parent.id();
        }
        return otherWords(names.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }

    /**
     * The day in the page's own address as another link of the page writes it (its AMP version, a share button's
     * encoded address on the page's host, a link ending in the page's own last segment), when all such agree; or null.
     * {@code url}: the page's canonical address or the one it was fetched from (may be null).
     */
    static String ownAddress(Document doc, String url, DateNormalizer dates) {
        String host = MetadataReader.hostOf(url);
        if (host == null || doc.body() == null) {
            return null;
        }
        String slug = lastSegment(url);
        Map<String, String> days = new LinkedHashMap<>();
        for (Element amp : doc.select("link[rel=amphtml][href]")) {
            String href = amp.absUrl("href");
            if (host.equals(MetadataReader.hostOf(href))) {
                add(days, dates.fromUrl(href));
            }
        }
        for (Element a : doc.body().select("a[href]")) {
            String href = a.absUrl("href");
            if (href.isEmpty()) {
                continue;
            }
            String target = null;
            String linkHost = MetadataReader.hostOf(href);
            if (host.equals(linkHost)) {
                // a version of this page: its print or AMP copy ends in the page's own last segment
                target = slug != null && slug.equals(lastSegment(href)) ? href : null;
            } else {
                target = shared(href, host);
            }
            if (target != null && !PageRegions.inChrome(a, null)) {
                add(days, dates.fromUrl(target));
            }
        }
        return days.size() == 1 ? days.values().iterator().next() : null;
    }

    /** A timestamp to the second, ISO or day first with dots ("2017-07-12 14:33:00", "12.07.2017 14:33:00"). */
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "(?<![\\d.])(?:(\\d{4}-\\d{2}-\\d{2})[T ]|(\\d{2})\\.(\\d{2})\\.(\\d{4}) )(\\d{2}:\\d{2}:\\d{2})(?:\\.\\d+)?"
            + "(Z|[+-]\\d{2}:?\\d{2})?(?!\\d)");
    /** Attributes that hold an address, a style or names, never a page's timestamp. */
    private static final Set<String> NOT_STAMPS = Set.of("href", "src", "srcset", "data-src", "data-srcset", "class", "id",
            "style", "action", "poster", "content");

    /**
     * The day of the full timestamps (to the second) the attributes of the body's elements outside chrome hold, when
     * all agree; or null. (A {@code <meta content>} is read by the earlier stages.)
     */
    static String stamped(Document doc, DateNormalizer dates, boolean dayFirst) {
        if (doc.body() == null) {
            return null;
        }
        Map<String, String> days = new LinkedHashMap<>();
        for (Element e : doc.body().getAllElements()) {
            if (e.attributesSize() == 0 || "time".equals(e.normalName())) {
                continue; // (a <time>'s datetime is the earlier stages', which read its label)
            }
            boolean chromeKnown = false;
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                String v = a.getValue();
                if (v.length() < 19 || NOT_STAMPS.contains(a.getKey())) {
                    continue;
                }
                java.util.regex.Matcher m = STAMP.matcher(v);
                if (!m.find()) {
                    continue;
                }
                if (otherItem(e, a.getKey())) {
                    continue; // (a review's, an event's or a change's stamp)
                }
                if (!chromeKnown) {
                    if (PageRegions.inChrome(e, null)) {
                        break; // (a comment's, a sidebar's, a related list's)
                    }
                    chromeKnown = true;
                }
                m.reset();
                while (m.find()) {
                    if (!whole(v, m) && !publicationName(keyBefore(v, m.start()))) {
                        continue; // (a stamp inside a longer value counts only under a publication's key)
                    }
                    String iso = (m.group(1) != null ? m.group(1) : m.group(4) + "-" + m.group(3) + "-" + m.group(2))
                            + "T" + m.group(5) + (m.group(6) == null ? "" : m.group(6));
                    add(days, dates.machine(iso, dayFirst));
                }
            }
        }
        return days.size() == 1 ? days.values().iterator().next() : null;
    }

    /** True when the stamp {@code m} found is the whole of {@code value} (spaces and quotes aside). */
    private static boolean whole(String value, java.util.regex.Matcher m) {
        return value.substring(0, m.start()).isBlank() && value.substring(m.end()).isBlank();
    }

    /** A JSON key or a name right before {@code at} in {@code value} ({@code "published":"…"}, {@code pub=…}), or null. */
    private static String keyBefore(String value, int at) {
        java.util.regex.Matcher k = KEY_BEFORE.matcher(value.substring(Math.max(0, at - 60), at));
        return k.find() ? k.group(1) : null;
    }

    private static final java.util.regex.Pattern KEY_BEFORE =
            java.util.regex.Pattern.compile("([\\p{L}_][\\p{L}\\p{N}_.:-]*)[\"']?\\s*[:=]\\s*[\"']?$");

    /** The address on {@code host} a share button's link carries in its query, or null. */
    private static String shared(String href, String host) {
        int q = href.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : href.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || !SHARE_PARAMS.contains(pair.substring(0, eq).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String value;
            try {
                value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (value.startsWith("http") && host.equals(MetadataReader.hostOf(value))) {
                return value;
            }
        }
        return null;
    }

    /** The last non-empty path segment of {@code url} when it names one page (a hyphen, ≥ 8 characters), or null. */
    private static String lastSegment(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        int slash = path.lastIndexOf('/');
        String last = slash < 0 ? path : path.substring(slash + 1);
        last = last.replaceFirst("\\.(?:html?|php|aspx?)$", "");
        return last.length() >= SLUG_CHARS && last.indexOf('-') > 0 && !last.matches(".*\\d{6,}.*") ? last : null;
    }

    /** Keeps {@code date} under its day (the first value of a day wins: its time settles the readers' day later). */
    private static void add(Map<String, String> days, String date) {
        if (date != null && date.length() >= 10) {
            days.putIfAbsent(date.substring(0, 10), date);
        }
    }
}
