package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.quoteWith;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who a reader should see as the speaker when someone speaks for another: "a spokesman for the Larkfield City Ballet"
 * (even when the recogniser takes the body for a person) and "Mr Hartley's official spokesman" are the description,
 * neither the body nor the person they serve; "Mrs Kell's spokesman" is someone new, not a spokesman quoted before;
 * a title before the speaker's own name ("party spokeswoman for health Ann Reed") still gives the name. "coined the
 * term “…”" is credited to the subject with "coined" as the cue, and the subject of a relative clause that lost its
 * closing comma ("Ms Fenwick, who presents The Morning Quiz tells …") speaks, and so does a name before an aside of a
 * party and a role ("Tom Fenn, Tory co-chairman, said"). The sentences are written for this test;
 * the entities are given by hand as the recogniser would mark them.
 */
class SpokespeopleAndTermsTest {

    @Test
    void aSpokesmanForABodyTakenForAPersonIsTheDescription() {
        String text = "Theatre season saved.\n\nA spokesman for the Larkfield City Ballet said the winter season would "
                + "“go ahead as planned”.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Larkfield City Ballet");
        assertThat(speakerOf(text, e, "go ahead as planned")).isEqualTo("a spokesman for the Larkfield City Ballet");
    }

    @Test
    void aTitleBeforeTheSpeakersOwnNameStillGivesTheName() {
        String text = "Pay rises were announced.\n\nParty spokeswoman for health Ann Reed said: “This is too little.”";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "too little")).isEqualTo("Ann Reed");
    }

    @Test
    void aPersonsSpokesmanSpeaksNotThePerson() {
        String text = "Talks stalled in the capital.\n\nMr Hartley's official spokesman said the talks would "
                + "“continue next week”.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Hartley");
        assertThat(speakerOf(text, e, "continue next week")).isEqualTo("Mr Hartley's official spokesman");
    }

    @Test
    void aPossessiveSpokesmanIsSomeoneNewNotTheSpokesmanBefore() {
        String text = "The Prime Minister's spokesman said the vote was “a matter for MPs”. Mrs Kell's spokesman said "
                + "she was “resting at home”.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Kell");
        assertThat(speakerOf(text, e, "resting at home")).isEqualTo("Mrs Kell's spokesman");
    }

    @Test
    void coinedTheTermCreditsTheSubjectWithTheVerbAsCue() {
        String text = "Readers are changing.\n\nThe book trade coined the term “quiet reading” for the habit last year.";
        Quote q = quoteWith(text, List.of(), "quiet reading");
        assertThat(q.speaker()).isEqualTo("the book trade");
        assertThat(q.cue()).isEqualTo("coined");
    }

    @Test
    void theSubjectBeforeAnUnclosedRelativeClauseSpeaks() {
        String text = "The show returns in May.\n\nMs Fenwick, who presents The Morning Quiz tells Corbett that she "
                + "despaired at the plan. “I used to sit on my hands,” she says.";
        List<EntityMention> e = new ArrayList<>(marked(text, EntityType.PERSON, "Fenwick", "Corbett"));
        e.addAll(marked(text, EntityType.ORGANIZATION, "Morning Quiz"));
        e.sort((a, b) -> a.range().compareTo(b.range()));
        assertThat(quoteWith(text, e, "she despaired at the plan").speaker()).isEqualTo("Fenwick");
        assertThat(speakerOf(text, e, "sit on my hands")).isEqualTo("Fenwick");
    }

    @Test
    void aWhoBeforeAnotherSubjectIsAnObjectNotTheSpeaker() {
        String text = "The rally was loud.\n\nHe attacked the deal made by Governor Ann Reed, who he noted was “in her "
                + "last year”.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, e, "in her last year")).isNotEqualTo("Ann Reed");
    }

    @Test
    void aPrepositionBeforeANamingNounIsNoCue() {
        String text = "The debate began late.\n\nTom Hale opened with a call for the party to “embrace” the new voters.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(direct(text, e)).noneMatch(q -> "with".equals(q.cue()));
    }

    @Test
    void aSheAfterAPossessiveSpokesmanIsStillTheWomanNamedSince() {
        String text = "The vote is near. Tom Hale's campaign manager said he expects the senator to stay “for life”. His wife, "
                + "Jane Hale, spoke to reporters.\n\n“He will keep going,” she said.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Tom Hale", "Jane Hale");
        assertThat(speakerOf(text, e, "for life")).isEqualTo("Tom Hale's campaign manager");
        assertThat(speakerOf(text, e, "keep going")).isEqualTo("Jane Hale");
    }

    @Test
    void anAsideOfAPartyAndARoleWithoutAnArticleIsSteppedOver() {
        String text = "The row grew.\n\nForeign Secretary Jack Hale said: “Maybe I mix with the wrong people.” Tom Fenn, "
                + "Tory co-chairman, said the move was a sign of new “sly tactics” by the government.";
        List<EntityMention> e = marked(text, EntityType.PERSON, "Jack Hale", "Tom Fenn");
        assertThat(speakerOf(text, e, "sly tactics")).isEqualTo("Tom Fenn");
    }
}
