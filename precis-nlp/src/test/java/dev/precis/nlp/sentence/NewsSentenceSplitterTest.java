package dev.precis.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Sentence;
import dev.precis.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsSentenceSplitterTest extends SentenceSplitterContract {

    private final NewsSentenceSplitter splitter = new NewsSentenceSplitter();

    @Override
    SentenceSplitter splitter() {
        return splitter;
    }

    static List<String> texts(SentenceSplitter splitter, String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void goldenSetIsSplitExactly() {
        GoldenSentences golden = GoldenSentences.load();
        assertThat(golden.sentenceCount()).isGreaterThanOrEqualTo(150);
        List<String> failures = new ArrayList<>();
        for (List<String> block : golden.blocks()) {
            String paragraph = String.join(" ", block);
            List<String> got = texts(splitter, paragraph);
            if (!got.equals(block)) {
                failures.add("expected " + block + "\n     got " + got);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void textWithoutPunctuationStillGivesBoundedSentences() {
        String text = "word ".repeat(5000);
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).hasSizeGreaterThan(5);
        assertThat(sentences).allSatisfy(s ->
                assertThat(s.range().length()).isLessThanOrEqualTo(NewsSentenceSplitter.MAX_SENTENCE_CHARS));
    }

    @Test
    void softWrappedLinesJoinButHeadlinesStandAlone() {
        String text = "Markets fell sharply on\nthe news as traders fled.\nSecond Headline Here\nA new line starts.";
        assertThat(texts(splitter, text)).containsExactly(
                "Markets fell sharply on\nthe news as traders fled.", "Second Headline Here", "A new line starts.");
    }

    @Test
    void paragraphsGluedTogetherByScrapingAreSplit() {
        String text = "The mayor resigned on Friday.Speaking later, she thanked her staff."
                + "\"It was an honour,\" she said.A new mayor will be chosen in May.The vote is set by the NEC.It opens soon.";
        assertThat(texts(splitter, text)).containsExactly(
                "The mayor resigned on Friday.", "Speaking later, she thanked her staff.",
                "\"It was an honour,\" she said.", "A new mayor will be chosen in May.",
                "The vote is set by the NEC.", "It opens soon.");
    }

    @Test
    void gluedWordsThatAreNotBoundariesStayWhole() {
        String text = "Visit example.com or node.JS docs, e.g. the guide by Mr.Smith on the U.S.Army site.";
        assertThat(texts(splitter, text)).containsExactly(text);
    }

    @Test
    void anAllCapitalsSubheadingGluedToItsParagraphStandsAlone() {
        String text = "Fares will rise next year.WHAT HAPPENS NEXT The council meets in June. "
                + "US President Joe Smith arrived. UN FAO Director Ana Lee spoke.";
        assertThat(texts(splitter, text)).containsExactly(
                "Fares will rise next year.", "WHAT HAPPENS NEXT", "The council meets in June.",
                "US President Joe Smith arrived.", "UN FAO Director Ana Lee spoke.");
    }

    @Test
    void aBracketedLabelGluedToTheNextSentenceStandsAlone() {
        String text = "(WATCH: Crews clear the harbour)Speaking on Monday, the mayor praised them. (Reuters)The port reopened.";
        assertThat(texts(splitter, text)).containsExactly(
                "(WATCH: Crews clear the harbour)", "Speaking on Monday, the mayor praised them.",
                "(Reuters)The port reopened.");
    }
}
