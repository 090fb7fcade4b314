package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names42: a seat named after two towns is a place, a lone plural title is no person, and a plural role
 * noun with "of"/"for" is cut from the front of a body the document names alone. Sentences written for this test.
 */
class PluralsAndPlacePairsTest {

    private static List<String> typed(TokenizedText doc, MentionDraft... drafts) {
        List<MentionDraft> mentions = new ArrayList<>(List.of(drafts));
        NameTypeCues.apply(doc, mentions, EntityTestSupport.models().gazetteer());
        return mentions.stream().map(m -> Gazetteer.join(doc.sentence(m.sentence), m.start, m.end) + "/" + m.type)
                .toList();
    }

    @Test
    void twoTownsJoinedByAnAmpersandAreAPlaceAndTwoSurnamesACompany() {
        TokenizedText doc = sentence("She", "won", "Barnsley", "&", "Hove", "for", "Fenwick", "&", "Gorrow", "staff");
        assertThat(typed(doc, new MentionDraft(0, 2, 5, EntityTypes.PERSON, false),
                new MentionDraft(0, 6, 9, EntityTypes.PERSON, false)))
                .containsExactly("Barnsley & Hove/location", "Fenwick & Gorrow/organization");
    }

    @Test
    void aLonePluralTitleIsNoPerson() {
        TokenizedText doc = sentence("Peers", "in", "the", "Lords", "and", "the", "Law", "Lords", "disagreed", ",",
                "and", "Ministers", "said", "the", "Commons", "would", "vote");
        assertThat(typed(doc, new MentionDraft(0, 3, 4, EntityTypes.PERSON, false),
                new MentionDraft(0, 7, 8, EntityTypes.PERSON, false),
                new MentionDraft(0, 11, 12, EntityTypes.PERSON, false),
                new MentionDraft(0, 14, 15, EntityTypes.PERSON, false)))
                .containsExactly("Lords/organization", "Law Lords/organization", "Commons/organization");
    }

    @Test
    void aPluralRoleNounIsCutFromTheFrontOfABodyNamedAlone() {
        TokenizedText doc = sentence("Bosses", "of", "Nordwerk", "Boerse", "met", "Unions", "for", "Nordwerk",
                "Boerse", "and", "Friends", "of", "Tarnow", "Forest", "at", "Nordwerk", "Boerse");
        assertThat(typed(doc, new MentionDraft(0, 0, 4, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 5, 9, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 10, 14, EntityTypes.ORGANIZATION, false),
                new MentionDraft(0, 15, 17, EntityTypes.ORGANIZATION, false)))
                .containsExactly("Nordwerk Boerse/organization", "Nordwerk Boerse/organization",
                        "Friends of Tarnow Forest/organization", "Nordwerk Boerse/organization");
    }
}
