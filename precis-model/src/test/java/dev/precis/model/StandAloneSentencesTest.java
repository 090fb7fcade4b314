package dev.precis.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence shown without its neighbours: a list's lead and its items are fragments, a statement,
 * quoted or not, is not; an opening pronoun, connective or ordinal points back, a name does not.
 */
class StandAloneSentencesTest {

    @Test
    void aLeadEndingOnAColonAndAnItemWithoutAStopAreFragments() {
        assertThat(StandAloneSentences.isListFragment("The council's plan for the harbour includes:")).isTrue();
        assertThat(StandAloneSentences.isListFragment("A new pier for the Brannock ferries")).isTrue();
        assertThat(StandAloneSentences.isListFragment("A new pier for the Brannock ferries ")).isTrue();
    }

    @Test
    void aSentenceWithAStopIsNot() {
        assertThat(StandAloneSentences.isListFragment("The council will build a new pier for the Brannock ferries.")).isFalse();
        assertThat(StandAloneSentences.isListFragment("Will the pier be ready by June?")).isFalse();
        assertThat(StandAloneSentences.isListFragment("\"The pier will be ready by June,\" said Ilse Varga.")).isFalse();
        assertThat(StandAloneSentences.isListFragment("Ilse Varga said the pier would be \"ready by June.\"")).isFalse();
        assertThat(StandAloneSentences.isListFragment("(The pier opened in 1998.)")).isFalse();
    }

    @Test
    void anOpeningPronounConnectiveOrOrdinalPointsBack() {
        assertThat(StandAloneSentences.opensWithDanglingReference("She said the pier would open in June.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("\"However, the ferries will wait.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("In addition, the ferries will wait.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("The second was a pier for the ferries.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("As a result, the ferries will wait.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("On the other hand, the pier is new.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("The latter opened in 1998.")).isTrue();
    }

    @Test
    void anOpeningNameOrNounDoesNot() {
        assertThat(StandAloneSentences.opensWithDanglingReference("Ilse Varga said the pier would open in June.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("The council will build a new pier.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("Heather Lund opened the pier.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("As a rule the ferries run late.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("On the pier, the mayor spoke.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("Thus")).isTrue();
    }
}
