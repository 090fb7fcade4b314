package dev.precis.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.entity.ContextualNameLayer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.entity.StatisticalEntityRecognizer;
import dev.precis.nlp.entity.TokenVectors;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmNamesTest {

    private static EntityModels models;
    private static MiniLmTokenVectors vectors;

    @BeforeAll
    static void load() {
        models = EntityModels.loadDefault();
        vectors = MiniLmTokenVectors.load();
    }

    private static List<String> organisations(StatisticalEntityRecognizer ner, String text) {
        List<EntityMention> found = ner.recognize(text, new NewsSentenceSplitter().split(text));
        return found.stream().filter(m -> m.type() == EntityType.ORGANIZATION)
                .map(m -> text.substring(m.range().start(), m.range().end())).toList();
    }

    @Test
    void theContextualPathFindsATeamTheFastPathMisses() {
        String text = "The Orioles lost their third game in a row on Sunday night.";
        StatisticalEntityRecognizer fast = new StatisticalEntityRecognizer(models);
        StatisticalEntityRecognizer contextual = MiniLmNames.recognizer(models, vectors, MiniLmNames.shippedLayer());
        assertThat(organisations(fast, text)).doesNotContain("Orioles");
        assertThat(organisations(contextual, text)).containsExactly("Orioles");
    }

    @Test
    void everyTokenGetsAVectorAlsoPastTheModelsFiveHundredPieces() {
        String[] tokens = Collections.nCopies(300, "Tshwane-Mogale").toArray(String[]::new); // several pieces each
        float[][] v = vectors.vectors(tokens);
        assertThat(v).hasNumberOfRows(300);
        assertThat(v[299]).hasSize(MiniLmSentenceEncoder.DIMENSION);
        assertThat(v[299]).isNotEqualTo(new float[MiniLmSentenceEncoder.DIMENSION]);
        assertThat(vectors.vectors(new String[] {"Orioles"})).hasNumberOfRows(1);
    }

    @Test
    void aBrokenEncoderModelIsAModelLoadException() throws Exception {
        try (InputStream tokenizer = MiniLmFiles.tokenizer()) {
            assertThatThrownBy(() -> MiniLmTokenVectors.load(new byte[] {1, 2, 3}, tokenizer))
                    .isInstanceOf(ModelLoadException.class);
        }
    }

    @Test
    void aBrokenLayerOrOneForOtherVectorsIsAModelLoadException() {
        assertThatThrownBy(() -> ContextualNameLayer.read(new ByteArrayInputStream(new byte[] {0x50, 0x43})))
                .isInstanceOf(ModelLoadException.class);
        TokenVectors narrow = new TokenVectors() {
            @Override
            public int dimension() {
                return 16;
            }

            @Override
            public float[][] vectors(String[] tokens) {
                return new float[tokens.length][16];
            }
        };
        assertThatThrownBy(() -> MiniLmNames.recognizer(models, narrow, MiniLmNames.shippedLayer()))
                .isInstanceOf(ModelLoadException.class);
    }
}
