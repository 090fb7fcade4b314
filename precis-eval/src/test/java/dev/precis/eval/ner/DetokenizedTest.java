package dev.precis.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CoNLL tokens turned back into running text for {@code eval ner --raw}, and scoring by character range. */
class DetokenizedTest {

    @TempDir
    Path dir;

    private static NameSample sample(String... tokens) {
        return new NameSample(tokens, new Span[0], false);
    }

    @Test
    void punctuationAndClitsAttachAsInPrintAndGoldRangesFollowTheTokens() {
        List<NameSample> doc = List.of(
                sample("ABUJA", "1996-08-30"),
                sample("The", "Bharatiya", "Janata", "Party", "(", "BJP", ")", "said", "\"", "Kenya", "'s", "vote",
                        "\"", "was", "fair", "."),
                sample("It", "won", "."));
        Detokenized d = Detokenized.of(doc);
        assertThat(d.text()).isEqualTo(
                "ABUJA 1996-08-30\nThe Bharatiya Janata Party (BJP) said \"Kenya's vote\" was fair. It won. ");
        assertThat(d.text().substring(d.start(1, 5), d.end(1, 5))).isEqualTo("BJP");
        assertThat(d.text().substring(d.start(1, 1), d.end(1, 3))).isEqualTo("Bharatiya Janata Party");
        Detokenized curly = Detokenized.of(doc, true);
        assertThat(curly.text()).contains("said \u201cKenya\u2019s vote\u201d was fair.");
    }

    @Test
    void rawModeScoresCharacterRangesThroughTheWholeAnalysis() throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, String.join("\n",
                "-DOCSTART- -X- O O", "",
                "Olaf NNP I-NP I-PER", "Scholz NNP I-NP I-PER", "visited VBD I-VP O", "Paris NNP I-NP I-LOC",
                "with IN O O", "the DT O O", "Bharatiya NNP I-NP I-ORG", "Janata NNP I-NP I-ORG", "Party NNP I-NP I-ORG",
                "( ( O O", "BJP NNP I-NP I-ORG", ") ) O O", ". . O O", ""));
        // "(BJP)" is cut "(" "BJP)" by the tokenizer alone; the recognizer's repair makes "BJP" a match
        List<String> errors = new ArrayList<>();
        EntityScores scores = new ConllNerEvaluation(new StatisticalEntityRecognizer(EntityModels.loadDefault()),
                errors::add, true).evaluate(file);
        assertThat(scores.overall().gold()).isEqualTo(4);
        assertThat(scores.overall().truePositives()).as(String.join("\n", errors)).isEqualTo(4);
    }
}
