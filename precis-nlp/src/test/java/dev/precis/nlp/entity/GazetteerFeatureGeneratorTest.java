package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerFeatureGeneratorTest {

    private final GazetteerFeatureGenerator generator = new GazetteerFeatureGenerator(Gazetteer.load());

    private List<String> features(String[] tokens, int index) {
        List<String> out = new ArrayList<>();
        generator.createFeatures(out, tokens, index, new String[0]);
        return out;
    }

    @Test
    void wordShapesCollapseRepeatedCharacterClasses() {
        assertThat(GazetteerFeatureGenerator.shape("PML-N")).isEqualTo("sh=X-X");
        assertThat(GazetteerFeatureGenerator.shape("McDonald")).isEqualTo("sh=XxXx");
        assertThat(GazetteerFeatureGenerator.shape("U.S.")).isEqualTo("sh=X.X.");
        assertThat(GazetteerFeatureGenerator.shape("1990s")).isEqualTo("sh=dx");
    }

    @Test
    void everyWordOfANameHeadedByAnOrganisationWordIsMarked() {
        String[] tokens = "Officials of the Ministry of Petroleum and Natural Resources said".split(" ");
        assertThat(features(tokens, 3)).contains("gz=orgrun:B");
        assertThat(features(tokens, 5)).contains("gz=orgrun:I");
        assertThat(features(tokens, 8)).contains("gz=orgrun:E");
        assertThat(features(tokens, 0)).noneMatch(f -> f.startsWith("gz=orgrun"));
        assertThat(features(tokens, 9)).noneMatch(f -> f.startsWith("gz=orgrun"));
    }

    @Test
    void aSentenceOpeningArticleAndNamesWithoutAHeadAreNotMarked() {
        String[] party = "The Zorvanian National Party won".split(" ");
        assertThat(features(party, 0)).noneMatch(f -> f.startsWith("gz=orgrun"));
        assertThat(features(party, 1)).contains("gz=orgrun:B");
        String[] person = "Then Kofi Mensah spoke".split(" ");
        for (int i = 0; i < person.length; i++) {
            assertThat(features(person, i)).noneMatch(f -> f.startsWith("gz=orgrun"));
        }
    }
}
