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

    private static final int MAX_CANDIDATES = 80;
    private static final Pattern SAYS = Pattern.compile("(?i)\\b(?:says|said|sagt|dit|dice)\\s*:?$");
    private static final Pattern BY_WORD = Pattern.compile(
            "^(?:(?:written|posted|reported|published|words|text|story|article|post)\\s+by|by|von|par|por|di|door|av|af|"
            + "ein(?:e)?\\s+(?:beitrag|bericht|kommentar|analyse|reportage|gastbeitrag|interview)\\s+von|propos\\s+recueillis\\s+par|"
            + "auteur|autor|autorin|autorka|autorzy|author|автор|авторы|verfasst von|geschrieben von|veröffentlicht von|écrit par|"
            + "rédigé par|publié par|posté par|un\\s+(?:article|billet|texte)\\s+(?:de|par)|escrito por|scritto da)\\s*:?(?:\\s|$)"
            // "Text: Anna Beispiel", "Texte : Jean Dupont": a credit's label only with its colon
            + "|^(?:text|texte|texto|testo|tekst)\\s*:\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** In a heading only the long forms are bylines ("Written by Jane Doe"); "By Function" there is a section title. */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "^(?:(?:written|posted|reported|article)\\s+by|verfasst von|geschrieben von|écrit par|rédigé par|escrito por|scritto da"
            // "Ein Beitrag von", "Un article de": a credit's heading, the name beside it
            + "|ein(?:e)?\\s+(?:beitrag|bericht|gastbeitrag)\\s+von|un\\s+(?:article|billet|texte)\\s+(?:de|par))(?:\\s|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private BylineFinder() {
    }

    /** The byline text as shown (not yet cleaned), or null. */
    static String find(Document doc, String siteName) {
        return find(doc, siteName, null);
    }

    /**
     * As {@link #find(Document, String)}; {@code title} (may be null) is the headline chosen for the page, whose
     * h1 bounds the chrome test (a logo's empty h1 or a masthead's h1 before it is not the article's).
     */
    static String find(Document doc, String siteName, String title) {
        String fallback = null;
        int seen = 0;
        Element headline = headline(doc, title);
        for (Element e : marked(doc)) {
            if ("meta".equals(e.normalName()) || "link".equals(e.normalName()) || ++seen > MAX_CANDIDATES) {
                continue;
            }
            Element named = e.selectFirst(Queries.ITEMPROP_NAME);
            String t = BoundedText.of(named != null ? named : e, 120).strip();
            if (t.length() < 3 || t.length() > 120 || t.contains("{") || SAYS.matcher(t).find()
                    || PageRegions.inChrome(e, headline) || e.closest(Queries.FORM) != null) {
                continue;
            }
            if (named == null && describesAuthor(e)) {
                // the author box's description ("<p class=author-name>Jane Doe</p><div class=author-description>
                // Licensed grader, M.A. Journalism</div>"): a role or a bio, not a byline, when the line before is the name
                // (without a name before it the description is read as any marked element: "This post was written by …")
                String before = nameBefore(e, siteName);
                if (before != null) {
                    return before;
                }
            }
            String cleaned = AuthorNames.clean(t);
            if (cleaned != null && !AuthorNames.split(cleaned, siteName).isEmpty()) {
                return t;
            }
            // a marked box holding the day and the name in separate children ("<div class=dateAndAuthor>
            // <span>Dec 17, 2025</span><span>Jane Doe</span></div>"): the child that names a person
            String part = named == null ? namedChild(e, siteName) : null;
            if (part != null) {
                return part;
            }
            if (fallback == null) {
                fallback = t;
            }
        }
        String line = byLine(doc, siteName, headline);
        if (line == null) {
            line = BylineLabels.find(doc, siteName, headline);
        }
        return line != null ? line : fallback;
    }

    /**
     * The headline's h1: the first whose text is the chosen title, else the first with text, else the first h1
     * (a logo's empty h1 or the site's name in the masthead come before the article's own on many pages).
     */
    static Element headline(Document doc, String title) {
        org.jsoup.select.Elements h1s = ElementWalk.named(doc, "h1");
        if (h1s.isEmpty()) {
            return null;
        }
        String want = title == null ? "" : squash(title);
        Element firstWithText = null;
        for (Element h : h1s) {
            String t = squash(BoundedText.of(h, 300));
            if (!want.isEmpty() && t.equals(want)) {
                return h;
            }
            if (firstWithText == null && t.length() >= 3) {
                firstWithText = h;
            }
        }
        return firstWithText != null && want.isEmpty() ? firstWithText : h1s.first();
    }

    private static String squash(String s) {
        return AuthorNames.SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.Set<String> DESCRIPTION_WORDS = java.util.Set.of("description", "desc", "bio", "biography");

    /** True when {@code e} holds only text and its class names an author's description or bio ("author-description"). */
    private static boolean describesAuthor(Element e) {
        if (BylineLabels.childElements(e, 0) > 0) {
            return false;
        }
        for (String w : ClassSignals.words(e.className())) {
            if (DESCRIPTION_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the element just before {@code e} when it is a person's name alone, or null. */
    private static String nameBefore(Element e, String siteName) {
        Element prev = e.previousElementSibling();
        if (prev == null) {
            return null;
        }
        String t = BoundedText.of(prev, 61).strip();
        return t.length() >= 3 && t.length() <= 60 && !BoilerplatePhrases.isDateLine(t) && fullName(t, siteName) ? t : null;
    }

    /** The text of the first of two to four children of {@code e} that names a person, or null. */
    private static String namedChild(Element e, String siteName) {
        int n = e.childrenSize();
        if (n < 2 || n > 4) {
            return null;
        }
        for (Element c : e.children()) {
            String t = BoundedText.of(c, 61).strip();
            if (t.length() >= 3 && t.length() <= 60 && !BoilerplatePhrases.isDateLine(t) && fullName(t, siteName)) {
                return t;
            }
        }
        return null;
    }

    /** Cheap test on the element's first own text: could its own text open with a byline word? */
    private static boolean startsWithByWord(Element e) {
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                if (t.isBlank()) {
                    continue;
                }
                String w = t.getWholeText().stripLeading();
                return BY_WORD.matcher(w.length() > 40 ? w.substring(0, 40) : w).find();
            }
        }
        return false;
    }

    private static boolean inHeading(Element e) {
        for (Element x = e; x != null && !"body".equals(x.normalName()); x = x.parent()) {
            if (HEADINGS.contains(x.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The elements marked as the author, in document order: {@code rel=author}, {@code itemprop=author},
     * a class naming a byline, author, "autor", "firma" or "verfasser", an id or {@code data-testid}
     * naming a byline. One pass that lower-cases each element's class once (a selector with nine
     * case-insensitive attribute tests costs several times as much on large pages).
     */
    private static java.util.List<Element> marked(Document doc) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return out;
        }
        for (Element e : ElementWalk.all(body)) {
            org.jsoup.nodes.Attributes a = e.attributesSize() == 0 ? null : e.attributes();
            if (a == null) {
                continue;
            }
            String cls = a.get("class");
            if ("author".equalsIgnoreCase(a.get("rel")) || "author".equalsIgnoreCase(a.get("itemprop"))
                    || "a".equals(e.normalName()) && authorPage(a.get("href"))
                    || !cls.isEmpty() && markedClass(cls.toLowerCase(java.util.Locale.ROOT))
                    || containsByline(a.get("id")) || containsByline(a.get("data-testid"))) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * True when a link leads to an author's page: a path segment "author(s)", "autor(en)", "auteur(s)",
     * "autore/autori" followed by the author's own segment ("/author/jane-doe", "/articles/authors/jane-doe").
     */
    static boolean authorPage(String href) {
        if (href.length() < 9) {
            return false;
        }
        String h = href.toLowerCase(java.util.Locale.ROOT);
        int i = h.indexOf("/aut");
        return i >= 0 && AUTHOR_PATH.matcher(h).region(i, h.length()).lookingAt();
    }

    private static final Pattern AUTHOR_PATH = Pattern.compile("/(?:authors?|autor(?:en|in)?|auteurs?|autore|autori)/[^/?#]{2,}/?(?:$|[?#])");

    private static boolean markedClass(String cls) {
        return cls.contains("author") || cls.contains("byline") || cls.contains("autor") || cls.contains("firma")
                || cls.contains("verfasser")
                // Drupal's author field ("field--name-uid")
                || cls.contains("name-uid");
    }

    private static boolean containsByline(String v) {
        return !v.isEmpty() && v.toLowerCase(java.util.Locale.ROOT).contains("byline");
    }

    /** Whether {@code shown} reads as an explicit byline line ("By Jane Doe", "Von …", "Written by …"). */
    static boolean explicit(String shown) {
        return shown != null && BY_WORD.matcher(shown.stripLeading()).find();
    }

    /** Separators of a meta line's parts: a bar, a middle dot or bullet, a spaced dash. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*(?:[|·•]|\\s[—–-]\\s)\\s*");

    /** The text before a meta line's first separator (the whole text when it has none). */
    private static String firstPart(String line) {
        java.util.regex.Matcher m = PART_SEPARATOR.matcher(line);
        return m.find() ? line.substring(0, m.start()) : line;
    }

    /** A short line starting "By …" / "Von …" / "Written by …" whose rest names a person (never a heading). */
    private static String byLine(Document doc, String siteName, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : ElementWalk.all(body)) {
            if (!startsWithByWord(e)) {
                continue;
            }
            String own = e.ownText();
            boolean metaLine = own.length() > 80;
            if (metaLine) {
                // a meta line: "Von Anna Berg | Aktualisiert am 14.03.2023 | Erstellt am …": its first part
                own = firstPart(own);
            }
            if (own.length() < 2 || own.length() > 80 || !BY_WORD.matcher(own.stripLeading()).find()
                    || inHeading(e) && !WRITTEN_BY.matcher(own.stripLeading()).find()) {
                continue;
            }
            String t = metaLine ? own.strip() : BoundedText.of(e, 80);
            if (PageRegions.inChrome(e, headline)) {
                continue;
            }
            if (!metaLine && BY_WORD.matcher(t).matches()) {
                // the word alone in its element, the name beside it: first in the next element ("<div>Written
                // by</div><div>Jane Doe</div><div>Jane writes about …</div>", an author box whose bio follows),
                // then in the parent ("<span>by </span><p><a …>Jane Doe</a></p>")
                Element next = e.nextElementSibling();
                String beside = next == null ? "" : BoundedText.of(next, 61).strip();
                if (!beside.isEmpty() && beside.length() <= 60 && named(t.strip() + " " + beside, siteName)) {
                    return t.strip() + " " + beside;
                }
                if (e.parent() == null || e.parent().childrenSize() > 4) {
                    continue;
                }
                t = BoundedText.of(e.parent(), 80);
            }
            if (t.length() <= 80 && named(t, siteName)) {
                return t;
            }
        }
        return null;
    }

    static boolean named(String line, String siteName) {
        String cleaned = AuthorNames.clean(line);
        return cleaned != null && !AuthorNames.split(cleaned, siteName).isEmpty();
    }

    /**
     * Stricter than {@link #named} for text no byline word or author mark introduces (beside an icon or a label, a
     * child of a marked box): the first person named has at least two capitalised words ("Jane Doe", "Jan de Vries";
     * not "Guide", "Posters", "Thread starter").
     */
    static boolean fullName(String line, String siteName) {
        String cleaned = AuthorNames.clean(line);
        java.util.List<String> people = cleaned == null ? java.util.List.of() : AuthorNames.split(cleaned, siteName);
        if (people.isEmpty()) {
            return false;
        }
        int capitalised = 0;
        for (String w : AuthorNames.SPACES.split(people.get(0))) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }
}
