package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void rolesBeforeANameAreCutAndGroupWordsAreNoPeople() {
        TokenizedText doc = sentence("Home", "Secretary", "Charles", "Clarke", "told", "MPs", "that", "Crown", "Prince",
                "Mohammed", "bin", "Salman", "agreed", "with", "Martin", "Luther", "King", "Jr");
        List<MentionDraft> mentions = new ArrayList<>(List.of(
                new MentionDraft(0, 0, 4, EntityTypes.PERSON, false),
                new MentionDraft(0, 5, 6, EntityTypes.PERSON, false),
                new MentionDraft(0, 7, 12, EntityTypes.PERSON, false),
                new MentionDraft(0, 14, 18, EntityTypes.PERSON, false)));
        PersonNames.clean(doc, mentions);
        assertThat(mentions).extracting(m -> Gazetteer.join(doc.sentence(0), m.start, m.end))
                .containsExactly("Charles Clarke", "Mohammed bin Salman", "Martin Luther King Jr");
    }

    @Test
    void oneSpellingPerPersonInADocument() {
        MentionDraft first = new MentionDraft(0, 0, 2, EntityTypes.PERSON, false);
        first.canonical = "Sergey Lavrov";
        MentionDraft second = new MentionDraft(1, 0, 2, EntityTypes.PERSON, false);
        second.canonical = "Sergei Lavrov";
        MentionDraft other = new MentionDraft(2, 0, 2, EntityTypes.PERSON, false);
        other.canonical = "Sergei Larin";
        PersonNames.unifySpellings(List.of(first, second, other));
        assertThat(second.canonical).isEqualTo("Sergey Lavrov");
        assertThat(other.canonical).isEqualTo("Sergei Larin");
    }

    @Test
    void twoFormsInOneSentenceAreTwoPeopleInTheDocument() {
        // names41: "Presidents Harold K Benton and Harold Benton met. Harold Benton spoke first."
        MentionDraft son = person(0, 1, 4, "Harold K Benton");
        MentionDraft father = person(0, 5, 7, "Harold Benton");
        MentionDraft later = person(1, 0, 2, "Harold Benton");
        PersonNames.unifySpellings(List.of(son, father, later));
        assertThat(father.canonical).isEqualTo("Harold Benton");
        assertThat(later.canonical).isEqualTo("Harold Benton");
        // in sentences of their own, the initial may be left out: one person
        MentionDraft full = person(0, 0, 3, "Harold K Benton");
        MentionDraft shorter = person(1, 0, 2, "Harold Benton");
        PersonNames.unifySpellings(List.of(full, shorter));
        assertThat(shorter.canonical).isEqualTo("Harold K Benton");
    }

    private static MentionDraft person(int sentence, int start, int end, String canonical) {
        MentionDraft m = new MentionDraft(sentence, start, end, EntityTypes.PERSON, false);
        m.canonical = canonical;
        return m;
    }

    @Test
    void recognizerSplitsThePossessiveOfNamesEndingInS() {
        StatisticalEntityRecognizer ner = EntityTestSupport.recognizer();
        String text = "The Department for Constitutional Affairs' report reached Charles' desk.";
        TokenizedText doc = ner.tokenize(text, new dev.precis.nlp.sentence.NewsSentenceSplitter().split(text));
        assertThat(doc.sentence(0)).contains("Affairs", "Charles", "'");
    }
}
