package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeEnsembleTest {

    private static final List<String> NAMES = SummaryModel.featureNames();

    // invented copy: a lede, two sentences of lead, then a sentence with figures and more background
    private static final String TEXT = "The city opened a new public library on Monday after years of building work."
            + " Readers queued outside the doors long before the opening ceremony began."
            + " The old library building on the square will become a youth centre."
            + " The new library holds 120000 books and 300 computers for visitors."
            + " Architects from abroad drew the glass roof over the reading room."
            + " Local schools plan weekly visits for their pupils during term.";

    /** Tree 0: number < 0.5 ? -1 : (lead < 0.3 ? 5 : 0.5); tree 1: a single leaf of 0.25. */
    private static TreeEnsemble interaction() {
        return new TreeEnsemble.Builder()
                .node(0, 0, "number", 0.5f, 1, 2)
                .leaf(0, 1, -1)
                .node(0, 2, "lead", 0.3f, 3, 4)
                .leaf(0, 3, 5)
                .leaf(0, 4, 0.5)
                .leaf(1, 0, 0.25)
                .build();
    }

    private static double[] row(double lead, double number) {
        double[] x = new double[NAMES.size()];
        x[NAMES.indexOf("lead")] = lead;
        x[NAMES.indexOf("number")] = number;
        return x;
    }

    @Test
    void walksEachTreeAndSumsItsLeaves() {
        TreeEnsemble t = interaction();
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.score(row(1, 0))).isEqualTo(-0.75);
        assertThat(t.score(row(1, 1))).isEqualTo(0.75);
        assertThat(t.score(row(0.25, 1))).isEqualTo(5.25);
        // a value equal to the threshold goes to "no", as in XGBoost (x < threshold goes to "yes")
        assertThat(t.score(row(0.3, 1))).isEqualTo(0.75);
        assertThat(TreeEnsemble.NONE.score(row(1, 1))).isZero();
    }

    @Test
    void aModelFileCarriesItsTreesAndAFileWithoutTreesHasNone() throws IOException {
        SummaryModel shipped = SummaryModel.loadDefault();
        assertThat(shipped.trees().active()).isFalse();
        SummaryModel with = shipped.withTrees(interaction());
        StringWriter out = new StringWriter();
        with.write(out);
        assertThat(out.toString()).contains("tree.node 0 2 lead 0.3 3 4").contains("tree.leaf 1 0 0.25");
        SummaryModel back = SummaryModel.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        for (double[] x : List.of(row(1, 0), row(1, 1), row(0.25, 1))) {
            assertThat(back.score(x)).isEqualTo(with.score(x));
            assertThat(back.score(x) - shipped.score(x)).isEqualTo(interaction().score(x));
        }
        StringWriter plain = new StringWriter();
        shipped.write(plain);
        assertThat(plain.toString()).doesNotContain("tree.");
    }

    @Test
    void treesChangeWhichSentencesTheSummarizerTakes() {
        double[] w = new double[NAMES.size()];
        w[NAMES.indexOf("lead")] = 4;
        SummaryModel linear = new SummaryModel(w, 0, Double.POSITIVE_INFINITY, 0);
        AnalyzedArticle a = SummarizerContract.analyzed("City opens library", TEXT);
        assertThat(chosen(linear, a)).containsExactly(0, 1);
        // the interaction tree lifts a later sentence with figures (lead prior 1/4 < 0.3) above the second
        assertThat(chosen(linear.withTrees(interaction()), a)).containsExactly(0, 3);
    }

    private static List<Integer> chosen(SummaryModel m, AnalyzedArticle a) {
        return new PositionCentralitySummarizer(m).summarize(a, SummaryLength.sentences(2)).sentences().stream()
                .map(SummarySentence::sentenceIndex).toList();
    }

    @Test
    void badTreeLinesFailWithOneLine() {
        assertThatThrownBy(() -> read("tree.node 0 0 nosuch 0.5 1 2\ntree.leaf 0 1 1\ntree.leaf 0 2 2\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown feature 'nosuch'");
        assertThatThrownBy(() -> read("tree.node 0 0 lead 0.5 1 2\ntree.leaf 0 1 1\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad children");
        assertThatThrownBy(() -> read("tree.node 0 0 lead 0.5 0 1\ntree.leaf 0 1 1\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad children");
        assertThatThrownBy(() -> read("tree.leaf 0 1 1\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("lacks node 0");
        assertThatThrownBy(() -> read("tree.leaf 0 0 x\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("bad tree line");
        assertThatThrownBy(() -> read("tree.leaf 0 0 1\ntree.leaf 0 0 2\n"))
                .isInstanceOf(IOException.class).hasMessageContaining("node 0 twice");
    }

    private static SummaryModel read(String trees) throws IOException {
        StringWriter out = new StringWriter();
        SummaryModel.loadDefault().write(out);
        return SummaryModel.read(new ByteArrayInputStream((out + trees).getBytes(StandardCharsets.UTF_8)));
    }
}
