package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whom a "he" or "she" stands for when the article's paragraphs were run together into one line (as in
 * summarisation corpora and some feeds): the sentence introducing the new voice comes after earlier quotations on
 * the same line, so the paragraph cannot tell where the pronoun's quotation begins; also a pronoun after a
 * description that spoke last, and a title that points back to a titled name. The sentences are written for
 * this test; the entities are given by hand as the recogniser would mark them.
 */
class JoinedTextPronounSubjectsTest {

    @Test
    void aNewSubjectAfterEarlierQuotesOnTheSameLineIsThePronouns() {
        // both men, so the pronoun's gender cannot tell them apart
        String text = "The rowing club lost its boathouse lease on Friday. Club captain Mark Ellery was furious. "
                + "“We have rowed from that shed for ninety years,” Ellery said. “Nobody asked us.” "
                + "Council leader Martin Hobbs, who signed the new lease, is standing by the decision. "
                + "“The shed needs a new roof and the club cannot pay for it,” he said. "
                + "“We offered them the old ferry office.” Ellery rejected the offer. "
                + "“It floods every spring,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Ellery", "Ellery", "Martin Hobbs");
        assertThat(text).doesNotContain("\n").hasSizeGreaterThan(400);
        assertThat(speakerOf(text, e, "The shed needs")).isEqualTo("Martin Hobbs");
        assertThat(speakerOf(text, e, "It floods")).isEqualTo("Mark Ellery");
    }

    @Test
    void aNameInsideAQuotationIsNotANewSubject() {
        String text = "The rowing club lost its boathouse lease on Friday after a vote of the council that ran late into the night. "
                + "Club captain Ruth Ellery was furious when she heard the result from a member of the public gallery. "
                + "“We have rowed from that shed for ninety years. Martin Hobbs never once came to see it,” she said, "
                + "standing outside the locked doors with two of the club's oldest members and a borrowed key. "
                + "“He should come down and look,” she said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ruth Ellery", "Martin Hobbs");
        assertThat(speakerOf(text, e, "He should come down")).isEqualTo("Ruth Ellery");
    }

    @Test
    void inAParagraphNarrationBetweenTwoQuotesBringsTheNewVoice() {
        String text = "“The timetable stays,” Mark Reed said. Tom Hale disagreed at once.\n\n"
                + "“It cannot stay,” Mark Reed said again. Tom Hale, the union's delegate, shook his head. “We will strike,” he said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Mark Reed", "Tom Hale");
        assertThat(speakerOf(text, e, "We will strike")).isEqualTo("Tom Hale");
    }

    @Test
    void aPronounSkipsAPersonOfTheOtherGenderAndAnOlderOneThanTheDescriptionThatSpokeLast() {
        String text = "Tom Hale waited at the pier all morning. The mayor called the delay an “insult to islanders” on Monday."
                + " She said the board had “failed us all.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, e, "failed us all")).isEqualTo("the mayor");
    }

    @Test
    void aTitledNameIsWhomTheTitleLaterPointsBackTo() {
        String text = "Pastor Ruth Ellery opened the chapel to the families on Sunday.\n\n"
                + "“Nobody should spend this night alone,” the pastor said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ruth Ellery");
        assertThat(speakerOf(text, e, "Nobody should spend")).isEqualTo("Ruth Ellery");
    }
}
