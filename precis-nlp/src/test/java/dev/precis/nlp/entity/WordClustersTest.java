package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClustersTest {

    /** Written for this test. */
    private static WordClusters fixture() throws IOException {
        return WordClusters.read(new BufferedReader(new StringReader(
                "# comment\nnairobi\t3\t17\nlagos\t3\t17\nsanchez\t5\t40\n\nministry\t4\t22\n")));
    }

    @Test
    void wordsAreMatchedLowerCasedAndWithoutAccents() throws IOException {
        WordClusters c = fixture();
        assertThat(c.size()).isEqualTo(4);
        assertThat(c.features("Nairobi")).containsExactly("cc=3", "cf=17");
        assertThat(c.features("NAIROBI")).containsExactly("cc=3", "cf=17");
        assertThat(c.features("Sánchez")).containsExactly("cc=5", "cf=40");
        assertThat(c.features("Zorvania")).isEmpty();
        assertThat(WordClusters.NONE.features("Nairobi")).isEmpty();
    }

    @Test
    void aMalformedLineIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> WordClusters.read(new BufferedReader(new StringReader("nairobi\t3\t17\nlagos 3\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void theGeneratorGivesEachTokenItsOwnClustersAndTheShippedListIsLoaded() throws IOException {
        Gazetteer g = Gazetteer.load();
        WordClusterFeatureGenerator generator = new WordClusterFeatureGenerator(fixture());
        String[] tokens = "Police in Lagos said".split(" ");
        List<String> out = new ArrayList<>();
        generator.createFeatures(out, tokens, 2, new String[0]);
        assertThat(out).containsExactly("cc=3", "cf=17");
        out.clear();
        generator.createFeatures(out, tokens, 3, new String[0]);
        assertThat(out).isEmpty();
        assertThat(g.clusters().size()).as("the shipped list is read with the gazetteer").isGreaterThan(10_000);
    }

    @Test
    void theShippedListGivesEveryCaseOfAWordTheSameTwoLevels() {
        WordClusters c = Gazetteer.load().clusters();
        for (String w : List.of("London", "ministry", "said", "Kenya")) {
            assertThat(c.features(w)).hasSize(2);
            assertThat(c.features(w.toUpperCase())).containsExactly(c.features(w));
        }
    }
}
