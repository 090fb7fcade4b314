package dev.precis.encoder;

import dev.precis.nlp.encoder.CachingSentenceEncoder;
import dev.precis.nlp.encoder.SentenceEncoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmSentenceEncoderTest {

    private final SentenceEncoder encoder = MiniLmSentenceEncoder.shared();

    @Test
    void aParaphraseIsCloserThanAnotherEventOnTheSameDay() {
        float[][] v = encoder.encode(List.of(
                "The finance minister resigned on Friday.",
                "The treasury chief quit his job.",
                "Heavy rain flooded the valley on Friday."));
        assertThat(SentenceEncoder.cosine(v[0], v[1])).isGreaterThan(SentenceEncoder.cosine(v[0], v[2]));
    }

    @Test
    void vectorsHaveUnitLengthAndBlankTextGivesZero() {
        float[][] v = encoder.encode(List.of("Floods closed the harbour road.", " "));
        assertThat(v[0]).hasSize(MiniLmSentenceEncoder.DIMENSION);
        assertThat(SentenceEncoder.cosine(v[0], v[0])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(v[1]).containsOnly(0f);
        assertThat(encoder.encode(List.of())).isEmpty();
    }

    @Test
    void theSameTextGivesTheSameVectorAloneOrInABatchAndThroughTheCache() {
        String text = "Voters in the port city chose a new mayor.";
        float[] alone = encoder.encode(List.of(text))[0];
        float[] batched = encoder.encode(List.of("Something else entirely.", text))[1];
        float[] cached = new CachingSentenceEncoder(encoder).encode(List.of(text, text))[1];
        assertThat(SentenceEncoder.cosine(alone, batched)).isGreaterThan(0.9999);
        assertThat(cached).containsExactly(alone);
    }

    @Test
    void centroidOfTwoVectorsIsCloserToEachThanTheyAreToEachOther() {
        float[][] v = encoder.encode(List.of("Rain flooded the valley.", "The central bank raised interest rates."));
        float[] c = SentenceEncoder.centroid(v, 0, 2);
        assertThat(SentenceEncoder.cosine(c, v[0])).isGreaterThan(SentenceEncoder.cosine(v[0], v[1]));
        assertThat(SentenceEncoder.cosine(c, v[1])).isGreaterThan(SentenceEncoder.cosine(v[0], v[1]));
    }
}
