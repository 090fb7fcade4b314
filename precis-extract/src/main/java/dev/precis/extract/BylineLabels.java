package dev.precis.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Bylines {@link BylineFinder} finds neither as a marked element nor as a "By …" line: a label alone in its
 * element with the name beside it ({@code <h3>Author</h3><p>Jane Doe</p>}, {@code <strong>Contributors:</strong>
 * Jane Doe}, "Autorin", "Auteur", "Autore", "Авторы"), a heading included; and a person icon in a meta line
 * ({@code <li><i class="bi bi-person"></i> Jane Doe</li>}, {@code fa-user}, {@code icon-author}). One pass over
 * the body; the chrome test and the name test are those of {@link BylineFinder}. Stateless and thread-safe.
 */
final class BylineLabels {

    /** A label that is the whole own text of its element. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:authors?|author\\(s\\)|contributors?|(?:article\\s+|post\\s+)?written\\s+by|writer|autor(?:in|en|innen|ka|zy|es|a)?|auteure?s?|autore|autori|autrice|"
            + "auteur\\(?e?\\)?s?|verfasser(?:in)?|geschreven\\s+door|escrito\\s+por|scritto\\s+da|écrit\\s+par|автор|авторы|"
            + "redakcja\\s+tekstu)\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Class words of an icon that stands for the author. */
    private static final Set<String> ICON_WORDS = Set.of("person", "user", "author", "autor", "auteur");
    private static final Set<String> ICON_TAGS = Set.of("i", "span", "svg", "em");

    private BylineLabels() {
    }

    /** The name beside an author label or icon, or null. */
    static String find(Document doc, String siteName, Element headline) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : ElementWalk.all(body)) {
            String found = null;
            int children = childElements(e, 1);
            if (children == 0 && ICON_TAGS.contains(e.normalName()) && icon(e)) {
                found = besideIcon(e, siteName);
            } else if (children <= 1 && !"a".equals(e.normalName()) && !ownTextLonger(e, 20)) {
                // (a link reading "Authors" leads to a list of them)
                String own = e.ownText().strip();
                if (own.length() >= 5 && own.length() <= 20 && LABEL.matcher(own).matches()) {
                    found = besideLabel(e, own, siteName);
                }
            }
            if (found != null && !PageRegions.inChrome(e, headline) && e.closest(Queries.FORM) == null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The number of {@code e}'s element children, counted up to {@code limit + 1}: {@code childrenSize()} would
     * build and stash a child list on every element of the page.
     */
    static int childElements(Element e, int limit) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof Element && ++n > limit) {
                break;
            }
        }
        return n;
    }

    /**
     * True when {@code e}'s own text certainly has more than {@code max} characters once stripped: its text
     * nodes hold more than {@code max} letters and digits (which whitespace normalisation and stripping keep).
     * A cheap test before building the own text of every paragraph on the page.
     */
    static boolean ownTextLonger(Element e, int max) {
        int kept = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            if (e.childNode(i) instanceof TextNode t) {
                String s = t.getWholeText();
                for (int j = 0; j < s.length(); j++) {
                    if (Character.isLetterOrDigit(s.charAt(j)) && ++kept > max) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean icon(Element e) {
        String cls = e.className();
        if (cls.isEmpty() || !e.ownText().isBlank()) {
            return false;
        }
        for (String w : ClassSignals.words(cls)) {
            if (ICON_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text after the icon in its parent ("<li><i …></i> Jane Doe</li>"), when it names a person. */
    private static String besideIcon(Element e, String siteName) {
        Element p = e.parent();
        // an icon in a link or button is an account or a control; one in a heading titles a dialog or section
        if (p == null || "a".equals(p.normalName()) || "button".equals(p.normalName()) || p.childrenSize() > 3
                || p.normalName().length() == 2 && p.normalName().charAt(0) == 'h' && Character.isDigit(p.normalName().charAt(1))) {
            return null;
        }
        String t = BoundedText.of(p, 61).strip();
        return t.length() >= 3 && t.length() <= 60 && BylineFinder.fullName(t, siteName) ? t : null;
    }

    /** The name after the label: the text following it in its parent, else the next element's text. */
    private static String besideLabel(Element e, String label, String siteName) {
        StringBuilder after = new StringBuilder();
        for (Node n = e.nextSibling(); n != null && after.length() <= 60; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                after.append(t.text());
            } else if (n instanceof Element x) {
                if (!"a".equals(x.normalName()) && !"span".equals(x.normalName())) {
                    break;
                }
                after.append(BoundedText.of(x, 61));
            }
        }
        String t = after.toString().strip();
        Element next = null;
        if (t.length() < 3) {
            next = e.nextElementSibling();
            t = next == null ? "" : BoundedText.of(next, 61).strip();
        }
        if (t.length() >= 3 && t.length() <= 60 && BylineFinder.fullName(t, siteName)) {
            return t;
        }
        // an author box after the label: the name is its first line of text, before a photo's caption or a bio
        // ("<h2>Article written by:</h2><div><img …><h3>Jane Doe</h3><p>Jane reports on …</p></div>")
        String first = next == null ? null : firstLine(next);
        return first != null && first.length() >= 3 && first.length() <= 60 && BylineFinder.fullName(first, siteName) ? first : null;
    }

    /** The own text of the first element in {@code box} (itself included, at most 12 looked at) that has any; else null. */
    private static String firstLine(Element box) {
        int seen = 0;
        for (Element x : box.getAllElements()) {
            if (++seen > 12) {
                return null;
            }
            String own = x.ownText().strip();
            if (!own.isEmpty()) {
                return own;
            }
        }
        return null;
    }
}
