package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Teams named by a place and a nickname ({@link PlaceNamedTeams}) and the capital place of a credited dateline
 * ({@link DatelineAndRoleShapes}). Sentences and nicknames written for this test.
 */
class PlaceNamedTeamsTest {

    @Test
    void aSingularWordAfterAPlaceIsNoNickname() {
        String text = "Lindqvist signed with the Denver Frost in 2014. The defenseman played 300 games for the Frost "
                + "before the trade.";
        assertThat(run(text)).noneMatch(m -> m.type() == EntityType.ORGANIZATION && m.range().slice(text).contains("Frost"));
        assertThat(PlaceNamedTeams.nickname("Crisis", EntityTestSupport.models().gazetteer())).isFalse();
        assertThat(PlaceNamedTeams.nickname("Conference", EntityTestSupport.models().gazetteer())).isFalse();
    }

    @Test
    void aPlaceAndNicknameReadAsOnePlaceIsTheTeam() {
        String text = "Kowalski was traded to the Portland Otters on Monday for a draft pick. He scored 12 goals for "
                + "the Otters this season.";
        assertNames(text, EntityType.ORGANIZATION, "Portland Otters", "Otters");
    }

    @Test
    void aPluralAfterTheAndAPlaceIsATeamEvenOnce() {
        assertNames("The league leaders host the Denver Moles on Tuesday night.", EntityType.ORGANIZATION, "Denver Moles");
    }

    @Test
    void aGeographicNounAfterAPlaceIsNoNickname() {
        String text = "Hikers crowded the Denver Hills on Sunday. The Hills were closed by evening.";
        assertThat(run(text)).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
        assertThat(PlaceNamedTeams.nickname("Hills", EntityTestSupport.models().gazetteer())).isFalse();
        assertThat(PlaceNamedTeams.nickname("Moles", EntityTestSupport.models().gazetteer())).isTrue();
    }

    @Test
    void theCapitalPlaceOfACreditedDatelineIsAPlace() {
        String text = "KESTROVO, Russia (Reuters) -- Officials said on Friday that the bridge had reopened.";
        var m = mention(run(text), text, "KESTROVO");
        assertThat(m).isNotNull();
        assertThat(m.type()).isEqualTo(EntityType.LOCATION);
    }
}
