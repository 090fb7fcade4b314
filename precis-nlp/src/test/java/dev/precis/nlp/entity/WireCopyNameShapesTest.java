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
 * Shapes of wire copy from outlets outside Europe and America (issue 14, thirteenth round): the agency in a
 * dateline's brackets, a person after an organisation and a role, names opening with "People's", an outlet
 * that "reported", a listed organisation opening a sentence, a club with a coach, a surname the model read
 * as the company named after its owner. Sentences written for this test; the names are made up unless a
 * listed one is the point.
 */
class WireCopyNameShapesTest {

    @Test
    void theAgencyInADatelinesBracketsIsAnOrganisation() {
        String text = "KANDORA, May 3 (ZNA) - The ministry said on Thursday that the road would reopen. "
                + "TALVERA (Kestrel Wire) -- Police said two men were held.";
        List<EntityMention> found = run(text);
        assertThat(mention(found, text, "ZNA").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(found, text, "Kestrel Wire").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aBracketedWordInADatelineThatIsNoNameIsNoAgency() {
        String text = "KANDORA, May 3 (Updated) - The ministry said on Thursday that the road would reopen.";
        assertThat(surfaces(run(text), text)).doesNotContain("Updated");
        // brackets later in a sentence that opens with no dateline are the acronym rules' business, not this one's
        String plain = "The talks (Monday) - officials said - went well.";
        assertThat(surfaces(run(plain), plain)).doesNotContain("Monday");
    }

    @Test
    void aNameAfterAnOrganisationAndARoleIsThePersonHoldingIt() {
        // as the model may leave it: "Zelora Party" and "Amani" organisations, "Kiprotich" a person
        String[] tokens = {"Zelora", "Party", "chief", "Amani", "Kiprotich", "attended", "."};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 0, 2, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 3, 4, EntityTypes.ORGANIZATION, false), new MentionDraft(0, 4, 5, EntityTypes.PERSON, false)));
        new ListAndRulePass(EntityTestSupport.models().gazetteer()).apply(tokens, mentions, 0);
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.start).isEqualTo(3);
            assertThat(m.end).isEqualTo(5);
            assertThat(m.type).isEqualTo(EntityTypes.PERSON);
        });
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.start).isEqualTo(0);
            assertThat(m.type).isEqualTo(EntityTypes.ORGANIZATION);
        });
    }

    @Test
    void anOrganisationsOwnWordsAfterARoleStayAnOrganisation() {
        String[] tokens = {"Zelora", "Party", "member", "Youth", "League", "objected", "."};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 0, 2, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 3, 5, EntityTypes.ORGANIZATION, false)));
        new DatelineAndRoleShapes(EntityTestSupport.models().gazetteer()).personAfterRole(tokens, mentions);
        assertThat(mentions).allSatisfy(m -> assertThat(m.type).isEqualTo(EntityTypes.ORGANIZATION));
    }

    @Test
    void peoplesAndWorkersOpenTheNameAfterThem() {
        String[] tokens = {"The", "People", "'s", "Bank", "of", "Zelora", "and", "the", "Workers", "'", "Party", "of",
                "Zelora", "met", "."};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 3, 6, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 10, 13, EntityTypes.ORGANIZATION, false)));
        new DatelineAndRoleShapes(EntityTestSupport.models().gazetteer()).possessivePluralOpeners(tokens, mentions);
        assertThat(mentions.get(0).start).isEqualTo(1);
        assertThat(mentions.get(1).start).isEqualTo(8);
        String text = "The People's Bank of Zelora cut its main rate on Tuesday.";
        assertThat(surfaces(run(text), text)).contains("People's Bank of Zelora");
    }

    @Test
    void aListedNameWithAPossessiveMatchesTheTokenizersSplit() {
        Gazetteer g = EntityTestSupport.models().gazetteer();
        assertThat(g.lookup(new String[] {"People", "'s", "Daily"}, 0, 3)).isNotNull()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Gazetteer.Kind.ORGANIZATION));
    }

    @Test
    void oneWordThatReportedIsAnOutletUnlessItIsAPersonsSurname() {
        String text = "Floods displaced 3,000 families in the north, Mwangaza reported on Sunday.";
        assertThat(mention(run(text), text, "Mwangaza").type()).isEqualTo(EntityType.ORGANIZATION);
        String person = "Reporter Joseph Kilonzo visited the camps. Kilonzo reported that food was short.";
        List<EntityMention> found = run(person);
        assertThat(found).filteredOn(m -> person.substring(m.range().start(), m.range().end()).equals("Kilonzo"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void aListedOrganisationOpeningASentenceIsTakenUnlessTheArticleNamesAPersonSo() {
        String text = "Hezbollah said it fired rockets at positions near the border.";
        assertThat(mention(run(text), text, "Hezbollah").type()).isEqualTo(EntityType.ORGANIZATION);
        String person = "The conductor Richard Wagner arrived in the town. Wagner said the hall was cold.";
        List<EntityMention> found = run(person);
        assertThat(found).filteredOn(m -> person.substring(m.range().start(), m.range().end()).equals("Wagner"))
                .noneSatisfy(m -> assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void aNameWithACoachIsAClub() {
        String[] tokens = {"Zalori", "coach", "Amos", "Otieno", "praised", "his", "players", "."};
        String text = String.join(" ", tokens);
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        for (int i = 0, at = 0; i < tokens.length; at += tokens[i].length() + 1, i++) {
            starts[i] = at;
            ends[i] = at + tokens[i].length();
        }
        TokenizedText doc = new TokenizedText(text, List.<String[]>of(tokens), List.of(starts), List.of(ends));
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 0, 1, EntityTypes.PERSON, false),
                new MentionDraft(0, 2, 4, EntityTypes.PERSON, false)));
        new DocumentLinker(EntityTestSupport.models().capitals(), EntityTestSupport.models().gazetteer()).link(doc, mentions);
        assertThat(mentions.get(0).type).isEqualTo(EntityTypes.ORGANIZATION);
        assertThat(mentions.get(1).type).isEqualTo(EntityTypes.PERSON); // the coach himself
    }

    @Test
    void anOrganisationsWordRightAfterAGivenNameIsTheSurname() {
        String[] tokens = {"Aliko", "Zamberi", "told", "reporters", "the", "plant", "would", "expand", "."};
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 0, 1, EntityTypes.PERSON, false),
                new MentionDraft(0, 1, 2, EntityTypes.ORGANIZATION, false)));
        new ListAndRulePass(EntityTestSupport.models().gazetteer()).apply(tokens, mentions, 0);
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.start).isZero();
            assertThat(m.end).isEqualTo(2);
            assertThat(m.type).isEqualTo(EntityTypes.PERSON);
        });
        // a company's word after it is no surname: no person comes out of "Aliko Group"
        String[] company = {"Aliko", "Group", "shares", "rose", "."};
        List<MentionDraft> other = new ArrayList<>(List.of(new MentionDraft(0, 0, 1, EntityTypes.PERSON, false),
                new MentionDraft(0, 1, 2, EntityTypes.ORGANIZATION, false)));
        new ListAndRulePass(EntityTestSupport.models().gazetteer()).apply(company, other, 0);
        assertThat(other).noneSatisfy(m -> assertThat(m.type).isEqualTo(EntityTypes.PERSON));
    }

    @Test
    void aTitleCaseHeadlineKeepsOnlyTheNamesTheArticleOrTheListGives() {
        String text = "Zelora Shilling Weakens As Importers Seek Dollars\n\nKANDORA - The Zelora shilling weakened on "
                + "Monday as importers bought dollars, traders in Kandora said.";
        List<String> found = surfaces(run(text), text);
        assertThat(found).noneMatch(s -> s.contains("Weakens") || s.contains("Importers") || s.contains("Shilling"));
        TitleCaseHeadlines h = new TitleCaseHeadlines(EntityTestSupport.models().gazetteer());
        assertThat(h.titleCase(new String[] {"Zelora", "Shilling", "Weakens", "As", "Importers", "Seek", "Dollars"})).isTrue();
        // a sentence, a results line and a line in capitals are no title-case headline
        assertThat(h.titleCase(new String[] {"The", "Zelora", "shilling", "weakened", "on", "Monday", "."})).isFalse();
        assertThat(h.titleCase(new String[] {"Alba", "(", "Germany", ")", "75", "Red", "Star", "70"})).isFalse();
        assertThat(h.titleCase(new String[] {"ZELORA", "SHILLING", "WEAKENS", "AS", "IMPORTERS", "SEEK", "DOLLARS"})).isFalse();
    }
}
