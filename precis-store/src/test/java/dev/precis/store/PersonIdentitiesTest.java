package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14, names41: the library's person pages keep two names written side by side apart; names made up. */
class PersonIdentitiesTest {

    // "Harold K Benton met the board. Presidents Harold K Benton and Harold Benton spoke."
    private static final List<Sentence> SENTENCES = List.of(new Sentence(0, new TextRange(0, 30)),
            new Sentence(1, new TextRange(31, 82)));

    @Test
    void twoFormsInOneSentenceAreTwoPages() {
        assertThat(besideAfter("Harold K Benton"))
                .containsEntry("Harold K Benton", "Harold K Benton").containsEntry("Harold Benton", "Harold Benton");
    }

    @Test
    void aPageWithTheShorterNameCannotTellWhichOfTheTwoItIs() {
        assertThat(besideAfter("Harold Benton"))
                .containsEntry("Harold K Benton", "Harold Benton").containsEntry("Harold Benton", "Harold Benton");
    }

    @Test
    void inSentencesOfTheirOwnTheInitialMayBeLeftOut() {
        PersonIdentities persons = new PersonIdentities();
        var names = persons.resolve(List.of(person(0, 15, "Harold K Benton"), person(62, 75, "Harold Benton")), SENTENCES);
        assertThat(names).containsEntry("Harold Benton", "Harold K Benton");
    }

    /** The second sentence's two names, resolved after a first article that stored {@code stored}. */
    private static Map<String, String> besideAfter(String stored) {
        PersonIdentities persons = new PersonIdentities();
        persons.resolve(List.of(person(0, stored.length(), stored)), SENTENCES.subList(0, 1));
        return persons.resolve(List.of(person(42, 57, "Harold K Benton"), person(62, 75, "Harold Benton")), SENTENCES);
    }

    private static EntityMention person(int start, int end, String canonical) {
        return new EntityMention(new TextRange(start, end), EntityType.PERSON, canonical, null);
    }
}
