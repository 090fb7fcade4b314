package dev.precis.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainLayoutTest {

    /** A short article hard-wrapped at about 60 columns, paragraphs apart by a blank line; written for this test. */
    private static final String WRAPPED = """
            The harbour board met on Tuesday to decide the fate of the old
            swing bridge, which has been closed to traffic since the
            spring floods.

            "We cannot keep patching a structure that was built for horse
            carts," said Ann Reed, who chairs the board. "The engineers
            have told us it will not survive another winter."

            The council will vote on the money next month.
            """;

    @Test
    void wrappedParagraphsAreReadAsOneLineEach() {
        assertThat(PlainLayout.hardWrapped(WRAPPED)).isTrue();
        String read = PlainLayout.forReading(WRAPPED);
        assertThat(read).hasSameSizeAs(WRAPPED);
        assertThat(read).contains("of the old swing bridge", "for horse carts,\" said Ann Reed", "engineers have told");
        assertThat(read.split("\n\n")).hasSize(3);
    }

    @Test
    void pagesWithALineForEachParagraphAreNotWrapped() {
        String page = "Bridge to close for repairs\n"
                + "The harbour board voted on Tuesday to close the old swing bridge for six months of repairs, starting in May.\n"
                + "\"We had no choice,\" said Ann Reed, who chairs the board, adding that the engineers had warned of cracks.\n"
                + "Ferries will run every twenty minutes while the work goes on, the board said.\n";
        assertThat(PlainLayout.hardWrapped(page)).isFalse();
        assertThat(PlainLayout.forReading(page)).isEqualTo(page);
        String shortLines = "Results\nFirst: Ann Reed.\nSecond: Tom Hale.\nThird: Joan Pike.\nFourth: Bo Lin.\n";
        assertThat(PlainLayout.hardWrapped(shortLines)).isFalse();
    }

    @Test
    void headlinesAndTableRowsEndingInWordsAreLinesOfTheirOwnNotAWrap() {
        // every inner line ends in a letter or digit, as wrapped lines do, but they run short and uneven
        String scores = "CRICKET - COUNTY CHAMPIONSHIP SCORES\nLONDON 1996-08-30\nResults on Friday of the final day\n"
                + "Surrey 429-7 declared\nKent 212 and 150-3\nEssex beat Derbyshire by an innings and 40 runs\n"
                + "Somerset v Hampshire drawn\n";
        assertThat(PlainLayout.hardWrapped(scores)).isFalse();
        assertThat(PlainLayout.forReading(scores)).isEqualTo(scores);
    }

    @Test
    void crlfLineEndsKeepBlankLinesAndSpacesBecomeSpaces() {
        String text = "The board met.\r\n\r\nAnn\u00a0Reed spoke.\r\nThe end.";
        String read = PlainLayout.forReading(text);
        assertThat(read).hasSameSizeAs(text).doesNotContain("\r", "\u00a0").contains("met. \n\n\nAnn Reed spoke. \nThe end.");
    }

    @Test
    void theSplitterReadsAWrappedSentenceWholeAndAcrossCapitals() {
        String text = "The money was approved by the board chaired by\nAnn Reed on Tuesday. It will pay\nfor the repairs of the"
                + " bridge and\nthe quay, the board said in a statement that\nnamed no contractor yet.";
        var sentences = new NewsSentenceSplitter().split(text);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).text(text)).startsWith("The money").endsWith("Tuesday.");
    }

    @Test
    void aHeadlineOverAWrappedParagraphStaysALineOfItsOwn() {
        // the headline ends in a word and has text under it, but it is short: the next word would have fitted
        String text = "Ferry fares to rise\nThe harbour board agreed on Tuesday to raise the ferry fares by a\n"
                + "tenth from the spring, after the council cut its grant for the third\n"
                + "year running and the fuel bill rose by more than a quarter in the\n"
                + "space of twelve months, the board said in a statement.";
        assertThat(PlainLayout.hardWrapped(text)).isTrue();
        String read = PlainLayout.forReading(text);
        assertThat(read).startsWith("Ferry fares to rise\nThe harbour").contains("by a tenth", "third year", "the space");
        assertThat(new NewsSentenceSplitter().split(text).get(0).text(text)).isEqualTo("Ferry fares to rise");
    }

    @Test
    void threeWrappedLinesAreEnough() {
        String text = "The airline will almost double its flights between the two cities by\n"
                + "August in a search for new markets untouched by the crisis, its chief\n"
                + "executive told shareholders at a meeting in the capital last night, and\n"
                + "analysts welcomed the plan as a sign of the confidence of its owners.";
        assertThat(PlainLayout.forReading(text)).isEqualTo(text.replace('\n', ' '));
    }
}
