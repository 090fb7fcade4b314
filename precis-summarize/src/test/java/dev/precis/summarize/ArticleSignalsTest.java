package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether an article opens with the news, and what it keeps coming back to (project-written text). */
class ArticleSignalsTest {

    /** A hard-news lede: names, a day and a number, a plain third-person statement, the story's words. */
    private static final String NEWS = """
            The council of Northbridge voted on Tuesday to close two of its four libraries, a decision \
            its leader Anna Kovacs said would save the town 3 million euros a year. \
            The libraries will close in June, and their books will move to the central library. \
            Kovacs said the council had no other way to balance its budget. \
            Readers in the east of the town protested outside the council building on Wednesday. \
            The weather was mild for the time of year. \
            A petition against closing the libraries has gathered 12,000 names.""";

    /** A feature-style opening: a question put to the reader, the news three sentences later. */
    private static final String FEATURE = """
            Have you ever stood on a pier at dawn? \
            Gulls circle and the water is grey and still. \
            The boats come in one after another. \
            The fishing fleet of Portmore landed its smallest catch in forty years on Monday, the \
            harbour master Ewan Doyle said, and half the crews may sell their boats. \
            Doyle said the fleet had lost 30 boats since 2010. \
            Crews blame the quotas set by the fisheries ministry.""";

    private static double ledeNews(String text) {
        SentenceProfile p = new SentenceProfile(SummarizerContract.analyzed("", text));
        double[] rows0 = SentenceFeatures.compute(p, "", p.size(), null)[0];
        return rows0[SentenceFeatures.NAMES.indexOf("leadNews")] / rows0[SentenceFeatures.NAMES.indexOf("lead")];
    }

    @Test
    void aHardNewsLedePassesEveryCheck() {
        assertThat(ledeNews(NEWS)).isEqualTo(1.0);
    }

    @Test
    void aSceneSettingOpeningPassesFewChecks() {
        // a question to the reader, no name, no time or number, nine words: at most the topic check
        assertThat(ledeNews(FEATURE)).isLessThanOrEqualTo(0.2);
    }

    @Test
    void namesAreCapitalisedWordsThatDoNotOpenASentenceOrAQuotation() {
        Map<String, Integer> ids = new HashMap<>();
        int[] found = ArticleSignals.names("Yesterday Anna Kovacs told Kovacs's critics: \"Libraries cost money,\" in Northbridge.", ids);
        assertThat(found).hasSize(3);
        assertThat(ids).containsOnlyKeys("anna", "kovacs", "northbridge");
        // a closing quotation mark does not open a sentence: the speaker after it is a name
        assertThat(ArticleSignals.names("\"We will appeal,\" Doyle said.", ids)).containsExactly(ids.get("doyle"));
    }

    @Test
    void sentencesNamingTheStorysMainActorsCoverMoreOfItsTopNames() {
        SentenceProfile p = new SentenceProfile(SummarizerContract.analyzed("", NEWS));
        double[] names = ArticleSignals.topNames(p, p.size());
        double[] words = ArticleSignals.topWords(p, p.size());
        // "Kovacs" is the only name mentioned twice, once where it opens a sentence; "Readers" opens
        // one but is capitalised nowhere else, so its only name is "Wednesday"; the weather sentence
        // is off topic
        assertThat(p.names[3]).hasSize(1);
        assertThat(names[2]).isEqualTo(1.0);
        assertThat(names[4]).isZero();
        assertThat(words[0]).isGreaterThan(words[4]);
    }

    @Test
    void aLeadPriorWeighedByTheLedeHoldsNewsToTheLeadAndLetsAFeatureOpeningGo() {
        double[] w = new double[SentenceFeatures.NAMES.size()];
        w[SentenceFeatures.NAMES.indexOf("leadNews")] = 5;
        w[SentenceFeatures.NAMES.indexOf("number")] = 1;
        w[SentenceFeatures.NAMES.indexOf("topNames")] = 1;
        PositionCentralitySummarizer s = new PositionCentralitySummarizer(new SummaryModel(w, 0));
        assertThat(indices(s, NEWS)).containsExactly(0, 1, 2);
        // the lede still opens the summary, but the rest comes from where the news is
        assertThat(indices(s, FEATURE)).containsExactly(0, 3, 4);
    }

    private static List<Integer> indices(PositionCentralitySummarizer s, String text) {
        AnalyzedArticle a = SummarizerContract.analyzed("", text);
        return s.summarize(a, SummaryLength.sentences(3)).sentences().stream().map(SummarySentence::sentenceIndex).toList();
    }
}
