package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote layouts of wire copy spread over paragraphs: a short quote paragraph after a credited one, a bare quote
 * paragraph after reported speech, a paragraph naming who said the quote above it, a description then a name set
 * off ("one nurse, Amy Hart, told"), and "he"/"she" after a speaker of the other gender. The paragraphs are
 * written for this test; the entities are given by hand as the recogniser would mark them.
 */
class WireLayoutQuotesTest {

    @Test
    void aShortQuoteParagraphAfterACreditedOneIsTheSameSpeakersAndListedOnce() {
        String text = "CAIRO — The foreign minister, Samir Adly, spoke to reporters after the talks.\n\n"
                + "“The crossing will open tomorrow morning for the wounded and for aid trucks,” he said.\n"
                + "“Nothing else will pass.”\n"
                + "Adly would not say how many trucks would be let in.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Samir Adly", "Adly");
        assertThat(speakerOf(text, entities, "Nothing else will pass")).isEqualTo("Samir Adly");
        assertThat(direct(text, entities).stream().filter(q -> q.content().slice(text).contains("Nothing else"))).hasSize(1);
    }

    @Test
    void aBareQuoteParagraphAfterReportedSpeechWithASetOffCreditGoesToThatSpeaker() {
        String text = "KYIV — Deputy minister Olha Hrytsenko and the envoy Henrik Aalto toured the front on Sunday.\n\n"
                + "Shelling had cut power to three towns overnight, Hrytsenko said, and repair crews could not reach them.\n\n"
                + "“We need air defence now, not in the spring.”\n\n"
                + "Aalto said the bloc would decide on new aid next week.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Olha Hrytsenko", "Hrytsenko", "Henrik Aalto", "Aalto");
        assertThat(speakerOf(text, entities, "air defence")).isEqualTo("Olha Hrytsenko");
    }

    @Test
    void aDescriptionWithOneThenTheNameSetOffCredits() {
        String text = "LEEDS — Nurses marched through the city centre on Monday.\n\n"
                + "“This is a disgrace,” one nurse, Amy Hart, told the Evening Post.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Amy Hart", EntityType.ORGANIZATION, "Evening Post");
        assertThat(speakerOf(text, entities, "a disgrace")).isEqualTo("Amy Hart");
    }

    @Test
    void aParagraphOpeningWithWhoSaidItCreditsTheQuoteParagraphAbove() {
        String text = "“We are not going anywhere.”\n\nThat was the message from Hannah Kemp, the owner of a bakery on the "
                + "high street, after the council approved the plan.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Hannah Kemp");
        assertThat(speakerOf(text, entities, "not going anywhere")).isEqualTo("Hannah Kemp");
        String so = "“The water came in the night. We had no time to take anything.”\n\nSo said Grace Wanjiru, a mother of "
                + "three, standing outside what was left of her house.";
        assertThat(speakerOf(so, marked(so, EntityType.PERSON, "Grace Wanjiru"), "water came")).isEqualTo("Grace Wanjiru");
    }

    @Test
    void aParagraphNamingAPlaceOrATimeCreditsNoOne() {
        String place = "“The talks are over.”\n\nThat was the message from Geneva on Friday night.";
        assertThat(speakerOf(place, marked(place, EntityType.LOCATION, "Geneva"), "talks are over")).isEqualTo("(no quote)");
        String time = "“Prices will keep rising this winter.”\n\nThat was the view of many traders on Tuesday.";
        assertThat(speakerOf(time, marked(time), "keep rising")).isEqualTo("(no quote)");
    }

    @Test
    void aPronounOfTheOtherGenderThanTheLastSpeakerGoesToTheLatestPersonOfItsGender() {
        String text = "BRUSSELS — Trade commissioner Ingrid Solberg met the trade representative, Mark Daniels, on Monday.\n\n"
                + "Solberg said the talks had been useful but that no deal was close.\n\n"
                + "“We are still far apart on steel,” he said after the meeting.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ingrid Solberg", "Solberg", "Mark Daniels");
        Quote q = direct(text, entities).stream().filter(x -> x.content().slice(text).contains("steel")).findFirst().orElseThrow();
        assertThat(q.speakerRange().slice(text)).isEqualTo("he");
        assertThat(q.speaker()).isEqualTo("Mark Daniels");
    }

    @Test
    void aPronounOfTheLastSpeakersOwnGenderStaysWithThem() {
        String text = "Mark Daniels said the talks had been useful. Ingrid Solberg listened in silence.\n\n"
                + "“We are still far apart on steel,” he said after the meeting.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Ingrid Solberg", "Mark Daniels");
        assertThat(speakerOf(text, entities, "steel")).isEqualTo("Mark Daniels");
    }
}
