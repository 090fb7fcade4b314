package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheap checks before quotes61's frames (quotes62), and the frames still found behind them. Made-up text. */
class CueGatesTest {

    @Test
    void theEndOfTheLastWordIsFoundPastSpacesAndOneCommaOrColon() {
        String s = "Her team sent out an email stating , ";
        assertThat(s.substring(0, CueGates.endBeforePunctuation(s, 0, s.length()))).isEqualTo("Her team sent out an email stating");
        assertThat(CueGates.endBeforePunctuation("said", 0, 4)).isEqualTo(4);
        assertThat(CueGates.endBeforePunctuation(" :", 0, 2)).isZero();
    }

    @Test
    void aCommaOrColonMustEndTheTextBeforeTheMark() {
        assertThat(CueGates.endsInCommaOrColon("Reed was asked by a host,\t", 0, 26)).isTrue();
        assertThat(CueGates.endsInCommaOrColon("Reed was asked:", 0, 15)).isTrue();
        assertThat(CueGates.endsInCommaOrColon("Reed was asked ", 0, 15)).isFalse();
        assertThat(CueGates.endsInCommaOrColon(", and then", 1, 10)).isFalse();
        assertThat(CueGates.endsInCommaOrColon(",  ", 1, 3)).isFalse(); // the comma is before the region
    }

    @Test
    void aWordEndsTheTextOnlyWholeAndInAnyCase() {
        assertThat(CueGates.endsWithWord("a video that SAID", 0, 17, "read", "said")).isTrue();
        assertThat(CueGates.endsWithWord("he misread", 0, 10, "read")).isFalse();
        assertThat(CueGates.endsWithWord("read", 0, 4, "read")).isTrue();
        assertThat(CueGates.endsWithWord("xread", 1, 5, "read")).isTrue(); // the region's start is a word's start
        assertThat(CueGates.endsWithWord("ad", 0, 2, "read")).isFalse();
    }

    @Test
    void aCueIsFoundInsideTheRegionOnly() {
        assertThat(CueGates.containsAny("The mayor Released a note", 0, 25, "issued", "released")).isTrue();
        assertThat(CueGates.containsAny("The mayor released a note", 0, 12, "released")).isFalse();
        assertThat(CueGates.containsAny("nothing here", 0, 12, "put", "sent")).isFalse();
        assertThat(CueGates.contains("she was asked, ", 0, 15, "asked")).isTrue();
        assertThat(CueGates.contains("she was asked, ", 0, 12, "asked")).isFalse();
        assertThat(CueGates.contains("she was Asked, ", 0, 15, "asked")).isFalse(); // the pattern is case-sensitive
    }

    @Test
    void aDocumentPutOutIsStillCreditedAfterTheGate() {
        String text = "The council met on Friday.\n\nMayor Ann Reed posted a short video to residents saying: “The bridge"
                + " reopens in May.”";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed");
        assertThat(speakerOf(text, entities, "bridge reopens")).isEqualTo("Ann Reed");
    }

    @Test
    void aQuestionAskedByAHostIsStillTheHostsAfterTheGate() {
        String text = "The debate ran late.\n\nAnn Reed was asked by host Tom Hale: “Will you raise the fare?” She"
                + " said no.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ann Reed", EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "raise the fare")).isEqualTo("Tom Hale");
    }

    @Test
    void wordsThatRunOnIntoALetterAreStillTheLettersAfterTheGate() {
        String text = "The club wrote to its members.\n\n“We will not sell the ground” this year or next, their letter"
                + " said.\n\nTom Hale, the treasurer, did not reply.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Tom Hale");
        assertThat(speakerOf(text, entities, "sell the ground")).isEqualTo("their letter");
    }
}
