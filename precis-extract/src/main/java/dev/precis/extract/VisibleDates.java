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
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The publication and modification dates a page shows its readers: {@code <time datetime>} elements
 * and dates written in the page's language, each with the label before it ("Veröffentlicht am",
 * "Mis à jour le", see {@link DateLabels}). The page's text is read once in document order, without
 * comments, sidebars, footers and related-article lists ({@link PageRegions}); the headline's place
 * in that text decides between candidates: a labelled date wins over an unlabelled one, a nearer one
 * over a farther one, and an unlabelled date counts only close to the headline. Immutable and
 * thread-safe.
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
     * with no link; the last of the last resorts.
     */
    record Shown(String published, String modified, boolean labelled, boolean beforeText, String late, String yearless,
                 String bare) {
        Shown(String published, String modified, boolean labelled, boolean beforeText) {
            this(published, modified, labelled, beforeText, null, null, null);
        }
    }

    static final Shown NOTHING = new Shown(null, null, false, false);

    /** {@code authorBox}: on the line of a box naming the article's author (read at any distance). */
    private record Candidate(int pos, LocalDate date, String machine, DateLabels.Kind kind, boolean authorBox) {
        Candidate(int pos, LocalDate date, String machine, DateLabels.Kind kind) {
            this(pos, date, machine, kind, false);
        }
    }

    private static final int MAX_CHARS = 120_000;
    private static final int NEAR_AFTER = 1_500;
    private static final int NEAR_BEFORE = 400;

    private final Clock clock;
    private final DateNormalizer normalizer;
    private final RelativeDates relative;

    VisibleDates(Clock clock, DateNormalizer normalizer) {
        this(clock, normalizer, true);
    }

    /** {@code relativeDates} false: the fetch time is unknown, so "vor 3 Stunden" names no day. */
    VisibleDates(Clock clock, DateNormalizer normalizer, boolean relativeDates) {
        this.clock = clock;
        this.normalizer = normalizer;
        this.relative = relativeDates ? new RelativeDates(clock) : null;
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
        Element body = doc.body();
        if (body == null) {
            return NOTHING;
        }
        Element headline = headline(body, title);
        StringBuilder text = new StringBuilder(4096);
        List<Candidate> machine = new ArrayList<>();
        int[] headlineAt = {-1};
        // the article's own box (<article>, <main>) around the headline, and where its text starts
        Element story = headline == null ? null : headline.closest("article, main, [role=main]");
        int[] storyAt = {-1};
        boolean[] glued = {false};
        java.util.ArrayDeque<Box> open = new java.util.ArrayDeque<>();
        List<int[]> boxes = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        java.util.ArrayDeque<Box> dated = new java.util.ArrayDeque<>();
        List<int[]> dateBoxes = new ArrayList<>();
        List<int[]> metaBoxes = new ArrayList<>();
        Element[] link = {null};
        int[] linkStart = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (text.length() > MAX_CHARS) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String tx = t.isBlank() ? "" : t.text();
                    if (!tx.isEmpty()) {
                        int n = text.length();
                        if (n >= 2 && text.charAt(n - 1) == ' ' && glued[0] && !Character.isWhitespace(tx.charAt(0))
                                && (JOINERS.indexOf(text.charAt(n - 2)) >= 0 || JOINERS.indexOf(tx.charAt(0)) >= 0)) {
                            // "<span>12</span>.<span>07</span>.<span>2017</span>": nodes the source writes
                            // without a space between them read as one date, not "12 . 07 . 2017"
                            text.setLength(n - 1);
                        }
                        text.append(tx).append(' ');
                        glued[0] = !Character.isWhitespace(tx.charAt(tx.length() - 1));
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                glued[0] = glued[0] && !e.isBlock() && !"br".equals(e.normalName());
                if (e == story) {
                    storyAt[0] = text.length();
                }
                if (e == headline) {
                    headlineAt[0] = text.length();
                } else if ((PageRegions.isChrome(e) || DateBoxes.hidden(e) || e.hasAttr("itemscope") && MetaTags.teaser(e))
                        && !contains(e, headline)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("time".equals(e.normalName()) && e.hasAttr("datetime")) {
                    // (in the page's order: "12/07/2017" in a French page's datetime is 12 July)
                    String iso = normalizer.machine(e.attr("datetime"), dayFirst);
                    if (iso != null) {
                        // the words readers see ("Last updated: <time>…</time>", "<time>Updated …</time>")
                        // say more than the markup's class names
                        DateLabels.Kind kind = DateLabels.before(BoundedText.of(e, LABEL_WINDOW)
                                + " " + text.substring(labelFrom(text, text.length() - LABEL_WINDOW, text.length())));
                        if (kind == DateLabels.Kind.NONE) {
                            kind = e.hasAttr("pubdate") ? DateLabels.Kind.PUBLISHED
                                    : DateLabels.attributes(e.className() + " " + e.attr("itemprop") + " "
                                            + (e.parent() == null ? "" : e.parent().className()));
                        }
                        machine.add(new Candidate(text.length(), LocalDate.parse(iso.substring(0, 10)), iso, kind));
                    }
                } else if ("abbr".equals(e.normalName()) && e.hasAttr("title")
                        && DateLabels.attributes(e.className()) == DateLabels.Kind.PUBLISHED) {
                    // the microformat form of a publication date: <abbr class="published" title="2017-07-12T…">
                    String iso = normalizer.machine(e.attr("title"), dayFirst);
                    if (iso != null) {
                        machine.add(new Candidate(text.length(), LocalDate.parse(iso.substring(0, 10)), iso,
                                DateLabels.Kind.PUBLISHED));
                    }
                } else if (e.isBlock() && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                boolean dateBox = DateBoxes.dateNamed(e);
                if (dateBox && !"time".equals(e.normalName())) {
                    // a box named a date that keeps it in an attribute, as <time datetime> does
                    // (<span class="date" title="12.07.2017">, <div class="article-date" data-date="2017-07-12">)
                    String iso = attributeDate(e, dayFirst);
                    if (iso != null) {
                        // labelled as a <time> is: by the words in and before it, else by its names
                        DateLabels.Kind kind = DateLabels.before(BoundedText.of(e, LABEL_WINDOW)
                                + " " + text.substring(labelFrom(text, text.length() - LABEL_WINDOW, text.length())));
                        kind = kind != DateLabels.Kind.NONE ? kind : DateLabels.attributes(e.className() + " " + e.id());
                        machine.add(new Candidate(text.length(), LocalDate.parse(iso.substring(0, 10)), iso, kind));
                    }
                }
                DateLabels.Kind named = DateBoxes.namedKind(e);
                if (named != DateLabels.Kind.NONE) {
                    open.push(new Box(e, text.length(), named));
                }
                if ("time".equals(e.normalName()) || dateBox || DateBoxes.metaNamed(e)) {
                    dated.push(new Box(e, text.length(), DateLabels.Kind.NONE));
                }
                if (link[0] == null && "a".equals(e.normalName()) && e.hasAttr("href")) {
                    link[0] = e;
                    linkStart[0] = text.length();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    // inline text after a block's end stands on a line of its own, as readers see it
                    text.append('\n');
                }
                if (!dated.isEmpty() && dated.peek().element() == node) {
                    Box b = dated.pop();
                    if (text.length() - b.start() <= META_LINE) {
                        dateBoxes.add(new int[] {b.start(), text.length()});
                        if (DateBoxes.metaNamed(b.element())) {
                            metaBoxes.add(new int[] {b.start(), text.length()});
                        }
                    }
                }
                if (node == link[0]) {
                    links.add(new int[] {linkStart[0], text.length()});
                    link[0] = null;
                }
                if (!open.isEmpty() && open.peek().element() == node) {
                    Box b = open.pop();
                    if (text.length() - b.start() <= META_LINE) {
                        boxes.add(new int[] {b.start(), text.length(), b.kind().ordinal()});
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        String s = text.toString();
        int anchor = headlineAt[0] >= 0 ? headlineAt[0] : 0;
        List<Candidate> all = new ArrayList<>(machine.size());
        for (Candidate c : machine) {
            all.add(c.kind() == DateLabels.Kind.NONE && afterProse(s, anchor, c.pos()) && byAuthor(s, c.pos(), authors)
                    ? new Candidate(c.pos(), c.date(), c.machine(), DateLabels.Kind.PUBLISHED, true) : c);
        }
        int lastEnd = 0;
        // a page writes all its "12/07/2017" dates one way: one whose first number passes 12 settles
        // that for the others, whatever language the page declares (or fails to)
        Boolean order = WrittenDates.slashOrder(s);
        List<WrittenDates.Found> written = WrittenDates.all(s, order != null ? order : dayFirst);
        Candidate late = null;
        String bare = null;
        for (int i = 0; i < written.size(); i++) {
            WrittenDates.Found f = written.get(i);
            DateLabels.Kind kind = label(s, Math.max(lastEnd, f.start() - LABEL_WINDOW), f.start());
            lastEnd = f.end();
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
            // an unlabelled date inside running text ("the season ends on April 15, 2025") is what
            // the article talks about, not when it appeared
            if (kind != DateLabels.Kind.NONE || metaLine(s, f.start(), f.end()) && !afterProse(s, anchor, f.start())) {
                all.add(new Candidate(f.start(), f.date(), null, kind));
            } else if (metaLine(s, f.start(), f.end()) && byAuthor(s, f.start(), authors)) {
                all.add(new Candidate(f.start(), f.date(), null, DateLabels.Kind.PUBLISHED, true));
            } else if (late == null && f.start() >= anchor && plausible(f.date()) && (lateDate(s, dateBoxes, links, f.start(), f.end())
                    || closingMeta(s, metaBoxes, links, f.start(), f.end()) || WireCredits.closing(s, links, f.start(), f.end()))) {
                late = new Candidate(f.start(), f.date(), null, DateLabels.Kind.NONE);
            } else if (bare == null && kind == DateLabels.Kind.NONE && f.start() >= anchor && plausible(f.date())
                    && bareLine(s, links, f.start(), f.end())) {
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
        Shown shown = choose(all, anchor, s, storyAt[0], links);
        String yearless = relative == null ? null : yearless(s, from, anchor, links);
        return late == null && yearless == null && bare == null ? shown : new Shown(shown.published(), shown.modified(),
                shown.labelled(), shown.beforeText(), late == null ? null : value(late), yearless, bare);
    }

    /**
     * The first day and month without a year ("12. Februar, 10:30 Uhr", "12 février") near the headline
     * (where relative times are read) that a publication label leads or that stands on a meta line
     * before the text, as an ISO day in the year {@link WrittenDates#yearless} places it; null when
     * none. Not one an update label leads, one in running text, nor one beside another page's link.
     */
    private String yearless(String s, int from, int anchor, List<int[]> links) {
        String near = s.substring(from, Math.min(s.length(), anchor + NEAR_AFTER));
        // (the page's zone is unknown: the latest day any zone had reached at the fetch time, UTC+14)
        LocalDate notAfter = LocalDate.ofInstant(clock.instant().plusSeconds(14 * 3600), java.time.ZoneOffset.UTC);
        for (WrittenDates.Found f : WrittenDates.yearless(near, notAfter)) {
            int at = from + f.start();
            int end = from + f.end();
            DateLabels.Kind kind = label(s, Math.max(0, at - LABEL_WINDOW), at);
            if (kind == DateLabels.Kind.MODIFIED || inProse(s, at) || teaserLine(s, links, at, end) || inCard(s, links, at, end)) {
                continue;
            }
            // (unlabelled, only on a short line of its own: a yearless day opening a paragraph is no dateline)
            if (kind != DateLabels.Kind.NONE || lineLength(s, at, end) <= META_LINE && !afterProse(s, anchor, at)) {
                return f.date().toString();
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
     * one inside a link, a list item (a related list's entry) or a comment.
     */
    String sideLabelled(Document doc, boolean dayFirst) {
        String found = null;
        for (Element t : doc.getElementsByTag("time")) {
            Element box = t.parent();
            if (!t.hasAttr("datetime") || box == null || DateBoxes.hidden(t) || DateBoxes.listed(t)) {
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
        return found;
    }

    /** Attributes in which a box named a date may keep its date, in the order read. */
    private static final String[] DATE_ATTRIBUTES = {"datetime", "data-datetime", "data-date", "data-published", "data-timestamp", "title"};

    /** The date a box named a date keeps in one of {@link #DATE_ATTRIBUTES}, normalised, or null. */
    private String attributeDate(Element e, boolean dayFirst) {
        for (String a : DATE_ATTRIBUTES) {
            String v = e.attr(a);
            if (v.length() >= 6 && v.length() <= 40 && Character.isDigit(v.charAt(0))) {
                String iso = normalizer.machine(v, dayFirst);
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
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

    /** Characters that join a date's parts: a node boundary next to one adds no space. */
    private static final String JOINERS = "./-";

    private record Box(Element element, int start, DateLabels.Kind kind) {
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


    /**
     * {@code storyAt}: where the text of the headline's {@code <article>} or {@code <main>} box starts (-1
     * when none): an unlabelled date above it (a masthead's "Mittwoch, 6. Dezember 2023", today's date on
     * the day the page was saved) is no match for a publication labelled inside it. {@code links}: the
     * text of links between a date above the headline and the headline counts for no distance (a long
     * breadcrumb between the article's date box and its headline).
     */
    private Shown choose(List<Candidate> all, int anchor, String s, int storyAt, List<int[]> links) {
        java.util.Map<Candidate, Candidate> moved = new java.util.IdentityHashMap<>();
        Candidate original = null;
        Candidate published = null;
        Candidate modified = null;
        Candidate plain = null;
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        for (Candidate seen : all) {
            if (seen.date().getYear() < 1990 || seen.date().isAfter(latest)) {
                continue;
            }
            Candidate c = seen;
            int linked = seen.pos() < anchor ? linked(links, seen.pos(), anchor) : 0;
            if (linked > 0) {
                // (measured as if the links were not there; the date itself is kept as found)
                c = new Candidate(seen.pos() + linked, seen.date(), seen.machine(), seen.kind(), seen.authorBox());
                moved.put(c, seen);
            }
            switch (c.kind()) {
                case ORIGINAL -> original = nearer(original, c, anchor, Integer.MAX_VALUE);
                case PUBLISHED -> published = nearer(published, c, anchor, c.authorBox() ? Integer.MAX_VALUE : 20_000);
                case MODIFIED -> modified = nearer(modified, c, anchor, 20_000);
                default -> plain = nearer(plain, c, anchor, c.machine() != null ? 4 * NEAR_AFTER : NEAR_AFTER);
            }
        }
        original = moved.getOrDefault(original, original);
        published = moved.getOrDefault(published, published);
        modified = moved.getOrDefault(modified, modified);
        plain = moved.getOrDefault(plain, plain);
        // a date on the article's meta line, before its text begins, outranks a labelled one further
        // down (a teaser's "Veröffentlicht am …" in an unmarked list after the article)
        if (plain != null && published != null && storyAt > 0 && plain.pos() < storyAt && published.pos() >= storyAt) {
            plain = null;
        }
        Candidate pub = original != null ? original
                : published != null && !afterProse(s, anchor, published.pos()) ? published
                : plain != null && !afterProse(s, anchor, plain.pos()) ? plain
                : published != null ? published : plain;
        return new Shown(value(pub), value(modified), original != null || published != null
                || pub != null && pub.machine() != null, pub != null && !afterProse(s, anchor, pub.pos()));
    }

    /** How many characters of {@code from..to} lie inside links. */
    private static int linked(List<int[]> links, int from, int to) {
        int n = 0;
        for (int[] l : links) {
            if (l[0] >= to) {
                break;
            }
            n += Math.max(0, Math.min(to, l[1]) - Math.max(from, l[0]));
        }
        return n;
    }

    private static String value(Candidate c) {
        return c == null ? null : c.machine() != null ? c.machine() : c.date().toString();
    }

    /** The nearer of two candidates to the headline (a date above it counts at three times its distance). */
    private static Candidate nearer(Candidate best, Candidate c, int anchor, int reach) {
        int d = distance(c, anchor);
        if (d > reach || c.pos() < anchor && anchor - c.pos() > Math.max(NEAR_BEFORE, reach / 4)) {
            return best;
        }
        return best == null || d < distance(best, anchor) ? c : best;
    }

    private static int distance(Candidate c, int anchor) {
        return c.pos() >= anchor ? c.pos() - anchor : 3 * (anchor - c.pos());
    }

    private static DateLabels.Kind label(String s, int from, int to) {
        from = labelFrom(s, from, to);
        return from >= to ? DateLabels.Kind.NONE : DateLabels.before(s.substring(from, to));
    }

    /** The heading that reads as the title, else the first h1, else the article or main box. */
    private static Element headline(Element body, String title) {
        String want = title == null ? "" : TitleChooser.norm(title);
        Element firstH1 = null;
        if (!want.isEmpty()) {
            for (Element h : body.select("h1, h2, h3")) {
                String t = TitleChooser.norm(h.text());
                if (!t.isEmpty() && (t.equals(want) || t.length() > 12 && (want.startsWith(t) || t.startsWith(want)))) {
                    return h;
                }
            }
        }
        for (Element h : body.getElementsByTag("h1")) {
            if (!h.text().isBlank()) {
                firstH1 = h;
                break;
            }
        }
        return firstH1 != null ? firstH1 : body.selectFirst("article, main, [role=main]");
    }

    private static boolean contains(Element box, Element inner) {
        for (Element p = inner; p != null; p = p.parent()) {
            if (p == box) {
                return true;
            }
        }
        return false;
    }
}
