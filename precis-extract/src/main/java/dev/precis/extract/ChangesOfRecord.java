package dev.precis.extract;

import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * A page dated to its readers by its change: the publication is declared only to search engines (schema.org
 * data — JSON-LD or microdata — and no publication {@code <meta>} in the head, where the page would name it for
 * every other reader: Open Graph's "article:published_time", a "date"), the structured change comes a week or more
 * later, and the date the page shows by its headline is that change's day ("Last updated: June 20, 2024",
 * "Zuletzt aktualisiert: 20.06.2024", or the day alone under the byline) with no publication shown. The page was
 * revised and is presented as of that revision (a guide or review rewritten months or years on), and the change is
 * its date of record. A news story's update a few days after its publication ("Stand: 13.07.2017 08:40 Uhr" the day
 * after) keeps the publication. Stateless.
 */
final class ChangesOfRecord {

    /** The least gap between publication and change for the change to be a revision of record (a news update comes sooner). */
    static final int MIN_DAYS = 7;

    private ChangesOfRecord() {
    }

    /**
     * True when the structured change {@code modified} is the page's date of record over the structured
     * {@code published} (see the class comment). {@code publicationName}: true for a lower-cased {@code <meta>} name
     * that declares a publication; {@code visible}: the dates the page shows, read only when the structured dates and
     * the head's tags allow the rule at all.
     */
    static boolean ofRecord(MetaTags meta, Predicate<String> publicationName, String published, String modified,
                            Supplier<VisibleDates.Shown> visible) {
        if (modified == null || published == null || modified.length() < 10 || published.length() < 10) {
            return false;
        }
        LocalDate pub = LocalDate.parse(published.substring(0, 10));
        LocalDate mod = LocalDate.parse(modified.substring(0, 10));
        if (mod.isBefore(pub.plusDays(MIN_DAYS)) || headPublication(meta, publicationName)) {
            return false;
        }
        VisibleDates.Shown shown = visible.get();
        // (the day by the headline: the publication shown there, else a change shown before the text, not a footer's)
        String day = shown.published() != null ? (shown.beforeText() ? shown.published() : null)
                : shown.changeBeforeText() ? shown.modified() : null;
        return day != null && day.regionMatches(0, modified, 0, 10);
    }

    /** True when a {@code <meta>} names the publication by its property or name (an itemprop is schema.org's own data). */
    private static boolean headPublication(MetaTags meta, Predicate<String> publicationName) {
        for (Element m : meta.tags()) {
            if (m.attr("content").isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name"}) {
                String k = m.attr(attr).strip().toLowerCase(java.util.Locale.ROOT);
                if (!k.isEmpty() && publicationName.test(k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
