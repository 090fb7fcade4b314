package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Speakers named before the verb behind what English puts between a subject and its verb (a participle's clause
 * between commas, a parenthesis and an aside in a row, a description without an article, an aside between spaced dashes, "paused to say", a
 * participle phrase without commas), and no speaker taken from an adverbial clause after the quotation ("when
 * asked", "every time he …"). Sentences and names invented for this test; entities are left to the capitalised-name
 * fallback, as in {@link JoinedParagraphCreditsTest}.
 */
class AsideAndClauseCreditsTest {

    private static String speakerOf(String text, String content) {
        return QuoteTestSupport.speakerOf(text, List.of(), content);
    }

    @Test
    void aParticipleAsideAndAParenthesisBeforeItAreSteppedOver() {
        String text = "Tom Hale spoke first. Later Sen. Ann Reed (D-Ore.), noting the size of the harbour fleet, said,"
                + " “We cannot close the dock this winter.”";
        assertThat(speakerOf(text, "cannot close the dock")).isEqualTo("Ann Reed");
        String playing = "Tom Hale spoke first. Ida Marsh, playing the old mayor in the town pageant, explained:"
                + " “Nobody here remembers the flood of the old days.”";
        assertThat(speakerOf(playing, "Nobody here remembers")).isEqualTo("Ida Marsh");
    }

    @Test
    void aDescriptionWithoutAnArticleHoldingAndIsSteppedOver() {
        String text = "Tom Hale spoke first. Piet Vorster, pastor of the harbour chapel and a Hale supporter, said:"
                + " “I have never heard a sermon like that one.”";
        assertThat(speakerOf(text, "never heard a sermon")).isEqualTo("Piet Vorster");
    }

    @Test
    void anAsideBetweenSpacedDashesIsSteppedOver() {
        String text = "Tom Hale spoke first. Fund manager Ida Marsh - Vellmar Rovers' largest investor - said she"
                + " would only invest more if she got a greater say in how the club is run.";
        List<EntityMention> entities = QuoteTestSupport.marked(text, EntityType.PERSON, "Tom Hale", "Ida Marsh",
                EntityType.ORGANIZATION, "Vellmar Rovers");
        assertThat(QuoteTestSupport.quoteWith(text, entities, "greater say").speaker()).isEqualTo("Ida Marsh");
    }

    @Test
    void aVerbBeforeToSayHasTheSubject() {
        String text = "Tom Hale spoke first. Ida Marsh, who ran the ferry for twenty years, interjected to say:"
                + " “Both of them have changed their minds on the bridge.”";
        assertThat(speakerOf(text, "Both of them")).isEqualTo("Ida Marsh");
    }

    @Test
    void aParticiplePhraseAfterTheSubjectIsNoSpeaker() {
        String text = "Tom Hale spoke first. A second harbour official speaking to Coast Radio said,"
                + " “The inspectors are looking at every permit from last year.”";
        assertThat(speakerOf(text, "inspectors are looking")).isEqualTo("a second harbour official");
    }

    @Test
    void anAdverbialClauseAfterTheQuotationIsNoCredit() {
        String when = "Ann Reed had said before, “We will see,” when asked whether she would run again.";
        assertThat(speakerOf(when, "We will see")).isEqualTo("Ann Reed");
        String time = "Ann Reed said “it makes me angry” every time he thinks about the closed dock.";
        assertThat(speakerOf(time, "it makes me angry")).isEqualTo("Ann Reed");
        String ifHe = "Ann Reed admitted on Monday “it will be very hard to win” if he keeps losing ground.";
        assertThat(speakerOf(ifHe, "very hard to win")).isEqualTo("Ann Reed");
    }
}
