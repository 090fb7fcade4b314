package dev.precis.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

/**
 * Measures OpenNLP's UD-EWT sentence model on the golden set beside ours, so the claim that the
 * hand-written splitter does better on news is checked on every build.
 */
class OpenNlpBaselineTest {

    @Test
    void newsSplitterBeatsOpenNlpModelOnTheGoldenSet() throws IOException {
        SentenceDetectorME openNlp;
        try (InputStream in = SentenceModel.class.getResourceAsStream(
                "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            assertThat(in).as("OpenNLP sentence model on the test class path").isNotNull();
            openNlp = new SentenceDetectorME(new SentenceModel(in));
        }
        NewsSentenceSplitter ours = new NewsSentenceSplitter();
        GoldenSentences golden = GoldenSentences.load();
        int oursRight = 0;
        int openNlpRight = 0;
        for (List<String> block : golden.blocks()) {
            String paragraph = String.join(" ", block);
            if (NewsSentenceSplitterTest.texts(ours, paragraph).equals(block)) {
                oursRight++;
            }
            if (Arrays.asList(openNlp.sentDetect(paragraph)).equals(block)) {
                openNlpRight++;
            }
        }
        System.out.printf("golden blocks split exactly: news splitter %d/%d, OpenNLP UD-EWT %d/%d%n",
                oursRight, golden.blocks().size(), openNlpRight, golden.blocks().size());
        assertThat(oursRight).isGreaterThan(openNlpRight);
    }
}
