package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SharedText} and {@link StoryParams#sharedText()}: an outlet's template text is no shared event. */
class SharedTextTest {

    /** The closing lines one invented release agency puts under every release. */
    private static final String CLOSING = " To order the complete study, contact Mirela Vost at the Quarrow Insight desk, phone 555 0142,"
            + " or write to orders at quarrow insight. About Quarrow Insight: Quarrow Insight publishes market studies for"
            + " manufacturers, distributors and investors in forty countries.";

    private static final String KILNS = "Quarrow Insight expects the market for ceramic kilns to grow by four percent a year."
            + " Potteries and tile works are replacing gas kilns with electric ones, and makers of kiln shelves report"
            + " long waiting lists for refractory bricks. The study counts three hundred kiln builders, most of them"
            + " small workshops that fire their own test tiles, and finds that the price of an electric kiln has fallen"
            + " by a fifth since the first models with ceramic fibre linings came to market. Glaze suppliers are"
            + " selling lead-free glazes that fire at lower temperatures, which shortens each firing and saves power."
            + CLOSING;

    private static final String BUOYS = "Quarrow Insight expects sales of navigation buoys to fall next year."
            + " Harbour boards are delaying orders for lighted buoys while they wait for satellite beacons, and two"
            + " foundries have closed their buoy lines. Its survey of the harbours that placed orders last year shows"
            + " that most of them now rent buoys from a lighthouse service instead of owning them; the rented"
            + " buoys carry solar panels and radar reflectors, and a service crew checks their moorings every spring."
            + " Suppliers of mooring chain see the same slowdown, with fishing ports the last steady buyers." + CLOSING;

    @Test
    void theClosingLinesWrittenBeforeAreMarkedAndTheRestIsNot() {
        SharedText shared = new SharedText();
        assertThat(shared.read(KILNS).isEmpty()).as("nothing before the first text").isTrue();
        BitSet marked = shared.read(BUOYS);
        int closing = BUOYS.indexOf(" To order") + 1;
        assertThat(marked.nextSetBit(0)).as("the closing block starts where the template does").isEqualTo(closing);
        assertThat(marked.get(BUOYS.indexOf("Mirela"))).isTrue();
        assertThat(marked.get(BUOYS.lastIndexOf("countries"))).isTrue();
        assertThat(marked.get(BUOYS.indexOf("foundries"))).as("the release's own words").isFalse();
        // a slot of the template filled in otherwise (another phone number) does not break the block
        String otherDesk = "Quarrow Insight sees demand for greenhouse glass doubling as growers move north. Glassworks"
                + " in three countries are adding furnaces. Growers want wider panes that let more light through in"
                + " winter, and two glassworks have started coating panes against hail. The study expects tomato and"
                + " pepper growers to buy most of the new glass, followed by nurseries raising young trees, and says"
                + " that prices for a square metre of greenhouse glass will rise for the first time in a decade."
                + CLOSING.replace("555 0142", "555 0199");
        BitSet slot = shared.read(otherDesk);
        assertThat(slot.nextSetBit(0)).isEqualTo(otherDesk.indexOf(" To order") + 1);
        assertThat(slot.get(otherDesk.indexOf("0199"))).isTrue();
    }

    @Test
    void aPassageSharedInTheBodyOrInAQuoteIsTheEventsAndStays() {
        // one outlet's two reports of a council vote: the later one ends on a sentence the first has in its body, and
        // two reports ending on one quotation share the event's words, not a template
        String first = "The council voted to close the Marrow Lane depot. The mayor said the depot would close in May"
                + " and its forty drivers would move to the new yard at Fenby. Unions said they would appeal the vote,"
                + " and the opposition called for a public meeting before any closure. The depot opened in 1961 and"
                + " once housed the town's trams, whose tracks still run under the yard. Residents of Marrow Lane"
                + " have complained for years about engines running at night, and a petition signed by three hundred"
                + " households asked the council to move the buses out of the street. Officers will report on the"
                + " cost of the move to the finance committee next month, when the budget for the new yard is set.";
        String second = "Drivers at the Marrow Lane depot walked out on Tuesday. Union leaders met the council's officers."
                + " The mayor said the depot would close in May and its forty drivers would move to the new yard at Fenby.";
        SharedText shared = new SharedText();
        shared.read(first);
        assertThat(shared.read(second).isEmpty()).as("the body of the first is no closing line").isTrue();
        String quoteA = "The depot's last shift ended at noon. The union's secretary spoke at the gate: \u201cWe will"
                + " fight this closure in every court of the land.\u201d";
        String quoteB = "Drivers left the depot for the last time on Friday, cheering their secretary's words: \u201cWe will"
                + " fight this closure in every court of the land.\u201d";
        shared.read(quoteA);
        assertThat(shared.read(quoteB).isEmpty()).as("a quote two reports end on").isTrue();
    }

    @Test
    void aCopyOfAReportKeepsEveryWord() {
        SharedText shared = new SharedText();
        shared.read(KILNS);
        String rewrite = "Makers say: " + KILNS.substring(0, KILNS.indexOf(CLOSING)) + " Orders are up.";
        assertThat(shared.read(rewrite).isEmpty()).as("most of it shared: one report retold").isTrue();
        assertThat(shared.read("A short note.").isEmpty()).isTrue();
        assertThat(shared.read(null).isEmpty()).isTrue();
    }

    @Test
    void twoReleasesOfOneAgencyOnUnrelatedMarketsStayApartWithoutTheirClosingLines() {
        // with the closing lines counted, the buoy release joins the kiln release's story on the agency's template;
        // without them it stays apart, while a kiln report of another outlet, in other words, still joins
        SharedText shared = new SharedText();
        ArticleFeatures kilns = features("Kiln market to grow", KILNS, shared);
        ArticleFeatures buoysWhole = ArticleFeatures.of(analyzed("Buoy sales to fall", BUOYS));
        ArticleFeatures buoys = features("Buoy sales to fall", BUOYS, shared);
        assertThat(buoys.terms()).containsKey("buoys").doesNotContainKey("distributors").doesNotContainKey("phone");
        assertThat(buoysWhole.terms()).containsKey("distributors");
        assertThat(buoys.keys()).doesNotContainKey("Mirela");
        assertThat(buoysWhole.keys()).containsKey("Mirela");

        assertThat(library(kilns).plan(buoysWhole, 200L).storyId()).as("the template joins them").isEqualTo(10);
        assertThat(library(kilns).plan(buoys, 200L).storyId()).as("their own words do not").isZero();

        String otherOutlet = "Electric kilns are replacing gas kilns in potteries and tile works, and kiln shelves"
                + " and refractory bricks are in short supply, according to Quarrow Insight.";
        ArticleFeatures kilnReport = features("Potteries switch to electric kilns", otherOutlet, shared);
        assertThat(library(kilns).plan(kilnReport, 200L).storyId()).isEqualTo(10);
    }

    @Test
    void theLibrarysGroupingReadsItAndNothingLeftOutGivesTheWholeTextsFeatures() {
        assertThat(StoryParams.DEFAULT.readsSharedText()).isTrue();
        assertThat(StoryParams.DEFAULT.with("sharedText", 0).readsSharedText()).isFalse();
        AnalyzedArticle a = analyzed("Buoy sales to fall", BUOYS);
        assertThat(ArticleFeatures.of(a, new BitSet()).terms()).isEqualTo(ArticleFeatures.of(a).terms());
        assertThat(ArticleFeatures.of(a, new BitSet()).keys()).isEqualTo(ArticleFeatures.of(a).keys());
    }

    private static ArticleFeatures features(String title, String text, SharedText shared) {
        return ArticleFeatures.of(analyzed(title, text), shared.read(text));
    }

    private static AnalyzedArticle analyzed(String title, String text) {
        return AnalyzedArticle.ofSentences(Article.of(title, title, text, List.of()), List.of());
    }

    /** The kiln release (story 10) among unrelated stories. */
    private static TopicSpace library(ArticleFeatures kilns) {
        TopicSpace s = new TopicSpace(StoryParams.DEFAULT);
        s.add(1, kilns, 200L, 10);
        s.add(3, ArticleFeatures.of(analyzed("Rovers win", "The Rovers beat Harbour City two goals to one, with a penalty from Tom Baxter.")), 200L, 20);
        s.add(4, ArticleFeatures.of(analyzed("Probe lands", "The Mars probe landed in a dusty crater and sent its first pictures.")), 200L, 30);
        s.add(5, ArticleFeatures.of(analyzed("Drought hits grain", "Farmers in Saltmere expect a poor harvest after the drought, and grain prices rose.")), 200L, 40);
        s.add(6, ArticleFeatures.of(analyzed("Border talks", "Ministers of Veldoria and Ostmark met in Valletta for talks on the border treaty.")), 200L, 50);
        s.add(7, ArticleFeatures.of(analyzed("Ferry timetable", "The Quellan ferry keeps its winter timetable after the storm in Nordby.")), 200L, 60);
        return s;
    }
}
