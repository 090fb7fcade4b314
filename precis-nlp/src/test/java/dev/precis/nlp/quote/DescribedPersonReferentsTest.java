package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom a description stands for when it names no one: "the man" only a person it fits (no woman, no one after an
 * unnamed man was brought in), "the senator" a person named with the abbreviated title, and a "he" after a subject
 * whose aside is set off by dashes. The sentences are written for this test; the entities are marked by hand.
 */
class DescribedPersonReferentsTest {

    @Test
    void theManIsNoWomanNamedBefore() {
        String text = "Greta Lind opened the new bridge on Monday.\n\n"
                + "“It took ten years,” she said.\n\n"
                + "The crowd cheered when the ribbon was cut. “It is about time,” the man said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Greta Lind");
        assertThat(speakerOf(text, e, "about time")).isEqualTo("the man");
    }

    @Test
    void aDescriptionAfterSomeoneUnnamedIsThatPerson() {
        String text = "“We will rebuild the pier,” Mayor Tom Hale said.\n\n"
                + "At the meeting, a young man asked Hale about the fees. “Who will pay for it?” the man said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Hale");
        assertThat(speakerOf(text, e, "Who will pay")).isEqualTo("the man");
    }

    @Test
    void aDescriptionSetOffAfterANameStillPointsToIt() {
        String text = "“The course was hard,” Tom Hale said.\n\n"
                + "Ida Marsh, a young woman from the village, won the race. “I trained every day,” the woman said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Ida Marsh");
        assertThat(speakerOf(text, e, "trained every day")).isEqualTo("Ida Marsh");
    }

    @Test
    void theSenatorIsThePersonNamedWithTheAbbreviatedTitle() {
        String text = "Sen. Ann Reed of Ohio opened the hearing on Tuesday.\n\n"
                + "“The rules are unfair to farmers,” Tom Hale, a grower, said.\n\n"
                + "“We need a fresh start,” the senator said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed", "Tom Hale");
        assertThat(speakerOf(text, e, "fresh start")).isEqualTo("Ann Reed");
    }

    @Test
    void ofTwoSenatorsTheOneOpeningTheSentenceBeforeIsTheSenator() {
        String text = "Sen. Ann Reed of Ohio spoke first at the hearing.\n\n"
                + "“The rules are fair,” Sen. Tom Hale said.\n\n"
                + "Reed walked out of the room. “We are done here,” the senator said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed", "Reed", "Tom Hale");
        assertThat(speakerOf(text, e, "done here")).isEqualTo("Ann Reed");
    }

    @Test
    void aSubjectWhoseAsideIsSetOffByDashesIsTheNextHe() {
        String text = "“The harbour will close,” Mark Ellery said.\n\n"
                + "Gov. Tom Hale – a lifelong sailor – read the report twice. “We will keep it open,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Tom Hale");
        assertThat(speakerOf(text, e, "keep it open")).isEqualTo("Tom Hale");
    }

    @Test
    void aSpeakerBeforeARelativeClauseBetweenDashesSpeaks() {
        String text = "“Costs are up,” Mark Ellery said.\n\n"
                + "Ann Reed — who has led the firm since 2019 — said: “We will grow again next year.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Ann Reed");
        assertThat(speakerOf(text, e, "grow again")).isEqualTo("Ann Reed");
    }
}
