package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker's name run on into its verb, and the title "DJ", trimmed as the reader sees them (quotes63). Made-up text. */
class SpeakerCutsTest {

    @Test
    void aNameStopsBeforeAlsoOrAnAuxiliaryLessTrailingAdverbs() {
        String a = "Rhea Hollis has already";
        assertThat(a.substring(0, SpeakerCuts.clauseStart(a))).isEqualTo("Rhea Hollis");
        String b = "the board's engineer also rejected the";
        assertThat(b.substring(0, SpeakerCuts.clauseStart(b))).isEqualTo("the board's engineer");
        String c = "the trust now also";
        assertThat(c.substring(0, SpeakerCuts.clauseStart(c))).isEqualTo("the trust");
        assertThat(SpeakerCuts.clauseStart("he was due to")).isEqualTo(2);
    }

    @Test
    void aNameWithNoVerbAfterItsFirstWordOrWithARelativeIsLeft() {
        assertThat(SpeakerCuts.clauseStart("Will Danner")).isEqualTo(-1);
        assertThat(SpeakerCuts.clauseStart("May Tolland")).isEqualTo(-1);
        assertThat(SpeakerCuts.clauseStart("a man who has lived here")).isEqualTo(-1);
        assertThat(SpeakerCuts.clauseStart("the harbour board")).isEqualTo(-1);
    }

    @Test
    void onlyWordsThatCanSpeakAreKept() {
        assertThat(SpeakerCuts.canSpeak("Referees")).isTrue();
        assertThat(SpeakerCuts.canSpeak("the housing trust")).isTrue();
        assertThat(SpeakerCuts.canSpeak("he")).isFalse();
        assertThat(SpeakerCuts.canSpeak("His main worry")).isFalse();
        assertThat(SpeakerCuts.canSpeak("figures")).isFalse();
        assertThat(SpeakerCuts.canSpeak("at a meeting on Monday. The 60-year-old")).isFalse();
    }

    @Test
    void aResolvedNameThatRanOnIsCutOrDroppedAndItsRangeKept() {
        String text = "“We will,” she said.";
        TextRange pronoun = new TextRange(11, 14);
        Quote cut = SpeakerCuts.cut(text, quote("Rhea Hollis has already", pronoun), true);
        assertThat(cut.speaker()).isEqualTo("Rhea Hollis");
        assertThat(cut.speakerRange()).isEqualTo(pronoun);
        assertThat(SpeakerCuts.cut(text, quote("it has often been", pronoun), true).speaker()).isNull();
        assertThat(SpeakerCuts.cut(text, quote("Will Danner", pronoun), true).speaker()).isEqualTo("Will Danner");
    }

    @Test
    void theWordsAsWrittenAreNarrowedWithTheirName() {
        String text = "The club website also said: “No.”";
        Quote cut = SpeakerCuts.cut(text, quote("The club website also", new TextRange(0, 21)), false);
        assertThat(cut.speaker()).isEqualTo("The club website");
        assertThat(cut.speakerRange().slice(text)).isEqualTo("The club website");
        String dj = "“Yes,” said DJ Tomas Berin.";
        Quote titled = SpeakerCuts.cut(dj, quote("DJ Tomas Berin", new TextRange(12, 26)), false);
        assertThat(titled.speaker()).isEqualTo("Tomas Berin");
        assertThat(titled.speakerRange().slice(dj)).isEqualTo("Tomas Berin");
        assertThat(SpeakerCuts.cut(dj, quote("DJ", new TextRange(12, 14)), false).speaker()).isEqualTo("DJ");
    }

    @Test
    void aDescriptionThatRanIntoAlsoIsShownWithoutItsVerb() {
        String text = "The plan was published on Monday.\n\nThe harbour board's chief engineer also rejected the claims,"
                + " saying: “The channel will be dredged in stages.”";
        List<EntityMention> entities = List.of();
        assertThat(speakerOf(text, entities, "dredged in stages")).isEqualTo("the harbour board's chief engineer");
    }

    @Test
    void aDjIsCreditedByName() {
        String text = "The single is out on Friday.\n\n“Everybody said yes within an hour,” said DJ Tomas Berin.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "DJ Tomas Berin");
        assertThat(speakerOf(text, entities, "said yes within")).isEqualTo("Tomas Berin");
    }

    private static Quote quote(String speaker, TextRange speakerRange) {
        return new Quote(new TextRange(0, 9), new TextRange(1, 8), QuoteKind.DIRECT, speaker, speakerRange, "said");
    }
}
