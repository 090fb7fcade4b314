package dev.precis.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The last resort for a page that dates itself nowhere else: a full day in the address of one of the article's own
 * images ({@code /uploads/2024/03/05/bruecke.jpg}, {@code /images/2024-03-05/…}, {@code /foto/20240305_…}). A CMS
 * files an upload under the day it was made, and an article's pictures are uploaded when it is written. Read are the
 * page's share images ({@code twitter:image}, {@code image_src}, {@code itemprop=image}; {@code og:image} is read by an
 * earlier stage) and the images in the headline's {@code <article>} or {@code <main>} box (else after the headline),
 * lazy-loading and {@code srcset} addresses included; never an image in chrome ({@link PageRegions}: comments,
 * sidebars, related lists, the page's masthead and footer), one that links to another page (a teaser's), a small one
 * (an icon, an avatar) or one named a logo, avatar or icon (a site's old logo keeps its first upload's day). Among them
 * the latest day wins (an archive picture reused in the article is older than its own), never one after the fetch
 * clock's. Only a whole day counts, with two-digit month and day: a month folder ({@code /uploads/2024/03/}) is no day,
 * and neither is a file numbered in one ({@code /files/2025-10/1.jpg}, {@code /uploads/2024/03/12.jpg}). Stateless and
 * thread-safe.
 */
final class ImageAddressDates {

    /** Attributes that hold one image's address, lazy loaders' included. */
    private static final String[] SOURCES = {"src", "data-src", "data-lazy-src", "data-original"};
    /** Attributes that list addresses, each followed by its width or density ("a.jpg 800w, b.jpg 1600w"). */
    private static final String[] SOURCE_SETS = {"srcset", "data-srcset"};
    /** A day as folders ("/2024/03/05/"), or as one word ("2024-03-05", "2024_03_05", "20240305"). */
    private static final Pattern DAY = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?:/(\\d{2})/(\\d{2})/|([-_]?)(\\d{2})\\4(\\d{2})(?!\\d))");
    /** Words of an image's (or its box's) class, id or file name that make it the site's, not the article's. */
    private static final Set<String> SITE_WORDS = Set.of("logo", "avatar", "gravatar", "icon", "icons", "author", "autor",
            "auteur", "autore", "profile", "badge", "sponsor", "ad", "ads", "advert", "banner", "emoji", "default", "placeholder");
    /** Width or height (in pixels) below which an image is an icon or an avatar. */
    private static final int SMALL = 100;
    /** How many boxes above an image are searched for a site word ("author-box" around the avatar). */
    private static final int CLIMB = 3;

    private ImageAddressDates() {
    }

    /** The latest day in the article's image addresses, or null; {@code top} is the headline's text (may be null). */
    static String published(Document doc, MetaTags meta, String top, DateNormalizer dates) {
        String latest = null;
        for (String shared : new String[] {meta.get("twitter:image"), meta.get("twitter:image:src"),
                attr(doc.selectFirst("link[rel=image_src]"), "href"), attr(doc.selectFirst("meta[itemprop=image]"), "content")}) {
            latest = later(latest, day(shared, dates));
        }
        Element body = doc.body();
        if (body == null) {
            return latest;
        }
        Element headline = OwnArticle.headline(body, top);
        Element box = headline == null ? null : headline.closest("article, main, [role=main]");
        Element scope = box != null ? box : body;
        boolean seen = headline == null || box != null;
        for (Element e : scope.select(seen ? "img, source" : "h1, h2, h3, img, source")) {
            if (e == headline) {
                seen = true;
            } else if (seen && !e.normalName().startsWith("h") && articles(e, box)) {
                for (String a : SOURCES) {
                    latest = later(latest, day(e.attr(a), dates));
                }
                for (String a : SOURCE_SETS) {
                    for (String candidate : e.attr(a).split(",")) {
                        latest = later(latest, day(candidate.strip().split("\\s+")[0], dates));
                    }
                }
            }
        }
        return latest;
    }

    /** True when {@code image} is the article's own: not in chrome, linked elsewhere, small or named for the site. */
    private static boolean articles(Element image, Element box) {
        if (small(image.attr("width")) || small(image.attr("height")) || PageRegions.inChrome(image, box)) {
            return false;
        }
        Element link = image.closest("a[href]");
        if (link != null && !link.attr("href").toLowerCase(java.util.Locale.ROOT).matches(".*\\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?")) {
            return false; // a teaser's picture, linking to another page (one linking to its larger self is the article's)
        }
        Element e = image;
        for (int i = 0; i <= CLIMB && e != null && e != box; i++, e = e.parent()) {
            if (siteNamed(e.className() + " " + e.id())) {
                return false;
            }
        }
        return true;
    }

    /** The day {@code address} is filed under, up to the fetch clock's, unless its file is named for the site; or null. */
    private static String day(String address, DateNormalizer dates) {
        if (address == null || address.isEmpty() || siteNamed(fileName(address))) {
            return null;
        }
        Matcher m = DAY.matcher(address);
        if (!m.find()) {
            return null;
        }
        boolean folders = m.group(2) != null;
        return dates.machine(m.group(1) + "-" + (folders ? m.group(2) : m.group(5)) + "-" + (folders ? m.group(3) : m.group(6)));
    }

    private static boolean small(String size) {
        return size.matches("\\d{1,4}") && Integer.parseInt(size) < SMALL;
    }

    private static boolean siteNamed(String names) {
        for (String w : ClassSignals.words(names)) {
            if (SITE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The last path segment of an address without its query ("logo-2019.png"), where a file's name says what it is. */
    private static String fileName(String address) {
        String path = address.replaceFirst("[?#].*", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    /** The later of two ISO days (either may be null). */
    private static String later(String a, String b) {
        return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
