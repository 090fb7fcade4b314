package dev.precis.lab.summaries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleAddedFeaturesTest {

    private static final String LEDE = "The council of Eastbrook voted on Tuesday to close the old ferry pier.";

    @Test
    void aPickWithANewNameNumberAndQuoteIsNewInformation() {
        double[] f = ArticleAddedFeatures.of(LEDE,
                "Mayor Alma Kestrel said the repairs would cost 4.2 million and \"nobody would pay that\".");
        assertThat(f[0]).isEqualTo(1);
        // Alma and Kestrel: capitalised words the lede lacks (the opening "Mayor" is not counted)
        assertThat(f[1]).isEqualTo(Math.log(1 + 2), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f[2]).isEqualTo(1);
        assertThat(f[3]).isEqualTo(1);
        assertThat(f[4]).isLessThan(0.3);
    }

    @Test
    void aPickThatRestatesTheLedeRepeatsIt() {
        double[] f = ArticleAddedFeatures.of(LEDE, "The council voted to close the old ferry pier on Tuesday.");
        assertThat(f[1]).isZero();
        assertThat(f[2]).isZero();
        assertThat(f[3]).isZero();
        assertThat(f[4]).isEqualTo(1.0);
    }

    @Test
    void aNumberTheLedeAlreadyHasIsNotNew() {
        double[] f = ArticleAddedFeatures.of("Police arrested 12 people in Marston.", "Of the 12 people, most were released.");
        assertThat(f[2]).isZero();
        assertThat(f[1]).isZero();
    }
}
