package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names64: a one-word organisation the model never saw, typed from what the article says of it once —
 * its kind named before it, "groups such as", what only a body has ("IPO", "users", "its"), joined, bought or
 * worked at, "…, it said" — and the same word typed so wherever it stands. Sentences written for this test, with
 * invented names; each was missed or read as a person or place by main's recognizer.
 */
class OneWordBodiesTest {

    private static List<String> typed(String text, EntityType type) {
        return run(text).stream().filter(m -> m.type() == type)
                .map(m -> text.substring(m.range().start(), m.range().end())).toList();
    }

    @Test
    void aBodyNamedAfterItsKindOnceIsOneEverywhere() {
        String text = "The militant group Vardoko has announced an end to the attacks. Many doubt that Vardoko "
                + "will keep the truce. Vardoko remains popular in the camps.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Vardoko", "Vardoko", "Vardoko");
        assertThat(typed(text, EntityType.PERSON)).isEmpty();
    }

    @Test
    void whatOnlyABodyHasMakesTheWordAnOrganisation() {
        String text = "Since the first reports about Telmuri's IPO, investors have waited. Most Telmuri users "
                + "never pay. Now people wonder whether Telmuri can survive.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Telmuri", "Telmuri", "Telmuri");
    }

    @Test
    void joinedOrWorkedAtMakesAWorkplace() {
        String text = "After five years at Quenzo, I am leaving this week. Darin Fisher joined Quenzo in May.";
        assertThat(typed(text, EntityType.ORGANIZATION)).contains("Quenzo");
        assertThat(typed(text, EntityType.PERSON)).doesNotContain("Quenzo");
        assertThat(typed(text, EntityType.LOCATION)).doesNotContain("Quenzo");
    }

    @Test
    void aSentenceClosedByItSaidHasTheBodyAsSpeaker() {
        String text = "Kobrava signed a supply deal with the state oil firm. Kobrava will deliver two tankers a "
                + "month, it said.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Kobrava", "Kobrava");
    }

    @Test
    void groupsSuchAsAndItsOwnMakeABody() {
        String text = "Attacks by radical groups such as Zembara have slowed the talks. Zembara has its own agenda.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Zembara", "Zembara");
    }

    @Test
    void aPersonWithATitleOrWhoIsNotTurnedIntoABody() {
        String text = "Mr Ferrandi joined Ortega on the stage. Ferrandi, who leads the council, spoke first.";
        assertThat(typed(text, EntityType.ORGANIZATION)).doesNotContain("Ferrandi", "Ortega");
        String named = "Kalia Ferrandi joined the board. Ferrandi's members were pleased.";
        assertThat(typed(named, EntityType.ORGANIZATION)).doesNotContain("Ferrandi");
    }

    @Test
    void aPieceOfALongerCapitalisedRunIsNotCued() {
        assertThat(OneWordBodies.alone(new String[] {"joined", "Quenzo", "Holdings", "today"}, 1)).isFalse();
        assertThat(OneWordBodies.alone(new String[] {"joined", "Quenzo", "today"}, 1)).isTrue();
        assertThat(OneWordBodies.cue(new String[] {"joined", "Quenzo", "today"}, 1)).isTrue();
        assertThat(OneWordBodies.cue(new String[] {"met", "Quenzo", "today"}, 1)).isFalse();
    }
}
