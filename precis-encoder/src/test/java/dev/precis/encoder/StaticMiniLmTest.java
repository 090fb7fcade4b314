package dev.precis.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.nlp.encoder.SentenceEncoder;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The shipped static word-piece vectors (sentences written for this test). */
class StaticMiniLmTest {

    private final StaticMiniLm encoder = StaticMiniLm.shared();

    @Test
    void aReportOfTheSameEventInOtherWordsIsCloserThanAnotherEvent() {
        float[][] v = encoder.encode(List.of(
                "The finance minister resigned on Friday after a row over the budget.",
                "Treasury chief quits in budget dispute.",
                "Heavy rain flooded the valley on Friday and closed two schools."));
        assertThat(SentenceEncoder.cosine(v[0], v[1])).isGreaterThan(SentenceEncoder.cosine(v[0], v[2]));
    }

    @Test
    void vectorsAreShorterThanMiniLmsWithUnitLengthAndBlankTextGivesZero() {
        float[][] v = encoder.encode(List.of("Floods closed the harbour road.", " ", "[CLS] [SEP]"));
        assertThat(encoder.dimension()).isEqualTo(StaticMiniLm.DIMENSION).isNotEqualTo(MiniLmSentenceEncoder.DIMENSION);
        assertThat(v[0]).hasSize(StaticMiniLm.DIMENSION);
        assertThat(SentenceEncoder.cosine(v[0], v[0])).isCloseTo(1.0, Offset.offset(1e-4));
        assertThat(v[1]).containsOnly(0f);
        assertThat(encoder.encode(List.of())).isEmpty();
    }

    @Test
    void theTablesHeaderTellsTheVectorLengthTheEncoderGives() {
        float[] v = encoder.encode(List.of("The harbour road reopened after the floods."))[0];
        assertThat(StaticMiniLm.tableDimension()).isEqualTo(v.length).isEqualTo(encoder.dimension()).isPositive();
        assertThat(MeaningVectors.named("static").length()).isEqualTo(v.length);
        assertThat(new MeaningVectors().length()).isEqualTo(v.length);
        assertThat(MeaningVectors.named("minilm").length()).as("not told without loading the transformer").isZero();
    }

    @Test
    void frequentWordsWeighLessThanNames() {
        float[][] v = encoder.encode(List.of(
                "Lavrov", "the Lavrov of the", "Lavrov the of and to in"));
        assertThat(SentenceEncoder.cosine(v[0], v[1])).isGreaterThan(0.8);
        assertThat(SentenceEncoder.cosine(v[0], v[2])).isGreaterThan(0.7);
    }

    @Test
    void aPieceDirectionHasTheTablesLengthAndIdsOutsideTheTableHaveNone() {
        assertThat(encoder.vocabularySize()).isGreaterThan(20_000);
        float[] some = null;
        for (int id = 1000; some == null && id < encoder.vocabularySize(); id++) {
            some = encoder.pieceDirection(id);
        }
        assertThat(some).hasSize(StaticMiniLm.DIMENSION);
        assertThat(encoder.pieceDirection(-1)).isNull();
        assertThat(encoder.pieceDirection(encoder.vocabularySize())).isNull();
    }

    @Test
    void encodersAreNamedAndAnUnknownNameIsRefused() {
        assertThat(MeaningVectors.DEFAULT_ENCODER).isEqualTo("static");
        assertThatThrownBy(() -> MeaningVectors.named("bert")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bert");
    }

    @Test
    void theStaticVectorsAreForEnglishArticles() {
        assertThat(MeaningVectors.english(null, "Ferry strike ends\nThe strike on the northern islands ended on Thursday"
                + " after three days of talks.")).isTrue();
        assertThat(MeaningVectors.english(null, "Fährstreik beendet\nDer Streik auf den Nordinseln ist am Donnerstag nach"
                + " drei Tagen Verhandlungen zu Ende gegangen, was die Reederei am Abend mitteilte.")).isFalse();
        assertThat(MeaningVectors.english(null, "Fin de la grève des ferries\nLa grève dans les îles du nord a pris fin"
                + " jeudi après trois jours de négociations.")).isFalse();
        assertThat(MeaningVectors.english("en", "Brexit")).isTrue();
        assertThat(MeaningVectors.english("de", "The strike on the islands ended on Thursday.")).isFalse();
        assertThat(MeaningVectors.english(null, "")).isFalse();
    }
}
