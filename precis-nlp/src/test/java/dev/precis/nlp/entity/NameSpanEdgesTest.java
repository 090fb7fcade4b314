package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where names start and end: a lone article is never one, a nationality before a state body is no part of it,
 * and an organisation named "… of Place" does not run on into the person or title after it.
 */
class NameSpanEdgesTest {

    @Test
    void aLoneTheIsNeverANameNorSpreadToOtherSentences() {
        // scraped copy that lost a full stop: the model may end a name with the next sentence's "The"
        String text = "Donors included Mara Velden, Tomas Lind, Ada Korvel and Ines Marlow The number of "
                + "members of the union doubled in a month. The union said it would grow. The number rose again. "
                + "The Greens said the party would campaign. The vote is in May.";
        List<EntityMention> found = run(text);
        assertThat(found).noneMatch(m -> m.range().slice(text).equals("The"));
        assertThat(mention(found, text, "Tomas Lind")).isNotNull();
    }

    @Test
    void aNationalityBeforeAStateBodyIsCutAndKeptInTheCanonicalName() {
        String text = "The Chinese Foreign Ministry said on Monday that the Ethiopian Ministry of Water and Energy "
                + "had agreed. The Indian National Congress and the Chinese Academy of Sciences disagreed, and the "
                + "European Parliament said nothing.";
        List<EntityMention> found = run(text);
        EntityMention ministry = mention(found, text, "Foreign Ministry");
        assertThat(ministry).isNotNull();
        assertThat(ministry.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ministry.canonical()).isEqualTo("Chinese Foreign Ministry");
        EntityMention water = mention(found, text, "Ministry of Water and Energy");
        assertThat(water).isNotNull();
        assertThat(water.canonical()).isEqualTo("Ethiopian Ministry of Water and Energy");
        // names of their own keep the nationality
        for (String own : List.of("Indian National Congress", "Chinese Academy of Sciences", "European Parliament")) {
            assertThat(mention(found, text, own)).as(own).isNotNull();
        }
    }

    @Test
    void anOrganisationEndingInOfAndAPlaceDoesNotRunOnIntoAnUnlistedName() {
        // a given name the list lacks: two capitalised words that are no ordinary or body's words
        String text = "The riding went to New Democratic Party of Canada Thandeka Mbalula last year.";
        List<EntityMention> found = run(text);
        EntityMention party = mention(found, text, "New Democratic Party of Canada");
        assertThat(party).isNotNull();
        assertThat(party.type()).isEqualTo(EntityType.ORGANIZATION);
        EntityMention person = mention(found, text, "Thandeka Mbalula");
        assertThat(person).isNotNull();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        String plan = "Payments from the Bank of Canada Pension Plan rose.";
        assertThat(mention(run(plan), plan, "Pension Plan")).isNull();
    }

    @Test
    void anOrganisationEndingInOfAndAPlaceDoesNotRunOnIntoAPersonOrTitle() {
        String text = "The seat was won by Liberal Party of Canada John Hickey in 1993. A former Labour Party of "
                + "Kenya Minister spoke. The Communist Party of China and the Bank of Ghana agreed.";
        List<EntityMention> found = run(text);
        for (String org : List.of("Liberal Party of Canada", "Labour Party of Kenya", "Communist Party of China",
                "Bank of Ghana")) {
            EntityMention m = mention(found, text, org);
            assertThat(m).as(org).isNotNull();
            assertThat(m.type()).as(org).isEqualTo(EntityType.ORGANIZATION);
        }
        EntityMention person = mention(found, text, "John Hickey");
        assertThat(person).isNotNull();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("Minister"));
    }

    @Test
    void aListedTownNothingTaggedIsAPlaceAfterInButNotAMonthOrAFirstName() {
        String text = "Foreign Minister Lale Demir met her counterpart Ivo Brandt in Antalya on Tuesday, and the two"
                + " will meet again in March. Their aides arrived in Sylhet by train. She put her trust in Maria.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Antalya")).isNotNull().extracting(EntityMention::type).isEqualTo(EntityType.LOCATION);
        assertThat(mention(found, text, "Sylhet")).isNotNull().extracting(EntityMention::type).isEqualTo(EntityType.LOCATION);
        assertThat(mention(found, text, "March")).isNull();
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Maria")).map(EntityMention::type).toList())
                .doesNotContain(EntityType.LOCATION);
    }

    @Test
    void aListOfCountriesIsNeverOnePlaceAcrossACommaButACityNameStaysWhole() {
        String text = "Exports went largely to Indonesia, Thailand, Malaysia, South Korea and the Philippines. "
                + "Talks opened in Nairobi on Monday.";
        List<EntityMention> found = run(text);
        assertThat(found).noneMatch(m -> m.range().slice(text).contains(","));
        for (String place : List.of("Malaysia", "South Korea", "Thailand", "Nairobi")) {
            EntityMention m = mention(found, text, place);
            assertThat(m).as(place).isNotNull();
            assertThat(m.type()).as(place).isEqualTo(EntityType.LOCATION);
        }
    }
}
