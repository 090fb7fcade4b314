package dev.precis.extract;

import static dev.precis.extract.DateLines.LABEL_WINDOW;
import static dev.precis.extract.DateLines.META_LINE;
import static dev.precis.extract.DateLines.afterProse;
import static dev.precis.extract.DateLines.bareLine;
import static dev.precis.extract.DateLines.closingMeta;
import static dev.precis.extract.DateLines.inCard;
import static dev.precis.extract.DateLines.inProse;
import static dev.precis.extract.DateLines.labelFrom;
import static dev.precis.extract.DateLines.labelledAfter;
import static dev.precis.extract.DateLines.lateDate;
import static dev.precis.extract.DateLines.lineLength;
import static dev.precis.extract.DateLines.metaLine;
import static dev.precis.extract.DateLines.teaserLine;
import static dev.precis.extract.DateLines.updatePair;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication and modification dates a page shows its readers: {@code <time datetime>} elements
 * and dates written in the page's language, each with the label before it ("Veröffentlicht am",
 * "Mis à jour le", see {@link DateLabels}). The page's text is read once in document order, without
 * comments, sidebars, footers and related-article lists ({@link PageRegions}, {@link DateText}); the
 * headline's place in that text decides between candidates ({@link DateChoice}): a labelled date wins
 * over an unlabelled one, a nearer one over a farther one, and an unlabelled date counts only close to
 * the headline. Immutable and thread-safe.
 */
final class VisibleDates {

    /**
     * What the page shows: either date may be null; {@code labelled} when the publication date is
     * labelled or machine-readable; {@code beforeText} when it stands before the article's running
     * text (on the meta line under the headline); {@code late}: the first unlabelled date after the
     * headline in a {@code <time>} or a box named a date, on a line with little else and no link, that
     * the rules above pass over because running text comes before it ({@code <span class="date">}
     * after the article), a last resort for pages that date themselves nowhere else.
     */
    /**
     * {@code late}: a last resort ({@link #read(Document, String, boolean, List)}); {@code yearless}: a
     * day and month shown without a year on the headline's meta line, placed in the fetch time's year or
     * the one before (read only when the fetch time is known), for a page dated nowhere else.
     */
    /**
     * {@code bare}: the first date after the headline that stands alone on a line of the article (a
     * clock time at most beside it: "12.07.2017", "12 juillet 2017 à 14h30"), in no box the markup names,
     * with no link; the last of the last resorts. {@code changeBeforeText}: the change stands before the running
     * text (on the headline's meta line, not in a footer after the article).
     */
    record Shown(String published, String modified, boolean labelled, boolean beforeText, String late, String yearless,
                 String bare, boolean changeBeforeText) {
        Shown(String published, String modified, boolean labelled, boolean beforeText) {
            this(published, modified, labelled, beforeText, null, null, null, false);
        }
    }

    static final Shown NOTHING = new Shown(null, null, false, false);

    /** {@code authorBox}: on the line of a box naming the article's author (read at any distance). */
    record Candidate(int pos, LocalDate date, String machine, DateLabels.Kind kind, boolean authorBox) {
        Candidate(int pos, LocalDate date, String machine, DateLabels.Kind kind) {
            this(pos, date, machine, kind, false);
        }
    }

    static final int NEAR_AFTER = 1_500;
    static final int NEAR_BEFORE = 400;

    private final Clock clock;
    private final DateNormalizer normalizer;
    private final RelativeDates relative;

    /**
     * {@code relative} reads "vor 3 Stunden" against the fetch time in the page's zone; null when the fetch
     * time is unknown, so such a time names no day.
     */
    VisibleDates(Clock clock, DateNormalizer normalizer, RelativeDates relative) {
        this.clock = clock;
        this.normalizer = normalizer;
        this.relative = relative;
    }

    /**
     * The dates the page shows around the heading that reads {@code title} (may be null);
     * {@code dayFirst} orders "05/06/2020" as day, month.
     */
    Shown read(Document doc, String title, boolean dayFirst) {
        return read(doc, title, dayFirst, List.of());
    }

    /**
     * As {@link #read(Document, String, boolean)}, knowing the article's {@code authors}: a date on the
     * short line right after one naming an author (an author box closing the article: "Anna Beispiel"
     * / "12.07.2017") is the article's, wherever it stands.
     */
    Shown read(Document doc, String title, boolean dayFirst, List<String> authors) {
        return read(doc, title, dayFirst, authors, false);
    }

    /**
     * True when the page would show a publication date if the lists a heading names as other pages' or
     * readers' comments ("Mehr zum Thema", "Related articles") were read as its own text: not the page's
     * date, but a sign that it is an article among others (the page type's evidence counted such dates
     * when its weights were fitted). Only for a page with such a heading; a second pass over the text.
     */
    boolean datedInLists(Document doc, String title, boolean dayFirst, List<String> authors) {
        Element body = doc.body();
        if (body == null || ElementWalk.named(body, "h2", "h3", "h4").stream().noneMatch(RelatedHeadings::opensList)) {
            return false;
        }
        return read(doc, title, dayFirst, authors, true).published() != null;
    }

    private Shown read(Document doc, String title, boolean dayFirst, List<String> authors, boolean readLists) {
        Element body = doc.body();
        if (body == null) {
            return NOTHING;
        }
        DateText page = DateText.read(body, title, normalizer, dayFirst, readLists);
        List<Candidate> machine = page.machine();
        List<int[]> boxes = page.boxes();
        List<int[]> links = page.links();
        List<int[]> dateBoxes = page.dateBoxes();
        List<int[]> metaBoxes = page.metaBoxes();
        String s = page.text();
        int anchor = page.headlineAt() >= 0 ? page.headlineAt() : 0;
        List<Candidate> all = new ArrayList<>(machine.size());
        for (Candidate c : machine) {
            if (c.kind() == DateLabels.Kind.NONE && CommentLabels.leads(s, c.pos() - LABEL_WINDOW, c.pos())
                    || EventLabels.leads(s, c.pos() - LABEL_WINDOW, c.pos())) {
                continue;
            }
            all.add(c.kind() == DateLabels.Kind.NONE && afterProse(s, anchor, c.pos()) && byAuthor(s, c.pos(), authors)
                    ? new Candidate(c.pos(), c.date(), c.machine(), DateLabels.Kind.PUBLISHED, true) : c);
        }
        int lastEnd = 0;
        // a page writes all its "12/07/2017" dates one way: one whose first number passes 12 settles
        // that for the others, whatever language the page declares (or fails to)
        Boolean order = WrittenDates.slashOrder(s);
        List<WrittenDates.Found> written = WrittenDates.all(s, order != null ? order : dayFirst);
        // (only against the month-first reading English gets by default: a language that writes the day first is sure of it)
        Boolean named = order != null || dayFirst ? null : WrittenDates.namedOrder(s, written, false, body::text);
        if (named != null) {
            // "02-12-2025" on a page that also writes "December 02, 2025": its figures run the other way
            written = WrittenDates.all(s, named);
        }
        Candidate late = null;
        String bare = null;
        for (int i = 0; i < written.size(); i++) {
            WrittenDates.Found f = written.get(i);
            int labelStart = Math.max(lastEnd, f.start() - LABEL_WINDOW);
            DateLabels.Kind kind = label(s, labelStart, f.start());
            lastEnd = f.end();
            if (kind == DateLabels.Kind.NONE && CommentLabels.leads(s, labelStart, f.start())) {
                // "Letzter Kommentar: 08.03.2024 | 05.03.2024": a reader's day on the post's meta line
                continue;
            }
            if (EventLabels.leads(s, labelStart, f.start())) {
                // "Termin: 20.07.2017, 19 Uhr", "Date de l'événement : 20/07/2017": an event's day, not the page's
                continue;
            }
            if (kind == DateLabels.Kind.NONE && labelledAfter(s, f.end())) {
                kind = DateLabels.Kind.PUBLISHED;
            }
            if (kind != DateLabels.Kind.ORIGINAL && kind != DateLabels.Kind.NONE && inProse(s, f.start())) {
                // "… die Pläne geändert und dem Rat am 12.07.2017 vorgelegt": a label word in the middle
                // of running text is the story's verb, not a label ("originally published" still is)
                kind = DateLabels.Kind.NONE;
            }
            if (kind == DateLabels.Kind.ORIGINAL && lineLength(s, f.start(), f.end()) >= DateLines.PROSE_LINE
                    && DateLabels.firstWord(s.substring(labelFrom(s, Math.max(0, f.start() - LABEL_WINDOW), f.start()), f.start()))) {
                // nor is a noun in a paragraph of running text ("das Buch, seit seiner Erstveröffentlichung am
                // 3. März 1995 …"): "Erstveröffentlichung: 12.07.2017" labels a line of its own
                kind = DateLabels.Kind.NONE;
            }
            if (kind == DateLabels.Kind.NONE) {
                // a date in a short box its markup names ("post-date", "entry-date", "date-updated"),
                // also where an inline box continues a paragraph's line
                kind = boxKind(boxes, f.start(), f.end());
            }
            if (kind == DateLabels.Kind.NONE && i + 1 < written.size() && updatePair(s, f, written.get(i + 1))) {
                // "3. Dezember 2025, aktualisiert 7. Dezember 2025", "December 3, 2025. Updated: …": the day
                // a page states before its update's is the publication's, wherever the pair stands
                kind = DateLabels.Kind.PUBLISHED;
            }
            if (kind == DateLabels.Kind.NONE && (teaserLine(s, links, f.start(), f.end()) || f.start() < anchor
                    && teaserLine(s, links, f.start(), f.end(), DateLines.SHORT_HEADLINE_WORDS)) || inCard(s, links, f.start(), f.end())) {
                // "Alte Brücke gesperrt 03.05.2016": the date beside another page's linked headline is that page's
                continue;
            }
            // an unlabelled date inside running text ("the season ends on April 15, 2025"), or a lone one a
            // sentence runs on after however short its block ("Schon am 3. Januar 2024 hatte der Rat …"), is what
            // the article talks about, not when it appeared (a day its text repeats still dates it)
            boolean meta = kind == DateLabels.Kind.NONE && metaLine(s, f.start(), f.end())
                    && (!ClauseDates.continues(s, f.end(), links) || ClauseDates.repeated(written, f));
            if (kind != DateLabels.Kind.NONE || meta && !afterProse(s, anchor, f.start())) {
                all.add(new Candidate(f.start(), f.date(), null, kind));
            } else if (meta && byAuthor(s, f.start(), authors)) {
                all.add(new Candidate(f.start(), f.date(), null, DateLabels.Kind.PUBLISHED, true));
            } else if (late == null && f.start() >= anchor && plausible(f.date()) && (lateDate(s, dateBoxes, links, f.start(), f.end(), f.date())
                    || closingMeta(s, metaBoxes, links, f.start(), f.end()) || WireCredits.closing(s, links, f.start(), f.end()))) {
                late = new Candidate(f.start(), f.date(), null, DateLabels.Kind.NONE);
            } else if (bare == null && kind == DateLabels.Kind.NONE && f.start() >= anchor && plausible(f.date())
                    && (bareLine(s, links, f.start(), f.end()) || SignatureDates.closingSignature(s, links, f.start(), f.end()))) {
                bare = f.date().toString();
            }
        }
        all.removeIf(c -> c.machine() != null && (c.kind() == DateLabels.Kind.NONE && teaserLine(s, links, c.pos(), c.pos())
                || inCard(s, links, c.pos(), c.pos())));
        for (Candidate c : machine) {
            if (c.kind() == DateLabels.Kind.NONE && c.pos() >= anchor && plausible(c.date())
                    && lateDate(s, dateBoxes, links, c.pos(), c.pos()) && !inCard(s, links, c.pos(), c.pos())
                    && (late == null || c.pos() < late.pos())) {
                late = c;
            }
        }
        // relative times ("vor 3 Stunden") only near the headline: elsewhere they date comments
        int from = Math.max(0, anchor - NEAR_BEFORE);
        RelativeDates.Found r = relative == null ? null : relative.first(s.substring(from, Math.min(s.length(), anchor + NEAR_AFTER)));
        if (r != null) {
            int at = from + r.start();
            all.add(new Candidate(at, r.date(), null, label(s, Math.max(0, at - LABEL_WINDOW), at)));
        }
        Shown shown = DateChoice.choose(all, anchor, s, page.storyAt(), links, clock);
        String yearless = yearless(s, from, anchor, links, dayFirst);
        return late == null && yearless == null && bare == null ? shown : new Shown(shown.published(), shown.modified(),
                shown.labelled(), shown.beforeText(), late == null ? null : DateChoice.value(late), yearless, bare,
                shown.changeBeforeText());
    }

    /**
     * The first day and month without a year ("12. Februar, 10:30 Uhr", "12 février", "29/06 à 23h30")
     * near the headline (where relative times are read) that a publication label leads or that stands
     * on a meta line before the text; null when none. Not one an update label leads, one in running
     * text, nor one beside another page's link; one in figures only with a clock time after it or a
     * publication label before it. With the fetch time known, an ISO day in the year
     * {@link WrittenDates#yearless} places it; else the month and day alone ("--06-29",
     * {@link java.time.MonthDay}), which the caller places by the page's other dates.
     */
    private String yearless(String s, int from, int anchor, List<int[]> links, boolean dayFirst) {
        String near = s.substring(from, Math.min(s.length(), anchor + NEAR_AFTER));
        // (the page's zone is unknown: the latest day any zone had reached at the fetch time, UTC+14)
        LocalDate notAfter = relative == null ? null
                : LocalDate.ofInstant(clock.instant().plusSeconds(14 * 3600), java.time.ZoneOffset.UTC);
        for (WrittenDates.Found f : WrittenDates.yearless(near, notAfter, dayFirst)) {
            int at = from + f.start();
            int end = from + f.end();
            DateLabels.Kind kind = label(s, Math.max(0, at - LABEL_WINDOW), at);
            if (kind == DateLabels.Kind.MODIFIED || inProse(s, at) || teaserLine(s, links, at, end) || inCard(s, links, at, end)
                    || kind == DateLabels.Kind.NONE && ClauseDates.continues(s, end, links)) {
                continue;
            }
            if (s.substring(at, end).chars().noneMatch(Character::isLetter)
                    && kind != DateLabels.Kind.PUBLISHED && kind != DateLabels.Kind.ORIGINAL && !WrittenDates.clockAfter(near, f)) {
                continue;
            }
            // (unlabelled, only on a short line of its own: a yearless day opening a paragraph is no dateline)
            if (kind != DateLabels.Kind.NONE || lineLength(s, at, end) <= META_LINE && !afterProse(s, anchor, at)) {
                return notAfter != null ? f.date().toString() : java.time.MonthDay.from(f.date()).toString();
            }
        }
        return null;
    }

    /** The most text a box may hold before its {@code <time>} to be that date's label ("Published", "Veröffentlicht am"). */
    private static final int SIDE_LABEL = 40;

    /**
     * A last resort for a page dated nowhere else: the day of the one {@code <time datetime>} anywhere
     * on the page, sidebars included, whose own box labels it a publication in words readers see
     * ({@code <div><h4>Published</h4> <time datetime="2018-11-15">…</time></div>}: a document's facts
     * panel beside its text); null when there is none, or several of different days (a list's). Not
     * one inside a link, a list item (a related list's entry) or a comment. With no such {@code <time>},
     * a date written out in such a box ({@link SideLabelledBoxes}).
     */
    String sideLabelled(Document doc, String title, boolean dayFirst) {
        String found = null;
        // (not in another article the page shows after its own: that article's day)
        java.util.Set<Element> next = doc.body() == null ? java.util.Set.of()
                : OwnArticle.nextArticles(doc.body(), OwnArticle.headline(doc.body(), title));
        for (Element t : ElementWalk.named(doc, "time")) {
            Element box = t.parent();
            if (!t.hasAttr("datetime") || box == null || DateBoxes.hidden(t) || DateBoxes.listed(t) || OwnArticle.inside(t, next)) {
                continue;
            }
            String boxText = box.text();
            int at = boxText.indexOf(t.text());
            String label = at < 0 ? "" : boxText.substring(0, at);
            if (label.isBlank() && box.previousElementSibling() != null) {
                // the label in a box of its own just before (<dt>Veröffentlicht</dt><dd><time …></dd>)
                label = box.previousElementSibling().text();
            }
            if (at < 0 || label.length() > SIDE_LABEL || DateLabels.before(label) != DateLabels.Kind.PUBLISHED) {
                continue;
            }
            String iso = normalizer.machine(t.attr("datetime"), dayFirst);
            if (iso == null || !plausible(LocalDate.parse(iso.substring(0, 10)))) {
                continue;
            }
            if (found != null && !found.regionMatches(0, iso, 0, 10)) {
                return null;
            }
            found = found == null ? iso : found;
        }
        // (no such <time>: a date written out in such a box)
        return found != null ? found : SideLabelledBoxes.published(doc.body(), dayFirst, normalizer, SIDE_LABEL, next);
    }

    /** A day between 1990 and tomorrow by the clock. */
    private boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && !d.isAfter(LocalDate.now(clock).plusDays(1));
    }

    /**
     * True when an author's name (two words or more) stands before the date at {@code pos} in its own
     * block, or is most of the short block just above it: the author box's date line. A name in a
     * longer block (a sentence quoting the author) does not count.
     */
    static boolean byAuthor(String s, int pos, List<String> authors) {
        if (authors.isEmpty()) {
            return false;
        }
        int lineStart = s.lastIndexOf('\n', pos - 1) + 1;
        int prevStart = lineStart == 0 ? 0 : s.lastIndexOf('\n', lineStart - 2) + 1;
        String own = s.substring(lineStart, pos);
        String above = lineStart - prevStart <= META_LINE ? s.substring(prevStart, lineStart) : "";
        String near = (above + " " + own).toLowerCase(java.util.Locale.ROOT);
        if (near.length() > META_LINE + 60) {
            return false;
        }
        for (String a : authors) {
            String name = a.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.indexOf(' ') > 0 && near.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the innermost named date box holding {@code start..end}, or NONE. */
    private static DateLabels.Kind boxKind(List<int[]> boxes, int start, int end) {
        int[] best = null;
        for (int[] b : boxes) {
            if (b[0] <= start && end <= b[1] && (best == null || b[1] - b[0] < best[1] - best[0])) {
                best = b;
            }
        }
        return best == null ? DateLabels.Kind.NONE : DateLabels.Kind.values()[best[2]];
    }


    private static DateLabels.Kind label(String s, int from, int to) {
        from = labelFrom(s, from, to);
        return from >= to ? DateLabels.Kind.NONE : DateLabels.before(s.substring(from, to));
    }
}
