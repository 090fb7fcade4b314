package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionCentralitySummarizerTest extends SummarizerContract {

    private final PositionCentralitySummarizer summarizer = new PositionCentralitySummarizer(SummaryModel.loadDefault());

    @Override
    Summarizer summarizer() {
        return summarizer;
    }

    private List<String> summary(String title, String text, int n) {
        AnalyzedArticle a = analyzed(title, text);
        return summarizer.summarize(a, SummaryLength.sentences(n)).texts(a.article().text());
    }

    @Test
    void leavesOutCaptionsCreditsAndBylines() {
        String text = """
                By Maria Lopez, Staff Reporter

                Photo: Ferries wait in the harbour at dawn (Getty Images)

                Ferry services to the islands were cancelled on Monday as storms battered the coast. \
                The operator said ships would stay in port until winds drop below gale force. \
                Islanders were told to expect shortages of fresh food by the weekend.""";
        assertThat(summary("Storm cancels ferries", text, 3)).containsExactly(
                "Ferry services to the islands were cancelled on Monday as storms battered the coast.",
                "The operator said ships would stay in port until winds drop below gale force.",
                "Islanders were told to expect shortages of fresh food by the weekend.");
    }

    @Test
    void doesNotRepeatANearDuplicate() {
        String text = """
                The central bank raised interest rates by half a point on Thursday to fight inflation. \
                The central bank raised interest rates by half a point on Thursday, to fight inflation. \
                Mortgage holders will face higher monthly payments from next month. \
                Economists had expected a smaller rise of a quarter point.""";
        List<String> s = summary("Bank raises rates", text, 2);
        assertThat(s).hasSize(2);
        assertThat(s.get(1)).doesNotStartWith("The central bank raised");
    }

    @Test
    void prefersASentenceWhoseAntecedentIsInTheSummary() {
        String text = """
                The museum unveiled a restored medieval tapestry on Friday after six years of work. \
                Conservators cleaned each thread by hand and rebuilt the faded borders. \
                It will hang in the main hall of the museum from next month. \
                The museum's restoration of the medieval tapestry cost two million euros.""";
        List<String> s = summary("Museum unveils restored tapestry", text, 2);
        assertThat(s).doesNotContain("It will hang in the main hall of the museum from next month.");
    }

    @Test
    void summaryCoversTheStoryNotOnlyItsOpening() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        List<String> s = summarizer.summarize(a, SummaryLength.sentences(3)).texts(a.article().text());
        assertThat(s.get(0)).startsWith("The city council approved a new budget");
    }

    @Test
    void wireCopyStampsAndCallsToActionAreNotSummarySentences() {
        String text = "By . Tom Hale . PUBLISHED: . 08:14 EST, 2 June 2015 . | . UPDATED: . 10:02 EST, 2 June 2015 . "
                + "A river burst its banks overnight and flooded two hundred homes in the valley. "
                + "Scroll down for video . "
                + "Rescue teams used boats to reach families trapped on upper floors. "
                + "Editor's note: this story was updated with figures from the fire service. "
                + "Forecasters expect more heavy rain to fall before the weekend.";
        List<String> s = summary("Floods hit valley", text, 3);
        assertThat(s).containsExactly(
                "A river burst its banks overnight and flooded two hundred homes in the valley.",
                "Rescue teams used boats to reach families trapped on upper floors.",
                "Forecasters expect more heavy rain to fall before the weekend.");
    }

    /** Tabloid copy as archives keep it: the byline and time stamp split by detached stops. */
    private static final String TABLOID = "By . Lena Berg and Tomas Vik . Last updated at 4:18 PM on 6th March 2025 . "
            + "A ferry captain who fell asleep on the bridge and ran his vessel aground off Eastgate was jailed for four years yesterday. "
            + "Jon Harker, 52, had been on duty for 19 hours when the ferry struck the rocks with 200 passengers on board. "
            + "Stranded: passengers wait on the deck for the lifeboats . "
            + "The court heard that Harker had altered the crew rota to hide the hours he had worked. "
            + "Comments (12) . Share this article .";

    @Test
    void aBylineSplitByDetachedStopsIsNotASummarySentence() {
        AnalyzedArticle a = analyzed("Ferry captain jailed", TABLOID);
        List<String> three = summarizer.summarize(a, SummaryLength.sentences(3)).texts(TABLOID);
        assertThat(three).hasSize(3).first().asString().startsWith("A ferry captain");
        assertThat(three).noneMatch(x -> x.contains("Lena Berg") || x.startsWith("By") || x.startsWith("Stranded"));
    }

    @Test
    void aWordBudgetIsNeverFilledWithBylinesOrCaptions() {
        AnalyzedArticle a = analyzed("Ferry captain jailed", TABLOID);
        // the first two sentences hold 43 words: what is left of 46 fits only the short junk pieces
        List<String> s = summarizer.summarize(a, SummaryLength.words(46)).texts(TABLOID);
        assertThat(s).hasSize(2).allMatch(x -> x.startsWith("A ferry captain") || x.startsWith("Jon Harker"));
    }

    @Test
    void aPhotoCaptionSetLooseInTheCopyIsNotASummarySentence() {
        String text = "A council worker who said he was too ill to walk ran a half marathon in under two hours, a court heard. "
                + "Tom Hale, 43, drew sickness pay for three years while racing across the north of the country. "
                + "Caught out: Tom Hale crosses the finish line at a race in the valley in 2024 . "
                + "Investigators followed him to four races after a tip from a neighbour. "
                + "He admitted three counts of fraud and will be sentenced next month.";
        List<String> s = summary("Sick worker ran half marathon", text, 3);
        assertThat(s).hasSize(3).noneMatch(x -> x.startsWith("Caught out"));
    }

    @Test
    void aSentenceThatNeedsTheOneBeforeItComesWithItOrNotAtAll() {
        String text = """
                The regional airline cancelled all flights on Tuesday after a computer failure.                 Passengers queued for hours at the three airports the carrier serves.                 The company's chief executive apologised to travellers in a statement.                 "We are working around the clock to fix it," she said.                 Engineers traced the fault to a damaged data cable at the main office.                 The airline expects to run a normal timetable again from Thursday morning.""";
        AnalyzedArticle a = analyzed("Airline grounded", text);
        for (int n = 1; n <= 5; n++) {
            Summary s = summarizer.summarize(a, SummaryLength.sentences(n));
            assertThat(Readability.dangles(a, s)).as("%d sentences: %s", n, s.texts(a.article().text())).isFalse();
        }
    }

    @Test
    void theLedeOpensTheSummary() {
        AnalyzedArticle a = analyzed("Council approves budget", STORY);
        Summary s = summarizer.summarize(a, SummaryLength.words(60));
        assertThat(s.sentences().get(0).sentenceIndex()).isZero();
    }

    private static final String DATELINED = "PORTMERE, Eastland (Wire) -- Ferry services to the islands were cancelled "
            + "on Monday as storms battered the coast. "
            + "The operator said ships would stay in port until winds drop below gale force. "
            + "Islanders were told to expect shortages of fresh food by the weekend.";

    @Test
    void theLedeIsShownWithoutItsDatelineAndItsRangePointsAtWhatIsShown() {
        AnalyzedArticle a = analyzed("Storm cancels ferries", DATELINED);
        Summary s = summarizer.summarize(a, SummaryLength.sentences(3));
        SummarySentence lede = s.sentences().get(0);
        assertThat(lede.sentenceIndex()).isZero();
        assertThat(lede.range().start()).isEqualTo(DATELINED.indexOf("Ferry"));
        assertThat(lede.range().end()).isEqualTo(a.sentences().get(0).range().end());
        assertThat(s.texts(DATELINED).get(0)).isEqualTo(
                "Ferry services to the islands were cancelled on Monday as storms battered the coast.");
        assertThat(s.sentences().get(1).range()).isEqualTo(a.sentences().get(1).range());
    }

    @Test
    void aDatelineTheSplitterCutInTwoIsNotShownEither() {
        // the splitter takes "PORT ELLEN," for an all-capitals heading; the rest of the dateline opens the lede
        String text = DATELINED.replace("PORTMERE", "PORT ELLEN");
        AnalyzedArticle a = analyzed("Storm cancels ferries", text);
        assertThat(a.sentences().get(0).text(text)).isEqualTo("PORT ELLEN,");
        assertThat(summarizer.summarize(a, SummaryLength.sentences(3)).texts(text)).containsExactly(
                "Ferry services to the islands were cancelled on Monday as storms battered the coast.",
                "The operator said ships would stay in port until winds drop below gale force.",
                "Islanders were told to expect shortages of fresh food by the weekend.");
    }

    @Test
    void aWordBudgetCountsTheWordsShown() {
        AnalyzedArticle a = analyzed("Storm cancels ferries", DATELINED);
        // the lede shows 14 of its 17 words, the others have 14 and 12: a second sentence fits a budget
        // of 28 only when the dateline, which is not shown, is not counted either
        Summary s = summarizer.summarize(a, SummaryLength.words(28));
        assertThat(s.texts(DATELINED)).hasSize(2);
        assertThat(SummaryLength.wordCount(String.join(" ", s.texts(DATELINED)))).isLessThanOrEqualTo(28);
    }

    /**
     * A model that values only numbers: the fourth sentence (the only one with a figure) scores 1 and
     * the others 0, so the model prefers it to the lead's second sentence by exactly 1.
     */
    private static List<Integer> withLeadMargin(double margin) {
        double[] w = new double[SummaryModel.featureNames().size()];
        w[SummaryModel.featureNames().indexOf("number")] = 1;
        String text = "The city opened a new public library on Monday after years of building work. "
                + "Readers queued outside the doors long before the opening ceremony began. "
                + "The old library building on the square will become a youth centre. "
                + "The new library holds 120000 books and 300 computers for visitors.";
        AnalyzedArticle a = analyzed("City opens library", text);
        return new PositionCentralitySummarizer(new SummaryModel(w, 0, Double.POSITIVE_INFINITY, margin))
                .summarize(a, SummaryLength.sentences(2)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void theModelDepartsFromTheLeadOnlyByMoreThanTheLeadMargin() {
        assertThat(withLeadMargin(0)).containsExactly(0, 3);
        assertThat(withLeadMargin(0.5)).containsExactly(0, 3);
        assertThat(withLeadMargin(1.5)).containsExactly(0, 1);
    }
}
