package dev.precis.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The last of the last resorts, after htmldate's "the one date the whole page shows" but limited to the
 * part of the page before the headline (a breadcrumb's "Pressemitteilungen › 12.07.2017", an info line
 * above the title): the day when every date shown there is the same day, else none. Read only for a
 * page dated nowhere else. Skipped: a site header or navigation that does not hold the headline (the
 * masthead's "today" line), boxes named for today or the current date, sidebars, links and list items
 * holding links (teaser cards), hidden boxes. Hand-written: no library reads a page's layout this way.
 * Immutable and thread-safe.
 */
final class LeadDates {

    private final Clock clock;
    private final DateNormalizer normalizer;

    LeadDates(Clock clock, DateNormalizer normalizer) {
        this.clock = clock;
        this.normalizer = normalizer;
    }

    /** The one day shown before {@code headline} (an element of the page), as ISO; null when none or several. */
    String published(Element body, Element headline, boolean dayFirst) {
        if (body == null || headline == null) {
            return null;
        }
        LocalDate[] found = new LocalDate[1];
        boolean[] several = new boolean[1];
        java.util.Set<Element> holders = new java.util.HashSet<>(headline.parents());
        walk(body, headline, holders, dayFirst, found, several);
        return several[0] || found[0] == null ? null : found[0].toString();
    }

    /** False once the headline is reached (the walk stops there). */
    private boolean walk(Element e, Element headline, java.util.Set<Element> holders, boolean dayFirst, LocalDate[] found, boolean[] several) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                for (WrittenDates.Found f : WrittenDates.all(t.text(), dayFirst)) {
                    add(f.date(), found, several);
                }
            } else if (n instanceof Element c) {
                if (c == headline) {
                    return false;
                }
                boolean holds = holders.contains(c);
                if (!holds && skipped(c)) {
                    continue;
                }
                if (!holds && "time".equals(c.normalName()) && c.hasAttr("datetime")) {
                    String iso = normalizer.machine(c.attr("datetime"), dayFirst);
                    if (iso != null) {
                        add(LocalDate.parse(iso.substring(0, 10)), found, several);
                        continue;
                    }
                }
                if (!walk(c, headline, holders, dayFirst, found, several)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void add(LocalDate d, LocalDate[] found, boolean[] several) {
        if (d.getYear() < 1990 || d.isAfter(LocalDate.now(clock).plusDays(1))) {
            return;
        }
        if (found[0] != null && !found[0].equals(d)) {
            several[0] = true;
        }
        found[0] = found[0] == null ? d : found[0];
    }

    /** A box the walk does not read (it does not hold the headline). */
    private static boolean skipped(Element c) {
        String tag = c.normalName();
        String names = (c.className() + " " + c.id() + " " + c.attr("aria-label")).toLowerCase(Locale.ROOT);
        boolean crumbs = names.contains("breadcrumb") || names.contains("crumb");
        if ("a".equals(tag) || "aside".equals(tag) || "footer".equals(tag) || "script".equals(tag)
                || "style".equals(tag) || "noscript".equals(tag) || "form".equals(tag) || DateBoxes.hidden(c)) {
            return true;
        }
        if (("header".equals(tag) || "nav".equals(tag) || "banner".equals(c.attr("role"))
                || "navigation".equals(c.attr("role"))) && !crumbs) {
            return true;
        }
        if ("li".equals(tag) && !crumbs && !c.getElementsByTag("a").isEmpty() && !c.text().isBlank()
                && c.getElementsByTag("a").text().length() * 2 >= c.text().length()) {
            return true;
        }
        for (String w : ClassSignals.words(names)) {
            if (w.startsWith("today") || w.startsWith("heute") || w.startsWith("aujourd") || w.startsWith("hoy")
                    || w.startsWith("current") || w.startsWith("masthead") || w.startsWith("topbar")
                    || w.startsWith("sidebar") || w.startsWith("teaser") || w.startsWith("weather")
                    || w.startsWith("ticker") || w.startsWith("comment")) {
                return true;
            }
        }
        return false;
    }
}
