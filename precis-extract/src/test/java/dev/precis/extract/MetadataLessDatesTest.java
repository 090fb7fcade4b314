package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages that date themselves only in the words readers see — no JSON-LD, no date {@code <meta>}, no {@code datetime}
 * (forty-fifth session, dates57, after views of real pages with that evidence removed): a meta line whose date a
 * list of tag links follows, a headline set in a plain box above a footer's {@code <h1>}, and a day in figures
 * whose order the page's own day written out elsewhere settles. Pages written for this test, read under clocks in
 * four zones ({@link DatePages#sameDayInEveryZone}) with the fetch time 2026-03-10T12:00Z.
 */
class MetadataLessDatesTest {

    private static final String FETCHED = "2026-03-10T12:00:00Z";
    private static final String ADDRESS = "https://blog.example/posts/bridge-over-the-river";
    private static final String TEXT = "<p>The council spent the whole evening on the new bridge that is to cross the river"
            + " beside the old mill, and changed the plans of the town hall in several places.</p>"
            + "<p>Residents had asked for a wider path for bicycles, and the engineers agreed to look again at the ramps"
            + " on both banks before the works begin next spring.</p>"
            + "<p>The mayor said the bridge would be open before the summer holidays if the weather allowed it, and that"
            + " the old ferry would keep running until then.</p>";

    private static String page(String top, String after, String end) {
        return "<!doctype html><html lang=en><head><title>A new bridge over the river | Town Blog</title></head><body>"
                + "<div class=top><a href=/>Town Blog</a></div><div class=content>" + top + TEXT + after + "</div>"
                + end + "</body></html>";
    }

    private static String day(String html) throws Exception {
        String d = DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED);
        return "none".equals(d) ? "" : d;
    }

    private static final String HEADLINE = "<h1>A new bridge over the river</h1>";

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // the meta line under the headline: author, day, then the post's tags as links
        "<div><span><a href=/author/anna>Anna Example</a></span> <span>12 March 2025</span> <span><a href=/tag/bridges>Bridges"
            + "</a>, <a href=/tag/town>town planning</a>, <a href=/tag/river>river works</a></span></div>~2025-03-12",
        "<p><span>March 12, 2025</span> <a href=/category/local>local news</a> <a href=/category/works>public works</a>"
            + " <a href=/category/river>river life</a></p>~2025-03-12",
        // a sentence that links a few of its words still runs on: what the text talks about, not the post's day
        "<p>On March 12, 2025 the <a href=/council>town council</a> voted to close the old bridge for good.</p>~",
        // nor does a sentence that links none
        "<p>On March 12, 2025 the town council voted to close the old bridge for good.</p>~",
    })
    void tagLinksAfterTheDayAreNoSentence(String meta, String expected) throws Exception {
        assertThat(day(page(HEADLINE + meta, "", ""))).isEqualTo(expected == null ? "" : expected);
    }

    /** Episodes listed after the article, each with its day, then a footer with the page's one {@code <h1>}. */
    private static final String FOOTER = "<div class=more><h3>More episodes</h3><p><a href=/ep/3>The ferry keeps running</a>"
            + " Nov 18, 2025</p><p><a href=/ep/2>Ramps on both banks</a> Nov 11, 2025</p></div>"
            + "<footer><h1>Connect with us</h1><p>Follow the Town Blog on the networks.</p></footer>";

    @Test
    void aHeadlineInAPlainBoxAboveAFootersH1() throws Exception {
        // (the title the page declares; an icon's line between the byline and the unlabelled day; a long text, so
        // the footer's h1 stands far below the day)
        String top = "<div class=t><div class=inner>A new bridge over the river</div></div><div><span>Written by"
                + " <a href=/author/anna>Anna Example</a></span></div><div><span class=icon>&#9998;</span></div>"
                + "<div><span>March 12, 2025</span></div>";
        assertThat(day(declared(page(top, TEXT + TEXT + TEXT, FOOTER)))).isEqualTo("2025-03-12");
        // the title only as a link (a list's entry, a breadcrumb's step) is no headline: the footer's h1 still
        // anchors, and the day far above it dates nothing (as before)
        String linked = "<div class=t><a href=/posts/bridge-over-the-river>A new bridge over the river</a></div>"
                + "<div><span>March 12, 2025</span></div>";
        assertThat(day(declared(page(linked, TEXT + TEXT + TEXT, FOOTER)))).isEmpty();
    }

    private static String declared(String html) {
        return html.replace("</title>", "</title><meta property=\"og:title\" content=\"A new bridge over the river\">");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a post's footer: its tags, then its meta line with a weekday and a twelve-hour clock
        "<p class=postfoot>Tags: <a href=/tag/bridges>bridges</a>, <a href=/tag/river>river works</a><br><small>Wednesday, March"
            + " 12th, 2025 at 11:00 am | Categories: <a href=/category/local>Local</a> | </small></p>~2025-03-12",
        // the meta line right after the text, no tags above it
        "<p><small>Wednesday, March 12th, 2025 at 11:00 am | Categories: <a href=/category/local>Local</a></small></p>~2025-03-12",
        // links above it with no label: a list of other pages, not the post's tags
        "<p><a href=/posts/ferry>The ferry keeps running</a>, <a href=/posts/ramps>Ramps on both banks</a><br><small>Wednesday,"
            + " March 12th, 2025 at 11:00 am | Categories: <a href=/category/local>Local</a></small></p>~",
        // a label's line that is mostly words, not links: no tag line
        "<p>Note: the works on both banks are planned <a href=/plan>here</a><br><small>Wednesday, March 12th, 2025 at 11:00 am"
            + " | Categories: <a href=/category/local>Local</a></small></p>~",
    })
    void aClosingMetaLineUnderThePostsTags(String after, String expected) throws Exception {
        assertThat(day(page(HEADLINE, after, ""))).isEqualTo(expected == null ? "" : expected);
    }

    private static final String RECENT = "<aside><h3>Recent posts</h3><ul><li><a href=/posts/bridge-over-the-river>A new"
            + " bridge over the river</a> <span>December 02, 2025</span></li><li><a href=/posts/ferry>The ferry keeps"
            + " running</a> <span>November 20, 2025</span></li></ul></aside>";

    @Test
    void theDayWrittenOutElsewhereSettlesTheOrderOfFigures() throws Exception {
        String meta = "<div><span>Anna Example</span> <span>02-12-2025</span></div>";
        // an English page reads "02-12-2025" month first, unless the page writes that day out the other way round
        assertThat(day(page(HEADLINE + meta, "", RECENT))).isEqualTo("2025-12-02");
        assertThat(day(page(HEADLINE + meta, "", ""))).isEqualTo("2025-02-12");
        // a day written out that matches the figures as read keeps the order
        String same = RECENT.replace("December 02, 2025", "February 12, 2025");
        assertThat(day(page(HEADLINE + meta, "", same))).isEqualTo("2025-02-12");
        // both readings written out: nothing settled, the language's order stands
        String both = RECENT.replace("November 20, 2025", "February 12, 2025");
        assertThat(day(page(HEADLINE + meta, "", both))).isEqualTo("2025-02-12");
        // a language that writes the day first keeps it, whatever a list writes out
        String german = page(HEADLINE + meta.replace("02-12-2025", "02.12.2025"), "", RECENT.replace("December 02, 2025",
                "12. Februar 2025")).replace("lang=en", "lang=de");
        assertThat(day(german)).isEqualTo("2025-12-02");
    }
}
