package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.nlp.ModelLoadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextualNameLayerTest {

    private static final String[] OUTCOMES = {"other", "organization-start", "person-start"};

    /** Three clusters of 8-dimensional points around different centres, one per outcome. */
    private static ContextualNameLayer trained(int hidden) {
        Random random = new Random(3);
        List<float[]> vectors = new ArrayList<>();
        int[] labels = new int[600];
        for (int i = 0; i < labels.length; i++) {
            int label = i % 3;
            float[] v = new float[8];
            for (int j = 0; j < v.length; j++) {
                v[j] = (float) (random.nextGaussian() * 0.3 + (j == label ? 2 : 0));
            }
            vectors.add(v);
            labels[i] = label;
        }
        return ContextualNameLayer.train(vectors, labels, OUTCOMES, hidden, 5, 0.05, 1e-4, 17);
    }

    private static float[] centre(int label) {
        float[] v = new float[8];
        v[label] = 2;
        return v;
    }

    @Test
    void learnsWhichOutcomeEachRegionOfTheVectorSpaceHolds() {
        for (int hidden : new int[] {0, 16}) {
            ContextualNameLayer layer = trained(hidden);
            for (int label = 0; label < 3; label++) {
                double[] lp = layer.logProbabilities(centre(label));
                int best = 0;
                for (int o = 1; o < lp.length; o++) {
                    best = lp[o] > lp[best] ? o : best;
                }
                assertThat(best).as("hidden %d, label %d", hidden, label).isEqualTo(label);
                assertThat(Math.exp(lp[label])).isGreaterThan(0.8);
            }
        }
    }

    @Test
    void aWrittenLayerReadsBackWithTheSameScores() throws IOException {
        ContextualNameLayer layer = trained(16);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layer.write(out);
        ContextualNameLayer back = ContextualNameLayer.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.outcomes()).containsExactly(OUTCOMES);
        assertThat(back.logProbabilities(centre(1))).containsExactly(layer.logProbabilities(centre(1)));
    }

    @Test
    void modelOutcomesItDoesNotKnowGetNoScore() {
        ContextualNameLayer layer = trained(0);
        int[] bound = layer.bind(new String[] {"person-start", "location-start", "other"});
        assertThat(bound).containsExactly(2, -1, 0);
        double[] sums = new double[3];
        layer.addLogScores(new float[][] {centre(2)}, bound, 0.5, sums);
        assertThat(sums[1]).isZero();
        assertThat(sums[0]).isGreaterThan(sums[2]);
    }

    @Test
    void aForeignOrTruncatedFileIsAModelLoadException() throws IOException {
        assertThatThrownBy(() -> ContextualNameLayer.read(new ByteArrayInputStream("not a layer".getBytes())))
                .isInstanceOf(ModelLoadException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        trained(0).write(out);
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        assertThatThrownBy(() -> ContextualNameLayer.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(ModelLoadException.class);
    }
}
