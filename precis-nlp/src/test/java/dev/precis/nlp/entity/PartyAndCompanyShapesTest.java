package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, ner13b: a nationality before a party's plural name, one-word companies by their shape, and a
 * party named as such in the text. Sentences written for this test; the companies and new parties are made
 * up unless a real one's shape is the point.
 */
class PartyAndCompanyShapesTest {

    @Test
    void aNationalityBeforeAPartysPluralNameIsOneOrganisationWithItsOwnIdentity() {
        String text = "The English Democrats won two council seats on Thursday. Swedish Social Democrats said the "
                + "budget was fair, and the German Greens called for a new tax.";
        List<EntityMention> found = run(text);
        for (String party : List.of("English Democrats", "Swedish Social Democrats", "German Greens")) {
            EntityMention m = mention(found, text, party);
            assertThat(m).as(party).isNotNull();
            assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
            // never the listed US party, whose alias "Democrats" is only the name's last word here
            assertThat(m.canonical()).isNotEqualTo("Democratic Party");
        }
        assertThat(found).noneMatch(m -> m.canonical().equals("Democratic Party"));
    }

    @Test
    void aFaithsAdjectiveBeforeAPluralOpensNoNationalParty() {
        // "Christian" is listed with the nationalities; "Christian Democrats" names a movement (CrossNER: misc)
        String text = "Leaders of the Christian Democrats met in Bonn on Friday.";
        assertThat(run(text)).noneMatch(m -> m.range().slice(text).equals("Christian Democrats")
                && m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aCompanyShapedOneWordSpeakerIsACompany() {
        String text = "Kasikornbank said on Tuesday that lending rose in the third quarter. "
                + "KazMunayGas said output rose by four percent in May.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Kasikornbank").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "KazMunayGas")).isNotNull();
        assertThat(mention(found, text, "KazMunayGas").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void theShapeNeedsALongStemOrRealCamelCase() {
        assertThat(CompanyNames.companyShaped("Kasikornbank")).isTrue();
        assertThat(CompanyNames.companyShaped("Norvatel")).isTrue();
        assertThat(CompanyNames.companyShaped("PetroChina")).isTrue();
        assertThat(CompanyNames.companyShaped("KazMunayGas")).isTrue();
        // surnames and places with the endings or an inner capital
        for (String name : List.of("Patel", "Blair", "Eubank", "McCain", "MacArthur", "DeSantis", "LaGuardia", "OPEC")) {
            assertThat(CompanyNames.companyShaped(name)).as(name).isFalse();
        }
    }

    @Test
    void aSurnameOfTheArticleWithTheShapeStaysThePerson() {
        // "Fairbank" has the shape (a stem of four letters and "bank"); the article named the person in full first
        String text = "The report was written by Professor Ellen Fairbank of Leeds University. Fairbank said prices "
                + "would fall next year.";
        assertThat(CompanyNames.companyShaped("Fairbank")).isTrue();
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Fairbank")).toList())
                .singleElement().satisfies(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void aPartyNamedAsSuchIsAnOrganisationEverywhereInTheArticle() {
        String text = "The former minister launched his new party, Veritas, in March. Veritas won three seats in "
                + "the vote. In Lagos, a party called Tavora held its first rally. Tavora wants lower taxes. "
                + "Officials of the Ombara party met on Sunday, and Ombara said it would stand.";
        List<EntityMention> found = run(text);
        for (String party : List.of("Veritas", "Tavora", "Ombara")) {
            List<EntityMention> all = found.stream().filter(m -> m.range().slice(text).equals(party)).toList();
            assertThat(all).as(party).hasSize(2);
            assertThat(all).as(party).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        }
    }

    @Test
    void anAdjectiveBeforePartyNamesNoNewParty() {
        // "Democratic" is the kind of party, not its name; it must not become an organisation across the article
        String text = "Kofi Mensah, the Democratic party leader, spoke first. Democratic candidates won in Ohio.";
        assertThat(run(text)).noneMatch(m -> m.range().slice(text).equals("Democratic")
                && m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void theNationalPartysShortNameLaterInTheArticleIsTheSameParty() {
        String text = "The English Democrats won two seats on Thursday. The Democrats said they would stand again in May.";
        List<EntityMention> found = run(text);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Democrats")).singleElement()
                .satisfies(m -> assertThat(m.canonical()).isEqualTo("English Democrats"));
    }
}
