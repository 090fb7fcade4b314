package dev.precis.extract;

import static dev.precis.extract.DateLines.LABEL_WINDOW;
import static dev.precis.extract.DateLines.META_LINE;
import static dev.precis.extract.DateLines.labelFrom;

import dev.precis.extract.VisibleDates.Candidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The page's text as {@link VisibleDates} reads it, once in document order: the text of the body without
 * comments, sidebars, footers and hidden boxes ({@link PageRegions}, {@link DateBoxes}), with where the
 * headline and its article box start, the machine-readable dates ({@code <time datetime>}, microformat
 * {@code <abbr>}, boxes named a date with a date attribute) as candidates, and the spans of the short
 * boxes named a date kind ({@code boxes}: start, end, kind ordinal), of links, of date boxes and of meta
 * boxes in that text.
 */
record DateText(String text, int headlineAt, int storyAt, List<Candidate> machine, List<int[]> boxes,
                List<int[]> links, List<int[]> dateBoxes, List<int[]> metaBoxes) {

    private static final int MAX_CHARS = 120_000;

    /** Reads {@code body} around the heading that reads {@code title} (may be null). */
    static DateText read(Element body, String title, DateNormalizer normalizer, boolean dayFirst) {
        return read(body, title, normalizer, dayFirst, false);
    }

    /**
     * As above; {@code readLists}: also the lists that a heading names as other pages' or comments'
     * ({@link RelatedHeadings}), as if no heading named them (for the page type's evidence only).
     */
    static DateText read(Element body, String title, DateNormalizer normalizer, boolean dayFirst, boolean readLists) {
        Element headline = OwnArticle.headline(body, title);
        StringBuilder text = new StringBuilder(4096);
        List<Candidate> machine = new ArrayList<>();
        int[] headlineAt = {-1};
        // the article's own box (<article>, <main>) around the headline, and where its text starts
        Element story = headline == null ? null : headline.closest(Queries.STORY);
        // (another <article> after the headline's is another article only when the headline's holds its text)
        Element ownStory = OwnArticle.holdsText(story) ? story : null;
        // the box that holds the page's own text: that <article>, else the headline's nearest box that holds it
        Element own = OwnArticle.ownBox(headline, ownStory);
        boolean[] ownSeen = {false};
        int[] storyAt = {-1};
        boolean[] glued = {false};
        boolean[] ordinal = {false};
        // a short box named a date whose parts stand on lines of their own ("12<br>März<br>2024",
        // <div class="day">12</div><div class="month">mars</div>…): read as one line
        Element[] split = {null};
        java.util.ArrayDeque<Box> open = new java.util.ArrayDeque<>();
        List<int[]> boxes = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        java.util.ArrayDeque<Box> dated = new java.util.ArrayDeque<>();
        List<int[]> dateBoxes = new ArrayList<>();
        List<int[]> metaBoxes = new ArrayList<>();
        Element[] link = {null};
        int[] linkStart = {0};
        // the boxes under a heading that opens another pages' list or comments ("Mehr zum Thema")
        java.util.Set<Element> listed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
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
                        if (ordinal[0] && text.length() > 0 && text.charAt(text.length() - 1) == ' '
                                && (tx.charAt(0) == ',' || tx.charAt(0) == '.' || tx.charAt(0) == ' ')) {
                            // "1<sup>er</sup> mars", "March 12<sup>th</sup>, 2024": the text after the suffix
                            text.setLength(text.length() - 1);
                        }
                        ordinal[0] = false;
                        n = text.length();
                        if (n >= 2 && text.charAt(n - 1) == ' ' && Character.isDigit(text.charAt(n - 2))
                                && t.parent() != null && "sup".equals(t.parent().normalName())
                                && ORDINAL.matcher(tx.strip()).matches()) {
                            // an ordinal's suffix set in superscript joins its number, as readers see it
                            text.setLength(n - 1);
                            tx = tx.strip();
                            ordinal[0] = true;
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
                if (e == own) {
                    ownSeen[0] = true;
                }
                if (e == headline) {
                    headlineAt[0] = text.length();
                } else if (OwnArticle.nextArticle(e, ownStory, storyAt[0]) || ownSeen[0] && OwnArticle.nextBox(e, own)) {
                    // a second article after the page's own (an "Article suivant" a theme loads below, with its
                    // own heading): its day is that article's
                    return FilterResult.SKIP_ENTIRELY;
                } else if ((PageRegions.isChrome(e) || DateBoxes.hidden(e) || e.hasAttr("itemscope") && MetaTags.teaser(e)
                        || !listed.isEmpty() && listed.contains(e)) && !OwnArticle.contains(e, headline)) {
                    return FilterResult.SKIP_ENTIRELY;
                } else if (!readLists && RelatedHeadings.opensList(e)) {
                    listed.addAll(RelatedHeadings.list(e));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("time".equals(e.normalName()) && e.hasAttr("datetime")) {
                    // (in the page's order: "12/07/2017" in a French page's datetime is 12 July)
                    String iso = PageOrder.settled(e, normalizer.machine(e.attr("datetime"), dayFirst), body, normalizer);
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
                        Candidate shownFirst = publishedBeforeChange(e, iso, dayFirst, text.length());
                        if (shownFirst != null) {
                            machine.add(shownFirst);
                        }
                    }
                } else if ("abbr".equals(e.normalName()) && e.hasAttr("title")
                        && DateLabels.attributes(e.className()) == DateLabels.Kind.PUBLISHED) {
                    // the microformat form of a publication date: <abbr class="published" title="2017-07-12T…">
                    String iso = normalizer.machine(e.attr("title"), dayFirst);
                    if (iso != null) {
                        machine.add(new Candidate(text.length(), LocalDate.parse(iso.substring(0, 10)), iso,
                                DateLabels.Kind.PUBLISHED));
                    }
                } else if (e.isBlock() && split[0] == null && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                boolean dateBox = DateBoxes.dateNamed(e);
                if (dateBox && split[0] == null && e.childrenSize() > 1 && BoundedText.of(e, SPLIT_BOX + 1).length() <= SPLIT_BOX) {
                    split[0] = e;
                    // a theme's badge of numbers, each in a box of its own (<span>12</span><span>07</span><span>2017</span>):
                    // read as the date its parts spell, labelled by the box's names
                    String iso = numberBadge(e, dayFirst, normalizer);
                    if (iso != null) {
                        machine.add(new Candidate(text.length(), LocalDate.parse(iso.substring(0, 10)), iso,
                                DateLabels.attributes(e.className() + " " + e.id())));
                    }
                }
                if (!"time".equals(e.normalName()) || !e.hasAttr("datetime")) {
                    // a box named a date that keeps it in an attribute, as <time datetime> does
                    // (<span class="date" title="12.07.2017">, <div class="article-date" data-date="2017-07-12">),
                    // or any box whose attribute's name says it holds a date (<span data-timestamp="1561796100">);
                    // else a relative time over the date it rounds (<abbr title="2017-07-12…">vor 7 Jahren</abbr>)
                    String iso = (dateBox || DateAttributes.named(e)) && !"time".equals(e.normalName())
                            ? DateAttributes.date(e, dayFirst, normalizer) : null;
                    if (iso == null) {
                        iso = RelativeTitles.date(e, dayFirst, normalizer);
                    }
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
                if (node == split[0]) {
                    split[0] = null;
                }
                if (node instanceof Element e && e.isBlock() && split[0] == null && text.length() > 0
                        && text.charAt(text.length() - 1) != '\n') {
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
                    links.add(new int[] {linkStart[0], text.length(), archiveDay(link[0].attr("href"))});
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
        return new DateText(text.toString(), headlineAt[0], storyAt[0], machine, boxes, links, dateBoxes, metaBoxes);
    }

    /** A link to a day's archive: the address's path ends with the year, month and day ("/2025/02/10/"). */
    private static final java.util.regex.Pattern ARCHIVE_DAY = java.util.regex.Pattern.compile(
            "/((?:19|20)\\d\\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/?$");

    /**
     * The day (yyyymmdd) a link's address names when it leads to that day's archive, as a blog's "posted on" date
     * links ({@code <a href="/2025/02/10/">February 10, 2025</a>}), else 0: a post's link to its own day, where a
     * teaser's date links to the other post itself.
     */
    static int archiveDay(String href) {
        int n = href.length();
        if (n < 11 || !Character.isDigit(href.charAt(href.charAt(n - 1) == '/' ? n - 2 : n - 1))) {
            return 0;
        }
        int q = href.indexOf('?');
        java.util.regex.Matcher m = ARCHIVE_DAY.matcher(q < 0 ? href : href.substring(0, q));
        return m.find() ? Integer.parseInt(m.group(1) + m.group(2) + m.group(3)) : 0;
    }

    /**
     * A {@code <time>} whose {@code datetime} holds the change while its text shows the publication first and the
     * change after a label ("12.07.2017 14:03 | Aktualisiert am 14.07.2017 09:12", "12/07/2017 | Actualizado a
     * 14/07/2017"): the text's first day, unlabelled or labelled a publication and earlier than the change, as a
     * publication at {@code pos}; else null.
     */
    private static Candidate publishedBeforeChange(Element time, String iso, boolean dayFirst, int pos) {
        String shown = BoundedText.of(time, META_LINE + 1);
        if (shown.length() > META_LINE || shown.length() < 16) {
            return null;
        }
        List<WrittenDates.Found> found = WrittenDates.all(shown, dayFirst);
        if (found.size() != 2) {
            return null;
        }
        WrittenDates.Found first = found.get(0);
        WrittenDates.Found second = found.get(1);
        if (!second.date().equals(LocalDate.parse(iso.substring(0, 10))) || !first.date().isBefore(second.date())
                || DateLabels.before(shown.substring(0, first.start())) == DateLabels.Kind.MODIFIED
                || DateLabels.before(shown.substring(first.end(), second.start())) != DateLabels.Kind.MODIFIED) {
            return null;
        }
        return new Candidate(pos, first.date(), first.date().toString(), DateLabels.Kind.PUBLISHED);
    }

    /**
     * The date a box's three children spell when each holds a number alone and the box no other text ("12", "07",
     * "2017", or the year first), in ISO 8601; {@code dayFirst} orders day and month when the year comes last. Null
     * for any other box, for two-digit years and for impossible days.
     */
    static String numberBadge(Element box, boolean dayFirst, DateNormalizer normalizer) {
        if (box.childrenSize() != 3 || !box.ownText().isBlank()) {
            return null;
        }
        String[] parts = new String[3];
        for (int i = 0; i < 3; i++) {
            String t = box.child(i).text().strip();
            if (t.isEmpty() || t.length() > 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            parts[i] = t;
        }
        String y;
        String m;
        String d;
        if (parts[0].length() == 4 && parts[1].length() <= 2 && parts[2].length() <= 2) {
            y = parts[0];
            m = parts[1];
            d = parts[2];
        } else if (parts[2].length() == 4 && parts[0].length() <= 2 && parts[1].length() <= 2) {
            y = parts[2];
            d = dayFirst ? parts[0] : parts[1];
            m = dayFirst ? parts[1] : parts[0];
        } else {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return normalizer.machine(date.toString(), dayFirst);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    /** An ordinal's suffix as superscript: "1<sup>er</sup>", "12<sup>th</sup>", "2<sup>nd</sup>", "1<sup>o</sup>". */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "(?i)st|nd|rd|th|er|re|e|ème|o|º|ª|\\.");
    /** The longest box named a date whose parts may stand on lines of their own. */
    private static final int SPLIT_BOX = 40;

    /** Characters that join a date's parts: a node boundary next to one adds no space. */
    private static final String JOINERS = "./-";

    private record Box(Element element, int start, DateLabels.Kind kind) {
    }
}
