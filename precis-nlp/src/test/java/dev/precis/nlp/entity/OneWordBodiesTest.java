package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names64: a one-word organisation the model never saw, typed from what the article says of it once —
 * its kind named before it, "groups such as", what only a body has ("IPO", "users", "its own"), joined, bought or
 * worked at, "…, it said" — and the same word typed so wherever it stands. Sentences written for this test, with
 * invented names; each was missed or read as a person or place by main's recognizer.
 */
class OneWordBodiesTest {

    private static List<String> typed(String text, EntityType type) {
        return run(text).stream().filter(m -> m.type() == type)
                .map(m -> text.substring(m.range().start(), m.range().end())).toList();
    }

    @Test
    void whatOnlyABodyHasMakesTheWordAnOrganisationEverywhere() {
        String text = "Since the first whispers about Dovalo's IPO, buyers have been wary. Every move Dovalo makes is "
                + "watched. Now, people wonder if Dovalo can even survive.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Dovalo", "Dovalo", "Dovalo");
        assertThat(typed(text, EntityType.PERSON)).isEmpty();
    }

    @Test
    void groupsSuchAsMakeABody() {
        String text = "Rocket attacks by militant groups such as Tessaru have stopped. It looks as if Tessaru has thrown "
                + "in the towel.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Tessaru", "Tessaru");
    }

    @Test
    void aNameWithItsOwnIsABody() {
        String text = "Ruvami has its own agenda, a senior official said. Few expect Ruvami to sign.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Ruvami", "Ruvami");
    }

    @Test
    void joinedOrWorkedAtMakesAWorkplace() {
        String text = "After five years at Quenzo, I am leaving this week. Darin Fisher joined Quenzo in May.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Quenzo", "Quenzo");
        String thanks = "I spent the past five years at Lomeri, and I wish you all the best. Thanks to everyone at Lomeri.";
        assertThat(typed(thanks, EntityType.ORGANIZATION)).containsExactly("Lomeri", "Lomeri");
        assertThat(typed(thanks, EntityType.LOCATION)).isEmpty();
    }

    @Test
    void aSentenceClosedByItSaidHasTheBodyAsSpeaker() {
        String text = "Kobrava signed a supply deal with the state oil firm. Kobrava will deliver two tankers a "
                + "month, it said.";
        assertThat(typed(text, EntityType.ORGANIZATION)).containsExactly("Kobrava", "Kobrava");
        assertThat(typed(text, EntityType.PERSON)).isEmpty();
    }

    @Test
    void aPersonWithATitleOrWhoIsNotTurnedIntoABody() {
        String text = "Daniel Ortega spoke first. Mr Ferrandi joined Ortega on the stage. Ferrandi, who leads the "
                + "council, left early.";
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
        assertThat(OneWordBodies.cue(new String[] {"the", "messaging", "company", "Quenzo", "grew"}, 3)).isTrue();
        assertThat(OneWordBodies.cue(new String[] {"Acme", "company", "Quenzo", "grew"}, 2)).isFalse();
    }
}
