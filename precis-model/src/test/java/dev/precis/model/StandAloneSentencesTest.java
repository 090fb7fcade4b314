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

    @Test
    void aCompoundOrAnAdverbOfTimeThatLooksLikeAConnectiveReadsAlone() {
        assertThat(StandAloneSentences.opensWithDanglingReference("So-called ghost ferries sailed from Brannock at night.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("\u201cSo-called\u201d repairs left the pier shut.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("Then-mayor Ilse Varga opened the pier.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("Still reeling from the storm, Brannock opened its pier.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("Still to come: the ferry timetable.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("So far, 40 ferries have sailed from the new pier.")).isFalse();
        assertThat(StandAloneSentences.opensWithDanglingReference("So far the council has spent \u00a32m on the pier.")).isFalse();
    }

    @Test
    void theConnectivesThemselvesStillPointBack() {
        assertThat(StandAloneSentences.opensWithDanglingReference("Still, the ferries will wait.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("Still the council refuses to pay.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("So the ferries will wait.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("So, the ferries will wait.")).isTrue();
        assertThat(StandAloneSentences.opensWithDanglingReference("Then the ferries sailed.")).isTrue();
    }
}
