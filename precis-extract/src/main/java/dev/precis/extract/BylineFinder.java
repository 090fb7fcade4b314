package dev.precis.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the byline a page shows: the first element marked as the author ({@code rel=author},
 * {@code itemprop=author}, classes naming a byline or author) that names a person, outside comments,
 * sidebars, related lists and forms; else a short line that reads "By Jane Doe", "Written by …",
 * "Von …", "Par …", "Author: …". Stateless and thread-safe.
 */
final class BylineFinder {

    private static final String MARKED = "[rel=author], [itemprop=author], [class*=byline], [id*=byline], "
            + "[class*=author], [class*=Author], [class*=autor], [class*=firma], [class*=verfasser], "
            + "[data-testid*=byline]";
    private static final int MAX_CANDIDATES = 80;
    private static final Pattern SAYS = Pattern.compile("(?i)\\b(?:says|said|sagt|dit|dice)\\s*:?$");
    private static final Pattern BY_WORD = Pattern.compile(
            "^(?:(?:written|posted|reported|published|words|text|story)\\s+by|by|von|par|por|di|door|av|af|"
            + "auteur|autor|autorin|author|verfasst von|écrit par|escrito por|scritto da)\\s*:?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** In a heading only the long forms are bylines ("Written by Jane Doe"); "By Function" there is a section title. */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "^(?:(?:written|posted|reported)\\s+by|verfasst von|geschrieben von|écrit par|rédigé par|escrito por|scritto da)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private BylineFinder() {
    }

    /** The byline text as shown (not yet cleaned), or null. */
    static String find(Document doc, String siteName) {
        String fallback = null;
        int seen = 0;
        Element headline = doc.selectFirst("h1");
        for (Element e : doc.select(MARKED)) {
            if ("meta".equals(e.normalName()) || "link".equals(e.normalName()) || ++seen > MAX_CANDIDATES) {
                continue;
            }
            Element named = e.selectFirst("[itemprop=name]");
            String t = BoundedText.of(named != null ? named : e, 120).strip();
            if (t.length() < 3 || t.length() > 120 || t.contains("{") || SAYS.matcher(t).find()
                    || PageRegions.inChrome(e, headline) || e.closest("form") != null) {
                continue;
            }
            String cleaned = AuthorNames.clean(t);
            if (cleaned != null && !AuthorNames.split(cleaned, siteName).isEmpty()) {
                return t;
            }
            if (fallback == null) {
                fallback = t;
            }
        }
        String line = byLine(doc, siteName, headline);
        return line != null ? line : fallback;
    }

    private static boolean inHeading(Element e) {
        for (Element x = e; x != null && !"body".equals(x.normalName()); x = x.parent()) {
            if (HEADINGS.contains(x.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code shown} reads as an explicit byline line ("By Jane Doe", "Von …", "Written by …"). */
    static boolean explicit(String shown) {
        return shown != null && BY_WORD.matcher(shown.stripLeading()).find();
    }

    /** A short line starting "By …" / "Von …" / "Written by …" whose rest names a person (never a heading). */
    private static String byLine(Document doc, String siteName, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            String own = e.ownText();
            if (own.length() < 2 || own.length() > 80 || !BY_WORD.matcher(own.stripLeading()).find()
                    || inHeading(e) && !WRITTEN_BY.matcher(own.stripLeading()).find()) {
                continue;
            }
            String t = BoundedText.of(e, 80);
            if (t.length() > 80 || PageRegions.inChrome(e, headline)) {
                continue;
            }
            String cleaned = AuthorNames.clean(t);
            if (cleaned != null && !AuthorNames.split(cleaned, siteName).isEmpty()) {
                return t;
            }
        }
        return null;
    }
}
