package dev.precis.extract;

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
    private static final int LABEL_WINDOW = 48;
    private static final int NEAR_AFTER = 1_500;
    private static final int NEAR_BEFORE = 400;
    /** A date alone in a block this short (a meta line: "By Jane Doe · Dec 20, 2025") may date the page. */
    private static final int META_LINE = 120;
    /** A date this near the start of a longer block is a dateline ("BERLIN, 12. Juli 2017 – …"). */
    private static final int DATELINE = 30;
    /** A credit line this long may still end with the article's date. */
    private static final int LONG_META_LINE = 250;
    private static final int META_LINE_TAIL = 16;
    /** A block this long is running text. */
    private static final int PROSE_LINE = 150;
    /** A block this short just above a date may be its label. */
    private static final int SHORT_LABEL_LINE = 40;

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
        boolean[] glued = {false};
        java.util.ArrayDeque<Box> open = new java.util.ArrayDeque<>();
        List<int[]> boxes = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        java.util.ArrayDeque<Box> dated = new java.util.ArrayDeque<>();
        List<int[]> dateBoxes = new ArrayList<>();
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
                if (e == headline) {
                    headlineAt[0] = text.length();
                } else if ((PageRegions.isChrome(e) || hidden(e) || e.hasAttr("itemscope") && MetaTags.teaser(e))
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
                boolean dateBox = dateNamed(e);
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
                DateLabels.Kind named = namedKind(e);
                if (named != DateLabels.Kind.NONE) {
                    open.push(new Box(e, text.length(), named));
                }
                if ("time".equals(e.normalName()) || dateBox || metaNamed(e)) {
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
            if (kind == DateLabels.Kind.NONE && teaserLine(s, links, f.start(), f.end()) || inCard(s, links, f.start(), f.end())) {
                // "Alte Brücke gesperrt 03.05.2016": the date beside another page's linked headline is that page's
                continue;
            }
            // an unlabelled date inside running text ("the season ends on April 15, 2025") is what
            // the article talks about, not when it appeared
            if (kind != DateLabels.Kind.NONE || metaLine(s, f.start(), f.end()) && !afterProse(s, anchor, f.start())) {
                all.add(new Candidate(f.start(), f.date(), null, kind));
            } else if (metaLine(s, f.start(), f.end()) && byAuthor(s, f.start(), authors)) {
                all.add(new Candidate(f.start(), f.date(), null, DateLabels.Kind.PUBLISHED, true));
            } else if (late == null && f.start() >= anchor && plausible(f.date()) && lateDate(s, dateBoxes, links, f.start(), f.end())) {
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
        Shown shown = choose(all, anchor, s);
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
            if (!t.hasAttr("datetime") || box == null || hidden(t) || listed(t)) {
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

    /** True when {@code e} stands in a link, a list item or a box named a comment or reply. */
    private static boolean listed(Element e) {
        for (Element x = e; x != null && !"body".equals(x.normalName()); x = x.parent()) {
            String tag = x.normalName();
            if ("a".equals(tag) || "li".equals(tag)) {
                return true;
            }
            String names = x.className() + " " + x.id();
            if (names.length() > 2) {
                for (String w : ClassSignals.words(names)) {
                    if (w.startsWith("comment") || w.startsWith("kommentar") || w.startsWith("repl") || w.startsWith("reac")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A link text of this many words or more is a headline, not an author's or a section's name. */
    private static final int HEADLINE_WORDS = 5;

    /**
     * True when the line holding a date at {@code start..end} is mostly a link of
     * {@link #HEADLINE_WORDS} words or more (another page's headline: a teaser, a "more on this" list);
     * the short links of a meta line ("Von Anna Beispiel", "Lokales") do not count.
     */
    private static boolean teaserLine(String s, List<int[]> links, int start, int end) {
        if (links.isEmpty()) {
            return false;
        }
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        int rest = (to - from) - (end - start);
        for (int[] l : links) {
            if (l[1] <= from || l[0] >= to || l[0] < end && l[1] > start) {
                continue;
            }
            String t = s.substring(Math.max(from, l[0]), Math.min(to, l[1])).strip();
            if (2 * t.length() >= rest && t.split("\\s+").length >= HEADLINE_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the date at {@code start..end} stands inside a link that also holds
     * {@link #HEADLINE_WORDS} words or more besides it: a card linking to another page (its date, a
     * headline and an excerpt in one {@code <a>}), whose date is that page's, labelled ("Publish date")
     * or not. A date linked alone (a permalink's "July 12, 2017") is no card.
     */
    private static boolean inCard(String s, List<int[]> links, int start, int end) {
        for (int[] l : links) {
            if (l[0] <= start && l[1] >= end) {
                int words = 0;
                boolean in = false;
                for (int i = l[0]; i < l[1] && words < HEADLINE_WORDS; i++) {
                    if (i >= start && i < end) {
                        // (the date itself is no word of the card's)
                        in = false;
                        continue;
                    }
                    boolean letter = Character.isLetter(s.charAt(i));
                    if (letter && !in) {
                        words++;
                    }
                    in = letter;
                }
                return words >= HEADLINE_WORDS;
            }
            if (l[0] > end) {
                return false;
            }
        }
        return false;
    }

    /** Class and id words that name a date box ("date", "post-date", "articleDatum", "zeitstempel" is not one). */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of(
            "date", "datum", "time", "zeit", "dateline", "fecha", "timestamp", "datetime", "pubdate");
    /** What a last-resort date's line may hold besides it ("Stand:", "14:30 Uhr"), in characters. */
    private static final int LATE_REST = 24;

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

    /** True when {@code e}'s class or id names a date ("date", "article-date", "datum"). */
    private static boolean dateNamed(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = e.className() + " " + e.id();
        if (names.length() < 5) {
            return false;
        }
        for (String w : ClassSignals.words(names)) {
            if (DATE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a date at {@code start..end} after the text may still date a page dated nowhere else:
     * it stands in a {@code <time>} or a box the markup names a date ({@code <span class="date">}),
     * its line holds little else and no link. A bare date line, a comment's "Hans schrieb am …", a
     * list's "<a>Anderer Artikel</a> 01.03.2024" or a publisher's line are no such date: unmarked, they
     * may be anyone's.
     */
    private static boolean lateDate(String s, List<int[]> dateBoxes, List<int[]> links, int start, int end) {
        boolean boxed = false;
        for (int[] b : dateBoxes) {
            if (b[0] <= start && end <= b[1]) {
                boxed = true;
                break;
            }
        }
        if (!boxed) {
            return false;
        }
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        if ((to - from) - (end - start) > LATE_REST) {
            return false;
        }
        for (int[] l : links) {
            if (l[1] > from && l[0] < to) {
                return false;
            }
        }
        return true;
    }

    /**
     * What may stand beside a date alone on its line: separators, a weekday before it ("Mittwoch, den",
     * "mercredi") and a clock time after it ("14:30 Uhr", "à 14h30", "um 14:30", "at 2:30 pm"), nothing that
     * names anyone or anything ("Le Journal, 12 juillet 2017").
     */
    private static final java.util.regex.Pattern CLOCK_ONLY = java.util.regex.Pattern.compile(
            "[\\s\\u00a0,|·•–—/()-]*(?:" + weekdays() + ")?\\.?,?[\\s\\u00a0]*(?:den\\s+|le\\s+)?"
            + "[\\s\\u00a0,|·•–—/()-]*(?:(?:um|à|a|at|alle|om|о)\\s+)?(?:\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?"
            + "\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)?)?[\\s\\u00a0,|·•–—)-]*",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** The weekdays' names, full and short, in the languages {@link MonthNames} reads, as one alternation. */
    private static String weekdays() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(java.util.Comparator.comparingInt(String::length)
                .reversed().thenComparing(java.util.Comparator.naturalOrder()));
        for (String tag : new String[] {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru"}) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(tag);
            for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
                for (java.time.format.TextStyle st : new java.time.format.TextStyle[] {
                    java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT}) {
                    String n = d.getDisplayName(st, locale).toLowerCase(locale).replace(".", "").strip();
                    if (n.length() >= 2) {
                        names.add(java.util.regex.Pattern.quote(n));
                    }
                }
            }
        }
        return String.join("|", names);
    }

    /**
     * True when the date at {@code start..end} is alone on its line but for a clock time, and no link
     * touches the line: a date the article shows for itself (its closing line), not a credit, a
     * source's or a teaser's.
     */
    private static boolean bareLine(String s, List<int[]> links, int start, int end) {
        int from = s.lastIndexOf('\n', start - 1) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        if (!CLOCK_ONLY.matcher(s.substring(from, start)).matches() || !CLOCK_ONLY.matcher(s.substring(end, to)).matches()) {
            return false;
        }
        for (int[] l : links) {
            if (l[1] > from && l[0] < to) {
                return false;
            }
        }
        // (right after running text: after a short line it is that line's, another person's box or a comment's
        // "Karl Muster" / "12.07.2017")
        int prevEnd = from - 1;
        while (prevEnd > 0 && Character.isWhitespace(s.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = prevEnd <= 0 ? 0 : s.lastIndexOf('\n', prevEnd - 1) + 1;
        return prevEnd - prevStart >= BARE_AFTER;
    }

    /** The shortest line a bare date may follow: a paragraph of the article's text. */
    private static final int BARE_AFTER = 80;

    /** Class and id words of boxes that hold a post's facts (its date among them), as other date readers look in. */
    private static final java.util.Set<String> META_WORDS = java.util.Set.of(
            "meta", "postmeta", "byline", "subline", "posted", "submitted", "published", "publication", "parution",
            "dateline", "small");
    /** Words that make an "info" box the post's own ("post-info", "article-info", "news-info"). */
    private static final java.util.Set<String> POST_WORDS = java.util.Set.of(
            "post", "entry", "article", "artikel", "beitrag", "news", "story", "blog");

    /**
     * True when {@code e} is a box a last resort may read a date in besides those named a date: a
     * {@code <small>}, a box named for a post's facts ("entry-meta", "byline", "post-info"), or one whose
     * class word holds a date's name inside a compound ("newsdate", "artikeldatum", "posttime").
     */
    private static boolean metaNamed(Element e) {
        if ("small".equals(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String names = e.className() + " " + e.id();
        if (names.length() < 5) {
            return false;
        }
        boolean info = false;
        boolean post = false;
        for (String w : ClassSignals.words(names)) {
            if (META_WORDS.contains(w) || w.length() > 5 && (w.endsWith("date") || w.endsWith("datum") || w.endsWith("fecha")
                    || w.endsWith("time") && !w.endsWith("runtime")) && !w.startsWith("upd")) {
                return true;
            }
            info |= "info".equals(w) || "infos".equals(w);
            post |= POST_WORDS.contains(w);
        }
        return info && post;
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

    /** How far after a date a sentence may name it as the publication's. */
    private static final int LABEL_AFTER = 64;

    /**
     * True when the short sentence a date stands in names it as the publication's after it, as German
     * and Dutch put the verb last ("Dieser Beitrag wurde am 12. Juli 2017 von Anna veröffentlicht.",
     * "Dit bericht werd op 12 juli 2017 gepubliceerd"): the rest of the sentence, in a block shorter
     * than running text.
     */
    private static boolean labelledAfter(String s, int end) {
        int lineEnd = s.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? s.length() : lineEnd;
        if (lineEnd - s.lastIndexOf('\n', end) > PROSE_LINE) {
            return false;
        }
        int to = Math.min(lineEnd, end + LABEL_AFTER);
        for (int i = end; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '|' || c == '·') {
                to = i;
                break;
            }
        }
        return to > end && DateLabels.before(s.substring(end, to)) == DateLabels.Kind.PUBLISHED;
    }

    /** Characters that join a date's parts: a node boundary next to one adds no space. */
    private static final String JOINERS = "./-";

    private record Box(Element element, int start, DateLabels.Kind kind) {
    }

    /**
     * The kind an element's class, id or itemprop names as a publication's or modification's date box
     * ("entry-date", "post-date", "date-published", "updated"), or NONE; most elements have no such
     * name and cost one short check.
     */
    static DateLabels.Kind namedKind(Element e) {
        if (e.attributesSize() == 0) {
            return DateLabels.Kind.NONE;
        }
        String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
        if (names.length() < 6) {
            return DateLabels.Kind.NONE;
        }
        return DateLabels.dateBox(names);
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

    /** The longest gap between a date and the labelled update date that follows it on the same line. */
    private static final int PAIR_GAP = 40;

    /**
     * True when {@code next} follows {@code date} on the same line, within {@link #PAIR_GAP}
     * characters, labelled as a later change, and not before it.
     */
    private static boolean updatePair(String s, WrittenDates.Found date, WrittenDates.Found next) {
        if (next.start() - date.end() > PAIR_GAP || next.date().isBefore(date.date())) {
            return false;
        }
        String between = s.substring(date.end(), next.start());
        return between.indexOf('\n') < 0 && DateLabels.before(between) == DateLabels.Kind.MODIFIED;
    }

    /** Class names that hide an element in every layout (not "hidden-xs", which hides it on phones only). */
    private static final java.util.Set<String> HIDING_CLASSES = java.util.Set.of(
            "hidden", "invisible", "d-none", "is-hidden", "w-condition-invisible");

    /**
     * True when readers never see {@code e}: the {@code hidden} attribute, an inline
     * {@code display:none}, or a class that hides it everywhere. Its text (a second copy of the
     * standfirst, a template's unused date) neither dates the page nor counts as running text before
     * the meta line. Text only for screen readers ("Posted on" labels) is read: it is no hidden copy.
     */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none")) {
            return true;
        }
        String cls = e.className();
        if (cls.indexOf("hidden") < 0 && cls.indexOf("invisible") < 0 && cls.indexOf("d-none") < 0) {
            // (most class lists name none of them: no split for those)
            return false;
        }
        for (String c : cls.split("\\s+")) {
            if (HIDING_CLASSES.contains(c.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when two blocks of running text lie between the headline and {@code pos}: an unlabelled
     * date there comes after the article has begun (a comment's, a teaser's, a sidebar's day), not
     * on its meta line. One block may come first (the standfirst before "Von Anna Beispiel, 12.07.17").
     */
    private static boolean afterProse(String s, int anchor, int pos) {
        if (pos <= anchor) {
            return false;
        }
        int prose = 0;
        int lineStart = anchor;
        while (lineStart < pos) {
            int end = s.indexOf('\n', lineStart);
            if (end < 0 || end >= pos) {
                break;
            }
            if (end - lineStart >= PROSE_LINE && ++prose >= 2) {
                return true;
            }
            lineStart = end + 1;
        }
        return false;
    }

    /**
     * Where the label before a date at {@code to} may start: not before {@code from}, nor before the
     * date's own block, except that a date opening its block may take a short block just above it
     * as its label ("Aktualisiert:" / "14.03.2023"). A word ending the previous paragraph ("… geändert.")
     * labels nothing.
     */
    private static int labelFrom(CharSequence s, int from, int to) {
        from = Math.max(0, from);
        int lineStart = to;
        while (lineStart > 0 && s.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        if (from >= lineStart) {
            return from;
        }
        for (int i = lineStart; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return lineStart;
            }
        }
        int prevStart = Math.max(0, lineStart - 1);
        while (prevStart > 0 && s.charAt(prevStart - 1) != '\n') {
            prevStart--;
        }
        // a short block that ends a sentence ("Die Pläne wurden geändert.") is text, not a label
        int last = lineStart - 1;
        while (last > prevStart && Character.isWhitespace(s.charAt(last))) {
            last--;
        }
        char end = s.charAt(Math.max(0, last));
        return lineStart - prevStart <= SHORT_LABEL_LINE && end != '.' && end != '!' && end != '?'
                ? Math.max(from, prevStart) : lineStart;
    }

    /** True when {@code pos} lies in a block of running text, past where a label opening it would end. */
    private static boolean inProse(String s, int pos) {
        int from = s.lastIndexOf('\n', pos) + 1;
        int to = s.indexOf('\n', pos);
        to = to < 0 ? s.length() : to;
        return to - from >= PROSE_LINE && pos - from > LABEL_WINDOW + DATELINE;
    }

    /** True when the date at {@code start..end} is most of its block's text, or opens the block. */
    /** The length of the line (block) that holds {@code start}..{@code end}. */
    private static int lineLength(String s, int start, int end) {
        int to = s.indexOf('\n', end);
        return (to < 0 ? s.length() : to) - (s.lastIndexOf('\n', start) + 1);
    }

    private static boolean metaLine(String s, int start, int end) {
        int from = s.lastIndexOf('\n', start) + 1;
        int to = s.indexOf('\n', end);
        to = to < 0 ? s.length() : to;
        // also a date closing a longer credit line ("Von … mit Material von dpa | 12.07.2017 14:30 Uhr")
        return to - from <= META_LINE || start - from <= DATELINE
                || to - from <= LONG_META_LINE && to - end <= META_LINE_TAIL;
    }

    private Shown choose(List<Candidate> all, int anchor, String s) {
        Candidate original = null;
        Candidate published = null;
        Candidate modified = null;
        Candidate plain = null;
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        for (Candidate c : all) {
            if (c.date().getYear() < 1990 || c.date().isAfter(latest)) {
                continue;
            }
            switch (c.kind()) {
                case ORIGINAL -> original = nearer(original, c, anchor, Integer.MAX_VALUE);
                case PUBLISHED -> published = nearer(published, c, anchor, c.authorBox() ? Integer.MAX_VALUE : 20_000);
                case MODIFIED -> modified = nearer(modified, c, anchor, 20_000);
                default -> plain = nearer(plain, c, anchor, c.machine() != null ? 4 * NEAR_AFTER : NEAR_AFTER);
            }
        }
        // a date on the article's meta line, before its text begins, outranks a labelled one further
        // down (a teaser's "Veröffentlicht am …" in an unmarked list after the article)
        Candidate pub = original != null ? original
                : published != null && !afterProse(s, anchor, published.pos()) ? published
                : plain != null && !afterProse(s, anchor, plain.pos()) ? plain
                : published != null ? published : plain;
        return new Shown(value(pub), value(modified), original != null || published != null
                || pub != null && pub.machine() != null, pub != null && !afterProse(s, anchor, pub.pos()));
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
