package dev.precis.extract;

import org.jsoup.nodes.Element;

/**
 * A last resort for a page dated nowhere else: the day a short box labels a publication in words readers
 * see, wherever the box stands ("Veröffentlicht am 12.07.2017" in a facts panel beside the article, an
 * {@code <aside>} the date readers otherwise skip as a sidebar). The date is written out, where
 * {@link VisibleDates#sideLabelled} reads a {@code <time datetime>}. Boxes in or around links and list items,
 * comments (other pages' and readers' dates) and hidden ones are not read, nor a day an event's label leads
 * ({@link EventLabels}); two different days answer nothing.
 */
final class SideLabelledBoxes {

    /** The longest box read: a label, a date and a clock time, not a paragraph that mentions a day. */
    private static final int MAX_BOX = 80;

    private SideLabelledBoxes() {
    }

    /**
     * The publication day the page's short labelled boxes agree on, normalised ({@code dayFirst} orders
     * "12/07/2017"), or null; {@code maxLabel}: the most text a label before the date may hold; the boxes inside
     * {@code skipped} (another article the page shows after its own) are passed over.
     */
    static String published(Element body, boolean dayFirst, DateNormalizer normalizer, int maxLabel, java.util.Set<Element> skipped) {
        String found = null;
        for (Element box : ElementWalk.named(body, "p", "div", "span", "dd", "td", "small")) {
            if (OwnArticle.inside(box, skipped)) {
                continue;
            }
            String text = BoundedText.of(box, MAX_BOX);
            if (text.length() > MAX_BOX || text.length() < 8 || !Character.isLetter(text.charAt(0))) {
                continue;
            }
            String iso = labelledDay(text, dayFirst, normalizer, maxLabel);
            if (iso == null || DateBoxes.hidden(box) || DateBoxes.listed(box) || box.selectFirst(Queries.LINK_OR_ITEM) != null) {
                continue;
            }
            if (found != null && !found.regionMatches(0, iso, 0, 10)) {
                return null;
            }
            found = found == null ? iso : found;
        }
        return found;
    }

    /** The first date in {@code text} when a publication label of at most {@code maxLabel} characters leads it. */
    private static String labelledDay(String text, boolean dayFirst, DateNormalizer normalizer, int maxLabel) {
        for (WrittenDates.Found f : WrittenDates.all(text, dayFirst)) {
            String label = text.substring(0, f.start());
            // an event's label that opens with a publication's word ("Datum der Veranstaltung:", "Fecha del
            // evento:") names the event's day, as VisibleDates reads it
            if (label.length() > maxLabel || DateLabels.before(label) != DateLabels.Kind.PUBLISHED
                    || EventLabels.leads(text, 0, f.start())) {
                return null;
            }
            return normalizer.human(text.substring(f.start(), f.end()), dayFirst);
        }
        return null;
    }
}
