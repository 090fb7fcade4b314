package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations told apart by what the text says of them: words in capitals for emphasis are no
 * organisations, a company speaks of itself as "it", and a business word ends no person's name.
 * Sentences written for this test.
 */
class OrganisationEvidenceTest {

    @Test
    void anOrdinaryWordInCapitalsIsNoOrganisation() {
        String text = "We have NEVER been let down by this garage, and the staff were VERY quick. "
                + "Get your FREE quote today, the BEST deal in town. The WHO and NATO were not asked, "
                + "and the USDA said nothing.";
        List<EntityMention> found = run(text);
        assertThat(surfaces(found, text)).doesNotContain("NEVER", "VERY", "FREE", "BEST");
        // listed names and unlisted abbreviations in capitals are still organisations
        assertThat(surfaces(found, text)).contains("WHO", "NATO", "USDA");
    }

    @Test
    void aCompanyThatSpeaksOfItselfAsItIsAnOrganisationThroughoutTheArticle() {
        String text = "Varkelo said it would double its output this year. Shares in Varkelo rose 4 percent, and "
                + "analysts expect Varkelo to hire 300 workers.";
        List<EntityMention> found = run(text);
        List<EntityMention> varkelo = found.stream().filter(m -> m.range().slice(text).equals("Varkelo")).toList();
        assertThat(varkelo).isNotEmpty();
        assertThat(varkelo).allMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void aBusinessWordEndsNoPersonsName() {
        String text = "Marco Ferrante, chief executive of Dalvesi Cables, spoke on Monday. Dalvesi Cables has sales "
                + "of $2 billion, and Dalvesi plans to open a plant in Kenya.";
        List<EntityMention> found = run(text);
        EntityMention company = found.stream().filter(m -> m.range().slice(text).equals("Dalvesi Cables")).findFirst().orElse(null);
        assertThat(company).isNotNull();
        assertThat(company.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Marco Ferrante")).findFirst().orElseThrow().type())
                .isEqualTo(EntityType.PERSON);
    }

    @Test
    void aCompanySpeakingOfItselfAfterWhenItSaidSoIsAnOrganisation() {
        String text = "Petronas said on Tuesday its net profit rose 12 percent. Analysts had expected Petronas to "
                + "report a smaller gain.";
        List<EntityMention> found = run(text);
        List<EntityMention> petronas = found.stream().filter(m -> m.range().slice(text).equals("Petronas")).toList();
        assertThat(petronas).isNotEmpty();
        assertThat(petronas).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        // a person who said something about a third party stays a person
        String other = "Okonjo said on Monday the bank should cut its rates.";
        assertThat(run(other).stream().filter(m -> m.range().slice(other).equals("Okonjo")))
                .allMatch(m -> m.type() != EntityType.ORGANIZATION);
    }

    @Test
    void anEraBesideAYearIsNoName() {
        String text = "The Assyrian Empire fell in 609 BC, and the city was rebuilt in AD 79 (about 250-125 BCE "
                + "in other accounts).";
        List<String> found = surfaces(run(text), text);
        assertThat(found).doesNotContain("BC", "AD", "BCE");
        assertThat(found).contains("Assyrian Empire");
    }

    @Test
    void anUntaggedWordThatSpeaksOfItselfAsItOrWhoseSharesTradeIsACompany() {
        String text = "Korvanta said it would raise prices next month. Korvanta has 40 million customers. "
                + "Belmiro shares fell 3 percent in Nairobi.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Korvanta")))
                .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Belmiro")))
                .hasSize(1).allMatch(m -> m.type() == EntityType.ORGANIZATION);
        // ordinary words opening a sentence are not companies, nor the last word of a firm's longer name
        String other = "Police said it was investigating. Officials said its report was late. "
                + "Harwell & Tamsin shares rose.";
        assertThat(surfaces(run(other), other)).doesNotContain("Police", "Officials", "Tamsin");
    }

    @Test
    void aDescriptionBeforeAndIsNoPartOfTheNameAfterIt() {
        String text = "The Lebanese army and Hezbollah traded fire on Sunday. The Ministry of Industry and Trade "
                + "said nothing.";
        List<String> found = surfaces(run(text), text);
        assertThat(found).contains("Hezbollah", "Ministry of Industry and Trade");
        assertThat(found).noneMatch(f -> f.contains("army"));
    }

    @Test
    void aPartysAdjectiveAloneIsNoPerson() {
        // the linker's input as the model and the role rules may leave it: "Republican" cut from the person
        String[] tokens = {"Republican", "Tom", "Harkell", "beat", "Democrat", "Ana", "Velloso", "and", "Delmar", "."};
        String text = String.join(" ", tokens);
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        for (int i = 0, at = 0; i < tokens.length; at += tokens[i].length() + 1, i++) {
            starts[i] = at;
            ends[i] = at + tokens[i].length();
        }
        TokenizedText doc = new TokenizedText(text, List.<String[]>of(tokens), List.of(starts), List.of(ends));
        EntityModels models = EntityTestSupport.models();
        List<MentionDraft> mentions = new java.util.ArrayList<>(List.of(
                new MentionDraft(0, 0, 1, EntityTypes.PERSON, false), new MentionDraft(0, 1, 3, EntityTypes.PERSON, false),
                new MentionDraft(0, 4, 5, EntityTypes.PERSON, false), new MentionDraft(0, 5, 7, EntityTypes.PERSON, false),
                new MentionDraft(0, 8, 9, EntityTypes.PERSON, false)));
        new DocumentLinker(models.capitals(), models.gazetteer()).link(doc, mentions);
        assertThat(mentions).extracting(m -> Gazetteer.join(tokens, m.start, m.end))
                .containsExactly("Tom Harkell", "Ana Velloso", "Delmar");
    }

    @Test
    void aCommodityOrFinanceWordEndsNoPersonsName() {
        String text = "Traders expect Kavundi Copper to cut prices. Kavundi said output fell.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.range().slice(text).startsWith("Kavundi")))
                .hasSize(2).allMatch(m -> m.type() == EntityType.ORGANIZATION);
    }
}
