package dev.precis.extract;

import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The last resort for a page that dates itself nowhere the other rules read: the one day the whole page
 * shows on a short line or in a {@code <time datetime>}, sidebars and navigation included (an info column
 * beside the text, "Von Anna Beispiel / 29.06.2019"; a breadcrumb ending in the day), when it shows no
 * other. A page that shows two or more days (a list's, the comments', a story about other days) gives
 * none: nothing says which is its own. Never read: scripts, forms, footers (the copyright's, the imprint's
 * days), readers' comments, hidden boxes, lines of running text. Stateless and thread-safe.
 */
final class LoneDates {

    /** A line longer than this is running text, whose dates are what a story tells of. */
    private static final int SHORT_LINE = 120;
    private static final int MAX_CHARS = 200_000;
    private static final java.util.Set<String> SKIPPED = java.util.Set.of(
            "script", "style", "noscript", "template", "svg", "select", "button", "footer", "iframe", "textarea", "form");

    private LoneDates() {
    }

    /** The page's one shown day in ISO 8601 (none after {@code today}), or null. */
    static String only(Document doc, boolean dayFirst, LocalDate today, DateNormalizer normalizer) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        LocalDate[] found = {null};
        boolean[] several = {false};
        int[] read = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (several[0] || read[0] > MAX_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    line.append(t.text());
                    read[0] += t.text().length();
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (SKIPPED.contains(e.normalName()) || DateBoxes.hidden(e) || comments(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("time".equals(e.normalName()) && e.hasAttr("datetime")) {
                    String iso = normalizer.machine(e.attr("datetime"), dayFirst);
                    if (iso != null) {
                        seen(LocalDate.parse(iso.substring(0, 10)));
                    }
                }
                if (e.isBlock() || "br".equals(e.normalName())) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }

            private void flush() {
                String s = line.toString().strip();
                line.setLength(0);
                if (s.length() >= 6 && s.length() <= SHORT_LINE) {
                    for (WrittenDates.Found f : WrittenDates.all(s, dayFirst)) {
                        seen(f.date());
                    }
                }
            }

            private void seen(LocalDate d) {
                if (d.getYear() < 1995 || d.isAfter(today)) {
                    return;
                }
                if (found[0] != null && !found[0].equals(d)) {
                    several[0] = true;
                }
                found[0] = d;
            }
        }, body);
        if (!several[0] && line.length() > 0) {
            String s = line.toString().strip();
            if (s.length() <= SHORT_LINE) {
                for (WrittenDates.Found f : WrittenDates.all(s, dayFirst)) {
                    several[0] |= found[0] != null && !found[0].equals(f.date());
                    found[0] = f.date();
                }
            }
        }
        return several[0] || found[0] == null ? null : found[0].toString();
    }

    /** A box of readers' comments, by its id or class words ("comments", "kommentare", "commentaires"). */
    private static boolean comments(Element e) {
        String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        return names.length() > 1 && (names.contains("comment") || names.contains("kommentar") || names.contains("reacties")
                || names.contains("komentarz") || names.contains("comentario") || names.contains("commenti"));
    }
}
