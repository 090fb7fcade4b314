package dev.precis.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class OrganisationHeadsTest {

    /** A sentence with one organisation name over tokens [from, to). */
    private static NameSample sample(String text, int from, int to) {
        return new NameSample(text.split(" "), new Span[] {new Span(from, to, EntityTypes.ORGANIZATION)}, false);
    }

    @Test
    void keepsWordsThatMostlyHeadOrganisationNames() {
        List<NameSample> samples = new ArrayList<>();
        samples.add(sample("He joined the Ministry of Water and Power last year", 3, 8));
        samples.add(sample("Officials at the Ministry of Fisheries said so", 3, 6));
        samples.add(sample("The Ministry of Roads declined to comment", 1, 4));
        samples.add(sample("She leads the Orange Valley Party now", 3, 6));
        samples.add(sample("The Blue Lake Party won", 1, 4));
        samples.add(sample("Members of the Green Hill Party met", 3, 6));
        // "Lake" ends one name, but is mostly a place word elsewhere
        samples.add(sample("They met the Crystal Lake on Monday", 3, 5));
        samples.add(sample("They swam in Crystal Lake and Silver Lake and Deep Lake", 3, 5));
        samples.add(sample("Ask the Crystal Lake about it", 2, 4));
        samples.add(new NameSample("Silver Lake and Deep Lake and Long Lake froze".split(" "), new Span[0], false));
        assertThat(OrganisationHeads.derive(samples)).containsExactlyInAnyOrder("Ministry", "Party");
    }

    @Test
    void theHeadIsTheWordBeforeOfOrElseTheLast() {
        String[] tokens = "the Reserve Bank of India said".split(" ");
        assertThat(OrganisationHeads.head(tokens, 1, 5)).isEqualTo(2);
        String[] party = "the Awami National Party".split(" ");
        assertThat(OrganisationHeads.head(party, 1, 4)).isEqualTo(3);
        String[] lower = "the Friends of the earth".split(" ");
        assertThat(OrganisationHeads.head(lower, 1, 5)).isEqualTo(1);
        assertThat(OrganisationHeads.head("all of them".split(" "), 0, 3)).isEqualTo(-1);
    }

    @Test
    void theShippedListHoldsDerivedHeadWords() {
        Gazetteer g = Gazetteer.load();
        assertThat(g.isOrganisationHead("Party")).isTrue();
        assertThat(g.isOrganisationHead("Ministry")).isTrue();
        assertThat(g.isOrganisationHead("Bhd")).isTrue(); // hand-written organisation word
        assertThat(g.isOrganisationHead("Monday")).isFalse();
    }
}
