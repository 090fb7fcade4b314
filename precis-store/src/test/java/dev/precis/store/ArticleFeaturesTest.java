package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Feature maps iterate most frequent first, then alphabetically, whatever the JVM's hashing. */
class ArticleFeaturesTest {

    @Test
    void keysAndTermsIterateByCountThenName() {
        ArticleFeatures f = ArticleFeatures.of(Fixtures.analyzed("a1", "Harbour talks",
                "Zora Quill met Anton Birch. Zora Quill spoke of harbour fees. Anton Birch and Zora Quill agreed."
                        + " Carla Dunmore listened to the harbour pilots.",
                "2024-05-01", List.of("Zora Quill", "Anton Birch", "Carla Dunmore"), List.of()));
        assertThat(f.keys().keySet()).startsWith("Zora Quill", "Anton Birch");
        assertThat(f.terms().keySet()).first().isEqualTo("harbour");
        ArticleFeatures copy = new ArticleFeatures(f.terms(), f.keys());
        assertThat(List.copyOf(copy.keys().keySet())).isEqualTo(List.copyOf(f.keys().keySet()));
        assertThat(List.copyOf(ArticleWriter.decode(ArticleWriter.encode(f.terms())).keySet()))
                .isEqualTo(List.copyOf(f.terms().keySet()));
    }
}
