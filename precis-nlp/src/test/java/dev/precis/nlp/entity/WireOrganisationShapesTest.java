package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.assertNames;
import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations in wire copy from outside Europe and North America (names56): Spanish and French names with the
 * head first ({@link RomanceOpenerNames}), a body before its officer's title and name ({@link
 * OrganisationPersonSplit}), a company's short name in a market report ({@link ShortCompanyNames}), a name given
 * after "known as" ({@link AliasNames}), two bodies joined by "and" ({@link CoordinatedNames}), units glued by "&"
 * ({@link AmpersandFirms}), a panel's remit after "on" ({@link LinkedBodyHeads}), a chamber's portfolio and a plural
 * item ({@link PortfolioNames}), "of the North" ({@link OrganisationNameEnds}) and a listed "al-…" name ({@link
 * MissedNames}). Sentences and names written
 * for this test; each positive case was cut, run on or mistyped by main's jar, the others are guards.
 */
class WireOrganisationShapesTest {

    @Test
    void romanceHeadsOpenABodysName() {
        assertNames("Workers at Empresa Nacional de Aguas went on strike on Monday.", EntityType.ORGANIZATION,
                "Empresa Nacional de Aguas");
        assertNames("The Movimiento al Cambio Popular won the runoff, officials said.", EntityType.ORGANIZATION,
                "Movimiento al Cambio Popular");
        assertNames("The Front de Salut Populaire lost its majority in the assembly.", EntityType.ORGANIZATION,
                "Front de Salut Populaire");
    }

    @Test
    void anEnglishWordIsAFrenchHeadOnlyBeforeAFrenchParticle() {
        String text = "Union Minister Amit Rao said the plan was ready.";
        assertNames(text, EntityType.PERSON, "Amit Rao");
        assertThat(mention(run(text), text, "Union Minister Amit Rao")).isNull();
    }

    @Test
    void aTitleAndANameAfterABodyAreItsOfficer() {
        String text = "Department of Rural Roads Secretary Ana Lucero said the bridge would open.";
        assertNames(text, EntityType.ORGANIZATION, "Department of Rural Roads");
        assertNames(text, EntityType.PERSON, "Ana Lucero");
        String bank = "National Bank of Tarvia Governor Amina Bello said inflation would ease.";
        assertNames(bank, EntityType.ORGANIZATION, "National Bank of Tarvia");
        assertNames(bank, EntityType.PERSON, "Amina Bello");
        String office = "Office of the Attorney General Maria Santos filed the case on Friday.";
        assertNames(office, EntityType.ORGANIZATION, "Office of the Attorney General");
        assertNames(office, EntityType.PERSON, "Maria Santos");
    }

    @Test
    void aCompanysShortNameInAMarketReportIsTheCompany() {
        assertNames("Tembo Holdings Bhd posted a record loss. Shares of Tembo fell 2 percent in early trade.",
                EntityType.ORGANIZATION, "Tembo Holdings Bhd", "Tembo");
    }

    @Test
    void aNameGivenAfterKnownAsIsTheBodysEverywhere() {
        String text = "Compania Minera del Sur, known as Minsur, said output fell. Minsur will cut 300 jobs.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Minsur")).map(EntityMention::type))
                .containsExactly(EntityType.ORGANIZATION, EntityType.ORGANIZATION);
    }

    @Test
    void twoWholeNamesJoinedByAndAreTwoBodies() {
        assertNames("The prize was shared by the Kalvan Geographical Society and Royal Society of Engineers.",
                EntityType.ORGANIZATION, "Kalvan Geographical Society", "Royal Society of Engineers");
    }

    @Test
    void initialsGluedByAmpersandEndTheGroupsName() {
        assertNames("Samsung C&T won the bridge contract on Tuesday.", EntityType.ORGANIZATION, "Samsung C&T");
        String guard = "Samsung R&D spending rose again this year.";
        EntityMention m = mention(run(guard), guard, "Samsung R&D");
        assertThat(m).isNull();
    }

    @Test
    void aPanelsRemitAfterOnIsPartOfItsName() {
        assertNames("The Presidential Task Force on Power met investors in the capital.", EntityType.ORGANIZATION,
                "Presidential Task Force on Power");
    }

    @Test
    void aChamberAndAPluralItemCloseAPortfolioList() {
        assertNames("The Darsona Chamber of Trade, Industry and Agriculture welcomed the tax cut.",
                EntityType.ORGANIZATION, "Darsona Chamber of Trade, Industry and Agriculture");
        assertNames("The Kalvan Ministry of Trade, Industry and Cooperatives issued new rules.",
                EntityType.ORGANIZATION, "Kalvan Ministry of Trade, Industry and Cooperatives");
    }

    @Test
    void aBodyOfAQuarterTakesTheQuarterIn() {
        assertNames("The Popular Army of the North released a video of the hostages.", EntityType.ORGANIZATION,
                "Popular Army of the North");
        String guard = "The Popular Army of the North Kalvan region released a video.";
        assertThat(mention(run(guard), guard, "Popular Army of the North")).isNull();
    }

    @Test
    void aListedNameOpenedByTheArabicArticleInLowerCaseIsFound() {
        assertNames("Officials said the cell was linked to al-Qaeda and had planned attacks.",
                EntityType.ORGANIZATION, "al-Qaeda");
    }
}
