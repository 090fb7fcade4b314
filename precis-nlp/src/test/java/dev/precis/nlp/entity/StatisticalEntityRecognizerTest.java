package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatisticalEntityRecognizerTest {

    private static final String STORY = "The Kremlin said on Monday that Russian President Vladimir Putin would "
            + "meet Chancellor Olaf Scholz in Berlin. Putin told reporters that Moscow expected results. The "
            + "Organization for Security and Co-operation in Europe (OSCE) will meet in Vienna. The OSCE said "
            + "its chairman, Deputy Foreign Minister Maria Kovacs, agreed. Officials in Washington declined "
            + "to comment, while the EU and the U.S. issued a statement.";

    @Test
    void linksSurnamesToTheFullNameAndKeepsTheTitle() {
        List<EntityMention> found = run(STORY);
        EntityMention putin = found.stream().filter(m -> m.range().slice(STORY).equals("Putin")
                && m.range().start() > STORY.indexOf("Berlin")).findFirst().orElseThrow();
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.canonical()).isEqualTo("Vladimir Putin");
        assertThat(putin.title()).isEqualTo("Russian President");
        EntityMention kovacs = mention(found, STORY, "Maria Kovacs");
        assertThat(kovacs).isNotNull();
        assertThat(kovacs.title()).isEqualTo("Deputy Foreign Minister");
    }

    @Test
    void expandsAcronymsAndShortForms() {
        List<EntityMention> found = run(STORY);
        EntityMention osce = found.stream().filter(m -> m.range().slice(STORY).equals("OSCE")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(osce.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(osce.canonical()).isEqualTo("Organization for Security and Co-operation in Europe");
        assertThat(mention(found, STORY, "EU").canonical()).isEqualTo("European Union");
        assertThat(mention(found, STORY, "U.S.").canonical()).isEqualTo("United States");
        assertThat(mention(found, STORY, "Berlin").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aCapitalThatActsStandsForItsCountry() {
        List<EntityMention> found = run(STORY);
        assertThat(mention(found, STORY, "Moscow").canonical()).isEqualTo("Russia");
        assertThat(mention(found, STORY, "Berlin").canonical()).isEqualTo("Berlin");
    }

    @Test
    void emptyAndWhitespaceTextGiveNothing() {
        assertThat(run("")).isEmpty();
        assertThat(run("   \n\n  ")).isEmpty();
    }

    @Test
    void textWithoutCapitalsGivesNoNames() {
        String text = "the minister said on monday that talks would resume in two weeks. nobody knows why.";
        assertThat(run(text)).isEmpty();
    }

    @Test
    void allCapsTextStillFindsListedNamesWithinTheText() {
        String text = STORY.toUpperCase(Locale.ROOT);
        List<EntityMention> found = run(text);
        assertThat(found).allSatisfy(m -> assertThat(m.range().fitsIn(text.length())).isTrue());
        assertThat(found).anyMatch(m -> m.range().slice(text).equals("BERLIN") && m.type() == EntityType.LOCATION);
    }

    @Test
    void aLongSingleParagraphIsHandled() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 300_000) {
            sb.append(STORY.replace(". ", ", ")).append(' ');
        }
        String text = sb.toString();
        List<EntityMention> found = run(text);
        assertThat(found).isNotEmpty();
        assertOrderedAndInside(found, text);
    }

    @Test
    void randomInputKeepsRangesInsideAndOrdered() {
        Random random = new Random(42);
        String alphabet = "abcXYZ .,;:'\"“”‘’()[]-–—\n\t0123456789ÄéßPutinBerlin";
        for (int round = 0; round < 100; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(5) == 0 ? " Putin " : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String text = sb.toString();
            assertOrderedAndInside(run(text), text);
        }
    }

    private static void assertOrderedAndInside(List<EntityMention> found, String text) {
        int lastEnd = 0;
        for (EntityMention m : found) {
            assertThat(m.range().fitsIn(text.length())).isTrue();
            assertThat(m.range().isEmpty()).isFalse();
            assertThat(m.range().start()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(m.canonical()).isNotBlank();
            lastEnd = m.range().end();
        }
    }

    @Test
    void organisationsByTheirShapeAndByTheNounThatDescribesThem() {
        String text = "Officials at the Ministry of Petroleum and Natural Resources met the Oil and Gas Regulatory "
                + "Authority on Monday. Shares of Varnel Controls Inc and Tobrin Corp rose. Telecoms operator "
                + "Zelvacom said the state news agency Quorra had erred, and the ruling party Zanu-PF agreed. The "
                + "Vantoria newspaper said so too.";
        List<EntityMention> found = run(text);
        for (String org : List.of("Ministry of Petroleum and Natural Resources", "Oil and Gas Regulatory Authority",
                "Varnel Controls Inc", "Tobrin Corp", "Zelvacom", "Quorra", "Zanu-PF", "Vantoria")) {
            EntityMention m = mention(found, text, org);
            assertThat(m).as(org).isNotNull();
            assertThat(m.type()).as(org).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void aPersonNamedAfterAnOrganisationWordIsNoPartOfIt() {
        String text = "\"Rates will fall,\" said economist Dara Velk of Marrow Banks Inc. in Tallow. "
                + "Party leader Imran Khan spoke to the group.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Marrow Banks Inc.")).isNotNull();
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("Velk of"));
        assertThat(mention(found, text, "Imran Khan").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aOneWordNameSpokenOfAsACompanyIsAnOrganisationThroughout() {
        String text = "Dravko will cut 300 jobs, Dravko said on Monday. Shares of Dravko fell 4 percent after "
                + "the news, and Dravko 's board met in Tallow. Ana Petrova, its chief executive, said Petrova "
                + "would stay.";
        List<EntityMention> found = run(text);
        List<EntityMention> dravko = found.stream().filter(m -> m.range().slice(text).equals("Dravko")).toList();
        assertThat(dravko).isNotEmpty().allMatch(m -> m.type() == EntityType.ORGANIZATION);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Petrova"))
                .allMatch(m -> m.type() == EntityType.PERSON);
    }

    @Test
    void aCapitalisedPronounOpeningAQuoteIsNoName() {
        String text = "“We will not back down,” the union said. “They cannot ignore us,” Amina Yusuf told reporters.";
        List<EntityMention> found = run(text);
        assertThat(found).noneMatch(m -> m.range().slice(text).equals("We") || m.range().slice(text).equals("They"));
        assertThat(mention(found, text, "Amina Yusuf")).isNotNull();
    }

    @Test
    void anAbbreviatedCompanySuffixKeepsItsFullStop() {
        String text = "Kestrel Electronics Co. posted its first quarterly loss on Thursday, and Marlow Freight Corp. agreed.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Kestrel Electronics Co.")).isNotNull()
                .extracting(EntityMention::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Marlow Freight Corp.")).isNotNull();
    }

    @Test
    void aCompanyNamedInFullOnceIsTheSameCompanyAlone() {
        String text = "Adeyemi Holdings agreed to buy a cement plant in Kano. Adeyemi will pay in cash, and analysts "
                + "said Adeyemi had the funds.";
        List<EntityMention> found = run(text);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Adeyemi"))
                .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aCompanySuffixEndsNoPersonsName() {
        String text = "Rossi SpA reported a profit for the half year.";
        assertThat(mention(run(text), text, "Rossi SpA")).isNotNull()
                .extracting(EntityMention::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aTownNamedAsAClubOnceIsTheClubThroughoutButACountryStaysAPlace() {
        String text = "Rain stopped play at the ground. Lancashire captain Tom Hale made 80 before Lancashire closed "
                + "on 301. Kenya coach Ali Musa said Kenya would bat first on Monday.";
        List<EntityMention> found = run(text);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Lancashire"))
                .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Kenya"))
                .isNotEmpty().allMatch(m -> m.type() == EntityType.LOCATION);
    }

    private static void assertType(List<EntityMention> found, String text, String surface, EntityType type) {
        EntityMention m = mention(found, text, surface);
        assertThat(m).as(surface).isNotNull();
        assertThat(m.type()).as(surface).isEqualTo(type);
    }

    @Test
    void aDatelineIsCutOffTheNameAfterItsDash() {
        String text = "JOHANNESBURG - The Ubuntu Workers Congress said on Monday it would strike.\n\n"
                + "LAGOS -- The Nigerian Federation of Traders agreed.";
        List<EntityMention> found = run(text);
        assertType(found, text, "JOHANNESBURG", EntityType.LOCATION);
        assertType(found, text, "Ubuntu Workers Congress", EntityType.ORGANIZATION);
        assertType(found, text, "LAGOS", EntityType.LOCATION);
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("-"));
    }

    @Test
    void aHyphenatedAbbreviationIsAPartyNotAPerson() {
        String text = "Zanu-PF spokesman Tendai Moyo said Zanu-PF had won 136 seats, and the PML-N agreed.";
        List<EntityMention> found = run(text);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Zanu-PF"))
                .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        assertType(found, text, "Tendai Moyo", EntityType.PERSON);
    }

    @Test
    void aNameEndingInItsCountryIsACompanyUnlessItIsARegionOfIt() {
        String text = "Shares rose on Bursa Malaysia on Tuesday. Bursa Malaysia said volumes doubled, and Velora "
                + "Malaysia bought a stake. Rubber prices in Peninsular Malaysia held steady.";
        List<EntityMention> found = run(text);
        assertThat(found).filteredOn(m -> m.range().slice(text).equals("Bursa Malaysia"))
                .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        assertType(found, text, "Velora Malaysia", EntityType.ORGANIZATION);
        assertType(found, text, "Peninsular Malaysia", EntityType.LOCATION);
    }

    @Test
    void companiesKeepTheirSuffixesAndStayApart() {
        String text = "Shares in Petronas and Sime Darby Bhd rose, while Dralo Holdings JSC and Kemba Tbk fell. "
                + "Marvo Electronics said its chairman would resign.";
        List<EntityMention> found = run(text);
        assertType(found, text, "Petronas", EntityType.ORGANIZATION);
        assertType(found, text, "Sime Darby Bhd", EntityType.ORGANIZATION);
        assertType(found, text, "Dralo Holdings JSC", EntityType.ORGANIZATION);
        assertType(found, text, "Kemba Tbk", EntityType.ORGANIZATION);
        assertType(found, text, "Marvo Electronics", EntityType.ORGANIZATION);
    }

    @Test
    void aCompanySuffixWrittenWithFullStopsMakesAnOrganisation() {
        String text = "The miner, Daluva S.A., said output fell, and Kerstens N.V. cut its forecast.";
        List<EntityMention> found = run(text);
        assertType(found, text, "Daluva S.A.", EntityType.ORGANIZATION);
        assertType(found, text, "Kerstens N.V.", EntityType.ORGANIZATION);
    }

    @Test
    void theFirstWordOfATwoWordTitleIsNoOrganisation() {
        String text = "Crown Prince Mohammed bin Salman met the envoy on Sunday.";
        List<EntityMention> found = run(text);
        assertType(found, text, "Mohammed bin Salman", EntityType.PERSON);
        assertThat(found).noneMatch(m -> m.range().slice(text).startsWith("Crown"));
    }

    @Test
    void newsAgenciesQuotedAsSourcesAreOrganisations() {
        String text = "KUNA said the border crossing had reopened. The ministry denied the report, Tanjug said, "
                + "and Bernama quoted the minister.";
        List<EntityMention> found = run(text);
        assertType(found, text, "KUNA", EntityType.ORGANIZATION);
        assertType(found, text, "Tanjug", EntityType.ORGANIZATION);
        assertType(found, text, "Bernama", EntityType.ORGANIZATION);
    }

    @Test
    void aMinistryIsNoOtherCountrysUnlessTheArticleSaysSo() {
        String alone = "The Foreign Ministry in Abuja said observers would be sent.";
        EntityMention ministry = mention(run(alone), alone, "Foreign Ministry");
        assertThat(ministry).isNotNull();
        assertThat(ministry.canonical()).isEqualTo("Foreign Ministry");
        String named = "The Kenyan Foreign Ministry summoned the envoy. The Foreign Ministry said talks would resume.";
        List<EntityMention> found = run(named);
        // both mentions: the nationality is cut from the first one's span (NameSpanEdgesTest), not its canonical name
        assertThat(found).filteredOn(m -> m.range().slice(named).equals("Foreign Ministry"))
                .hasSize(2).extracting(EntityMention::canonical).containsOnly("Kenyan Foreign Ministry");
    }

    @Test
    void anHonorificOpensAPersonsNameAndIsNoPartOfIt() {
        String text = "The plan was approved, said its president Datuk Seri Amran Talib. Alhaji Musa Bello agreed.";
        List<EntityMention> found = run(text);
        assertType(found, text, "Amran Talib", EntityType.PERSON);
        assertType(found, text, "Musa Bello", EntityType.PERSON);
        assertThat(found).noneMatch(m -> m.range().slice(text).startsWith("Datuk") || m.range().slice(text).startsWith("Seri"));
    }

    @Test
    void aNameBeforeNewsAgencyIsAnOrganisationAndAPortfolioIsNone() {
        String text = "The tanker was seized, the Varsa news agency reported. Union Finance Minister Rekha Pillai "
                + "said the Democratic party would object.";
        List<EntityMention> found = run(text);
        assertType(found, text, "Varsa", EntityType.ORGANIZATION);
        assertType(found, text, "Rekha Pillai", EntityType.PERSON);
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("Finance"));
        assertThat(found).noneMatch(m -> m.range().slice(text).equals("Democratic") && m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aDatelineWithItsCountryIsCutOffToo() {
        String text = "ACCRA, Ghana - The Coastal Farmers Union said prices would rise.";
        List<EntityMention> found = run(text);
        assertType(found, text, "Coastal Farmers Union", EntityType.ORGANIZATION);
        assertThat(found).noneMatch(m -> m.range().slice(text).contains("-"));
    }
}
