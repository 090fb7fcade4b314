package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.mention;
import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of names in newswire from outside Europe and America (issue 14, twelfth round): a one-word company
 * reporting results, a club's acronym and nickname, a royal title before a given name, institution names
 * whose head comes first, and a capital city that is a place rather than its government. Sentences written
 * for this test; the names in them are made up or common.
 */
class NewswireNameShapesTest {

    @Test
    void aOneWordSpeakerReportingResultsIsACompany() {
        String text = "Zantelcom said on Monday that revenue rose 12 percent in the year to March. "
                + "Petrokaz reported a 15 percent rise in first-half net profit.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Zantelcom").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Petrokaz").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aModelsOneWordPersonReportingResultsBecomesACompanyButAnAnalystsSurnameStaysAPerson() {
        // the linker's input as the model may leave it: both one-word names tagged as persons
        String[] tokens = {"Analyst", "Ruth", "Wanjiku", "said", "profits", "would", "fall", ".",
                "Kalmoro", "posted", "a", "rise", "in", "net", "profit", ".", "Wanjiku", "said", "sales", "slowed", "."};
        String text = String.join(" ", tokens);
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        for (int i = 0, at = 0; i < tokens.length; at += tokens[i].length() + 1, i++) {
            starts[i] = at;
            ends[i] = at + tokens[i].length();
        }
        // one sentence per full stop
        List<String[]> sentences = List.of(java.util.Arrays.copyOfRange(tokens, 0, 8),
                java.util.Arrays.copyOfRange(tokens, 8, 16), java.util.Arrays.copyOfRange(tokens, 16, 21));
        List<int[]> s = List.of(java.util.Arrays.copyOfRange(starts, 0, 8), java.util.Arrays.copyOfRange(starts, 8, 16),
                java.util.Arrays.copyOfRange(starts, 16, 21));
        List<int[]> e = List.of(java.util.Arrays.copyOfRange(ends, 0, 8), java.util.Arrays.copyOfRange(ends, 8, 16),
                java.util.Arrays.copyOfRange(ends, 16, 21));
        TokenizedText doc = new TokenizedText(text, sentences, s, e);
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 1, 3, EntityTypes.PERSON, false),
                new MentionDraft(1, 0, 1, EntityTypes.PERSON, false), new MentionDraft(2, 0, 1, EntityTypes.PERSON, false)));
        new DocumentLinker(EntityTestSupport.models().capitals(), EntityTestSupport.models().gazetteer()).link(doc, mentions);
        assertThat(mentions).filteredOn(m -> m.sentence == 1).singleElement()
                .satisfies(m -> assertThat(m.type).isEqualTo(EntityTypes.ORGANIZATION));
        assertThat(mentions).filteredOn(m -> m.sentence == 2).singleElement()
                .satisfies(m -> assertThat(m.type).isEqualTo(EntityTypes.PERSON));
    }

    @Test
    void aNameWhoseSharesMoveIsACompanyButAPersonWhoSharesIsNot() {
        String text = "Ecobank Transnational shares rose 3 percent on Friday. Ruth Wanjiku shares her story in a new book.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Ecobank Transnational").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Ruth Wanjiku").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aClubsAcronymAndNicknameAreOneName() {
        String text = "Gor Mahia beat AFC Leopards 2-1 in the derby on Sunday.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "AFC Leopards").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(found, text)).doesNotContain("AFC");
    }

    @Test
    void aRoyalTitleBeforeAGivenNameIsAPerson() {
        String text = "Crown Princess Victoria opened the new hospital in Stockholm on Tuesday.";
        List<EntityMention> found = run(text);
        EntityMention victoria = mention(found, text, "Victoria");
        assertThat(victoria.type()).isEqualTo(EntityType.PERSON);
        assertThat(found).noneMatch(m -> m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void anInstitutionWhoseHeadComesFirstIsOneOrganisation() {
        String text = "Researchers at Universiti Teknologi Malaysia and Universidad Nacional de Colombia built the sensor.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "Universiti Teknologi Malaysia").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Universidad Nacional de Colombia").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(surfaces(found, text)).doesNotContain("Malaysia", "Colombia", "Universiti");
    }

    @Test
    void aCapitalIsItsGovernmentOnlyWhenItActs() {
        String text = "Islamabad's streets were empty on Sunday. Talks in Islamabad were delayed. "
                + "Islamabad is a city of two million people. Islamabad has rejected the claims.";
        List<EntityMention> found = run(text);
        List<EntityMention> islamabad = found.stream().filter(m -> m.range().slice(text).equals("Islamabad")).toList();
        assertThat(islamabad).hasSize(4).allMatch(m -> m.type() == EntityType.LOCATION);
        assertThat(islamabad).extracting(EntityMention::canonical)
                .containsExactly("Islamabad", "Islamabad", "Islamabad", "Pakistan");
    }
}
