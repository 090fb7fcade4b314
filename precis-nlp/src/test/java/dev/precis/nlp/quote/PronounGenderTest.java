package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a "he" or "she" learns of a person's gender from the text around it, for a name no given name or honorific
 * tells: a person credited through "she" is no "he" later; a man whose possessive opens a sentence is the next "he".
 * The sentences are written for this test; the entities are marked by hand.
 */
class PronounGenderTest {

    @Test
    void aWomanCreditedThroughSheIsNoHeLater() {
        // "Kendall" tells no gender; the "she" credited to Reed does, so the "he" after "Watch Reed …" is Hale
        String text = "Kendall Reed brought her favourite candidate the biggest crowd of the race on Sunday.\n\n"
                + "“We get to vote for a man who knows who we are,” she told the crowd.\n\n"
                + "Watch Reed endorse Hale on the stage. "
                + "After long thanks to his brother -- and admitting that the crowd came to see Reed -- Tom Hale began his speech. "
                + "“I am running because the time is now,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kendall Reed", "Reed", "Tom Hale", "Hale");
        assertThat(speakerOf(text, e, "We get to vote")).isEqualTo("Kendall Reed");
        assertThat(speakerOf(text, e, "I am running")).isEqualTo("Tom Hale");
    }

    @Test
    void aManWhosePossessiveOpensASentenceIsTheNextHe() {
        String text = "“The harbour tax will sink us,” Mark Ellery, a ferry owner, said on Monday.\n\n"
                + "Mr. Hobbs has defended the tax for a year. Later, Kendall Quill read out the accounts to the council.\n\n"
                + "Despite the jeers, Mr. Hobbs’s tone stayed calm. “Every boat should pay for its upkeep,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Hobbs", "Kendall Quill");
        assertThat(speakerOf(text, e, "Every boat")).isEqualTo("Hobbs");
    }

    @Test
    void aPossessiveIsNoPronounsOfTheOtherGenderNorOfAnUnknownOne() {
        // Mr. Hobbs is a man, so "she" is the lawyer who opened the sentence before; Lane's gender is unknown, so her
        // possessive does not take the "he" from Ellery, who spoke last
        String text = "“The harbour tax will sink us,” Mark Ellery, a ferry owner, said on Monday.\n\n"
                + "Later, Kendall Quill defended the tax. Mr. Hobbs’s lawyers were not in court.\n\n"
                + "“Every boat should pay for its upkeep,” she said.\n\n"
                + "“Nobody asked the owners,” Ellery said. Robin Lane’s report was read out. “It is a whitewash,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Ellery", "Hobbs", "Kendall Quill", "Robin Lane");
        assertThat(speakerOf(text, e, "Every boat")).isEqualTo("Kendall Quill");
        assertThat(speakerOf(text, e, "whitewash")).isEqualTo("Mark Ellery");
    }

    @Test
    void aPossessiveInAPhraseSetOffBeforeTheSubjectIsNotThePronouns() {
        String text = "“The harbour tax will sink us,” Mark Ellery, a ferry owner, said on Monday.\n\n"
                + "As for Mr. Hobbs’s remarks, Ellery called them a disgrace. “The owners must have a say,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Ellery", "Hobbs");
        assertThat(speakerOf(text, e, "must have a say")).isEqualTo("Mark Ellery");
    }
}
