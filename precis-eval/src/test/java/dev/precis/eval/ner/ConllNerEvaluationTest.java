package dev.precis.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllNerEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void scoresExactSpansPerTypeAndIgnoresMisc() throws Exception {
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, String.join("\n",
                "-DOCSTART- -X- O O", "",
                "German JJ I-NP I-MISC", "Chancellor NNP I-NP O", "Olaf NNP I-NP I-PER", "Scholz NNP I-NP I-PER",
                "visited VBD I-VP O", "Paris NNP I-NP I-LOC", "and CC O O", "the DT O O", "United NNP I-NP I-ORG",
                "Nations NNP I-NP I-ORG", ". . O O", ""));
        List<String> errors = new ArrayList<>();
        EntityScores scores = new ConllNerEvaluation(
                new StatisticalEntityRecognizer(EntityModels.loadDefault()), errors::add).evaluate(file);
        assertThat(scores.byType().keySet()).containsExactlyInAnyOrder("PER", "ORG", "LOC");
        assertThat(scores.overall().gold()).isEqualTo(3);
        assertThat(scores.overall().truePositives()).isEqualTo(3);
        assertThat(scores.overall().f1()).isEqualTo(1.0);
        assertThat(errors).isEmpty();
        assertThat(scores.table()).contains("overall");
    }

    @Test
    void countsAreConllevalStyle() {
        EntityScores s = new EntityScores();
        s.add("PER", 3, 4, 6);
        s.add("LOC", 1, 1, 2);
        assertThat(s.overall().precision()).isEqualTo(0.8);
        assertThat(s.overall().recall()).isEqualTo(0.5);
        assertThat(s.overall().f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.byType().get("PER").recall()).isEqualTo(0.5);
    }
}
