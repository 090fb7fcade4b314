package dev.precis.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerSuiteTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerSetMarksTheTunedSetAndTheMissingOnes() throws Exception {
        Path conll = dir.resolve("eval/conll2003");
        Files.createDirectories(conll);
        Files.writeString(conll.resolve("eng.testb"), String.join("\n", "-DOCSTART- -X- O O", "",
                "Olaf NNP I-NP I-PER", "Scholz NNP I-NP I-PER", "visited VBD I-VP O", "Paris NNP I-NP I-LOC",
                ". . O O", ""));
        List<NerSuite.Row> rows = new NerSuite(new StatisticalEntityRecognizer(EntityModels.loadDefault())).evaluate(dir);
        assertThat(rows).extracting(NerSuite.Row::name).containsExactly("CoNLL-2003 testa", "CoNLL-2003 testb",
                "GUM test split", "UNER EWT test", "CrossNER politics test");
        assertThat(rows).extracting(NerSuite.Row::role).containsExactly(NerSuite.Role.TUNED,
                NerSuite.Role.REPORTED, NerSuite.Role.REPORTED, NerSuite.Role.REPORTED,
                NerSuite.Role.REPORTED_ONCE_TUNED);
        assertThat(rows).extracting(NerSuite.Row::tuned).containsExactly(true, false, false, false, false);
        assertThat(rows.get(1).scores().overall().gold()).isEqualTo(2);
        assertThat(rows).filteredOn(r -> r.scores() == null).hasSize(4);
        String table = NerSuite.table(rows);
        assertThat(table).contains("(missing)").contains("reported")
                .containsPattern("CrossNER politics test +report-only \\(tuned before names27\\)");
    }
}
