package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, names34: a person named by one unknown word is found from kinship or age around it ("Zorvik's
 * mother", "his wife Quenby", "Tavish, 34,") and then wherever else the article uses the word. Sentences and
 * names invented for this test.
 */
class PersonGrammarCuesTest {

    private static long count(List<EntityMention> found, String text, String word, EntityType type) {
        return found.stream().filter(m -> m.range().slice(text).equals(word) && m.type() == type).count();
    }

    @Test
    void theCuesReadKinshipAndAge() {
        assertThat(PersonGrammarCues.cue("Zorvik 's mother said".split(" "), 0)).isTrue();
        assertThat(PersonGrammarCues.cue("and his wife Quenby woke".split(" "), 3)).isTrue();
        assertThat(PersonGrammarCues.cue("Tavish , 34 , said".split(" "), 0)).isTrue();
        // a firm's or a place's grammar, a year, a business partner
        assertThat(PersonGrammarCues.cue("Zorvik 's shares fell".split(" "), 0)).isFalse();
        assertThat(PersonGrammarCues.cue("Zorvik , 2019 , was".split(" "), 0)).isFalse();
        assertThat(PersonGrammarCues.cue("its partner Zorvik said".split(" "), 2)).isFalse();
    }

    @Test
    void aBoyNamedByAnUnknownWordIsAPersonThroughoutTheArticle() {
        String text = "The park staff waved as the family walked in. Zorvik has always loved the rides. "
                + "\"Did you even need to ask?\" Zorvik's mother said. The staff walked over to Zorvik with a gift.";
        List<EntityMention> found = run(text);
        assertThat(count(found, text, "Zorvik", EntityType.PERSON)).isEqualTo(3);
    }

    @Test
    void aWordTheModelTagsAsAPlaceIsLeftToTheModel() {
        String text = "Flights to Paris resumed on Monday. Paris's mother church reopened too.";
        assertThat(count(run(text), text, "Paris", EntityType.PERSON)).isZero();
    }
}
