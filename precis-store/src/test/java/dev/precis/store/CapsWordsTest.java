package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-letter capitals as content words ({@link StoryParams#capsWords()}). */
class CapsWordsTest {

    private static ArticleFeatures features(String title, String text, boolean caps) {
        return ArticleFeatures.of(Fixtures.analyzed("c1", title, text, "2024-05-01", List.of(), List.of()), new BitSet(), caps);
    }

    @Test
    void twoLetterCapitalsAreContentWordsWithTheKnobOn() {
        String title = "ID scheme for ferry crews";
        String text = "The EU wants the ID scheme for ferry crews. The UN's office backs it. So do we, said an official in Oslo.";
        ArticleFeatures on = features(title, text, true);
        ArticleFeatures off = features(title, text, false);
        // "ID" twice in the headline and once in the text; "UN's" as "un"
        assertThat(on.terms()).containsEntry("id", 3).containsEntry("eu", 1).containsEntry("un", 1);
        assertThat(off.terms()).doesNotContainKeys("id", "eu", "un");
        // lower-case and mixed-case two-letter words, and stop words in capitals, stay out
        assertThat(on.terms()).doesNotContainKeys("so", "do", "we", "an", "in");
        ArticleFeatures stop = features("US AND IT", "The US said IT staff go. Id est.", true);
        assertThat(stop.terms()).doesNotContainKeys("us", "it", "id");
        // words of three letters or more are read as before
        assertThat(on.terms()).containsEntry("ferry", 3).containsEntry("scheme", 3);
        assertThat(off.terms()).containsEntry("ferry", 3).containsEntry("scheme", 3);
    }

    @Test
    void onlyTwoLettersWrittenInCapitalsCount() {
        assertThat(ArticleFeatures.capitals("EU", "eu")).isTrue();
        assertThat(ArticleFeatures.capitals("UN's", "un")).isTrue();
        assertThat(ArticleFeatures.capitals("Eu", "eu")).isFalse();
        assertThat(ArticleFeatures.capitals("NATO", "nato")).isFalse();
        assertThat(ArticleFeatures.capitals("A-", "a-")).isFalse();
    }

    @Test
    void twoBriefsSharingOnlyACapitalAbbreviationReadAlikeWithTheKnobOn() {
        String t1 = "ID plan for harbour pilots";
        String x1 = "Pilots at the harbour will carry an ID card from spring, the port board said.";
        String t2 = "ID cards for pilots delayed";
        String x2 = "The ID cards promised to pilots are late, the board admitted on Friday.";
        double on = overlap(features(t1, x1, true), features(t2, x2, true));
        double off = overlap(features(t1, x1, false), features(t2, x2, false));
        assertThat(on).isGreaterThan(off);
    }

    /** Shared content-word count weight (plain overlap of counts, no idf): enough to show the shared word is read. */
    private static double overlap(ArticleFeatures a, ArticleFeatures b) {
        double s = 0;
        for (var e : a.terms().entrySet()) {
            Integer c = b.terms().get(e.getKey());
            if (c != null) {
                s += Math.min(c, e.getValue());
            }
        }
        return s;
    }
}
