package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A list's lead and its items are fragments when shown alone; a statement, quoted or not, is not. */
class SentenceShapeListTest {

    @Test
    void aLeadEndingOnAColonAndAnItemWithoutAStopAreFragments() {
        assertThat(SentenceShape.isListFragment("The council's plan for the harbour includes:")).isTrue();
        assertThat(SentenceShape.isListFragment("A new pier for the Brannock ferries")).isTrue();
        assertThat(SentenceShape.isListFragment("A new pier for the Brannock ferries ")).isTrue();
    }

    @Test
    void aSentenceWithAStopIsNot() {
        assertThat(SentenceShape.isListFragment("The council will build a new pier for the Brannock ferries.")).isFalse();
        assertThat(SentenceShape.isListFragment("Will the pier be ready by June?")).isFalse();
        assertThat(SentenceShape.isListFragment("\"The pier will be ready by June,\" said Ilse Varga.")).isFalse();
        assertThat(SentenceShape.isListFragment("Ilse Varga said the pier would be \"ready by June.\"")).isFalse();
        assertThat(SentenceShape.isListFragment("(The pier opened in 1998.)")).isFalse();
    }
}
