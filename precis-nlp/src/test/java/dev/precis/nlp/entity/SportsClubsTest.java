package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Towns that stand for their clubs in a game's report ({@link SportsClubs}). Sentences written for this test; the
 * positive cases were places before the results cues, the negative ones are guards.
 */
class SportsClubsTest {

    @Test
    void resultCuesInAGameSentenceMakeTownsClubs() {
        String text = "Lahore thrashed Karachi by six wickets on Sunday.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Lahore").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Karachi").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aManagerAfterATownWithAPossessiveMakesItAClub() {
        String text = "Leeds' manager said his side deserved a draw.";
        assertThat(mention(run(text), text, "Leeds").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTownListedWithAClubIsAClubAndTheTownWhereTheyPlayStaysAPlace() {
        String text = "Title rivals Sussex, Hampshire and Cheshire all won. Cheshire beat Dorset by an innings in Hampshire.";
        List<EntityMention> found = run(text);
        assertThat(found).filteredOn(m -> text.substring(m.range().start(), m.range().end()).equals("Sussex"))
                .extracting(EntityMention::type).containsOnly(EntityType.ORGANIZATION);
        // "in Hampshire" is where the game was, even in an article where Multan is a club
        assertThat(found).filteredOn(m -> m.range().start() > text.indexOf("in Hampshire"))
                .extracting(EntityMention::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void aResultVerbWithNoGameWordLeavesTheTownAPlace() {
        String text = "Lahore beat Karachi to the new rail link, officials said.";
        EntityMention lahore = mention(run(text), text, "Lahore");
        assertThat(lahore).isNotNull();
        assertThat(lahore.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void countriesStayPlaces() {
        String text = "Kenya beat Uganda 2-1 in the final.";
        assertThat(mention(run(text), text, "Uganda").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void resultCueNeedsAGameSentence() {
        String[] game = {"Kent", "beat", "Essex", "by", "six", "wickets"};
        String[] other = {"Kent", "beat", "Essex", "to", "the", "contract"};
        assertThat(SportsClubs.inResult(game, 2, 3)).isTrue();
        assertThat(SportsClubs.inResult(other, 2, 3)).isFalse();
        assertThat(SportsClubs.placeUse(new String[] {"ARLINGTON", ",", "Texas", "1996"}, 2)).isTrue();
    }
}
