package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A "he" or "she" after a newer sentence whose subject is a person the words before the name did not let the
 * subject rule see: a fronted clause set off by a comma ("Since taking office, …", "While in Leeds, …"), or a role
 * with lower-case words qualifying it ("Liberal leadership candidate Tom Hale …"). Both men, so the pronoun's gender
 * cannot tell the speakers apart. The sentences are written for this test; the entities are marked by hand.
 */
class FrontedClauseSubjectsTest {

    @Test
    void aSubjectAfterAFrontedClauseIsThePronouns() {
        String text = "“The harbour tax will sink us,” Mark Ellery, a ferry owner, said on Monday.\n\n"
                + "Since taking office in March, Martin Hobbs has defended the tax at every council meeting.\n\n"
                + "“Every boat that uses the harbour should pay for its upkeep,” he said.\n\n"
                + "While visiting the quay on Friday, Ellery repeated his warning.\n\n"
                + "“Three of us will close by the summer,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Ellery", "Martin Hobbs");
        assertThat(speakerOf(text, e, "Every boat")).isEqualTo("Martin Hobbs");
        assertThat(speakerOf(text, e, "Three of us")).isEqualTo("Mark Ellery");
    }

    @Test
    void lowerCaseWordsQualifyingARoleMayStandBeforeTheSubject() {
        String text = "“The harbour tax will sink us,” Mark Ellery, a ferry owner, said on Monday.\n\n"
                + "Liberal leadership candidate Martin Hobbs wants the tax scrapped by the spring.\n\n"
                + "“Every boat already pays enough,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Martin Hobbs");
        assertThat(speakerOf(text, e, "Every boat")).isEqualTo("Martin Hobbs");
    }

    @Test
    void aVerbBeforeARoleIsNoQualifier() {
        // "Hobbs" is the object of "now criticises", not the subject: the pronoun stays with the one who spoke
        String text = "“The harbour tax will sink us,” Mark Ellery, a ferry owner, said on Monday.\n\n"
                + "The union now criticises leader Martin Hobbs over the tax.\n\n"
                + "“Three of us will close by the summer,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Martin Hobbs");
        assertThat(speakerOf(text, e, "Three of us")).isEqualTo("Mark Ellery");
    }
}
