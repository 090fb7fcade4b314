package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes the wire layouts of quotes26 left out: a short quote paragraph after a quote credited before its words,
 * a subject whose head noun is followed by a prepositional phrase and a relative clause, a dateline kept out of
 * reported speech, and European quotation marks with a credit after them. Sentences written for this test; the
 * entities are given by hand as the recogniser would mark them.
 */
class EuropeanAndFollowOnQuotesTest {

    @Test
    void aShortQuoteParagraphAfterAQuoteCreditedBeforeItsWordsIsTheSameSpeakers() {
        String text = "LONDON — Finance minister Clara Voss spoke for an hour on Tuesday.\n\n"
                + "She told the committee: “We will not raise taxes on working families this year.”\n"
                + "“Debt is high.”\n"
                + "The opposition called the plan a fantasy.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Clara Voss");
        assertThat(speakerOf(text, entities, "Debt is high")).isEqualTo("Clara Voss");
        assertThat(direct(text, entities).stream().filter(q -> q.content().slice(text).contains("Debt"))).hasSize(1);
    }

    @Test
    void theHeadNounOfTheSubjectSpeaksNotThePlaceInItsPrepositionalPhrase() {
        String text = "GAZA — Dozens were hurt in the strikes overnight.\n\n"
                + "A doctor at the Al-Noor Hospital, who asked not to be named because he was not allowed to speak to "
                + "the press, said: “We have no more beds and no more fuel.”";
        List<EntityMention> entities = marked(text, EntityType.ORGANIZATION, "Al-Noor Hospital");
        Quote q = direct(text, entities).stream().filter(x -> x.content().slice(text).contains("no more beds"))
                .findFirst().orElseThrow();
        // the whole description speaks, as "a spokesman at the embassy" does; on main the hospital alone was credited
        assertThat(q.speaker()).isEqualTo("a doctor at the Al-Noor Hospital");
    }

    @Test
    void theDatelineIsNotPartOfReportedSpeech() {
        String text = "MADRID (Reuters) - Prime Minister Luis Arroyo said on Monday that the government would cut "
                + "the sales tax on bread and milk.";
        assertNoDatelineInQuotes(text, "Luis Arroyo", "MADRID");
        String after = "OSLO (AP) — The government will cut the sales tax on bread and milk next year, Finance Minister "
                + "Erik Lunde said on Monday.";
        assertNoDatelineInQuotes(after, "Erik Lunde", "OSLO");
    }

    private static void assertNoDatelineInQuotes(String text, String person, String city) {
        List<EntityMention> entities = marked(text, EntityType.PERSON, person, EntityType.LOCATION, city);
        List<Quote> all = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text), entities);
        assertThat(all).isNotEmpty();
        for (Quote q : all) {
            assertThat(q.content().slice(text)).doesNotContain(city).doesNotContain("(");
        }
    }

    @Test
    void guillemetsWithACreditAfterThemInFrench() {
        String text = "PARIS — Le ministre Jean Morel a visité l'usine lundi.\n\n"
                + "« Nous ne fermerons pas ce site », a déclaré Jean Morel devant les ouvriers.";
        List<EntityMention> entities = marked(text, EntityType.PERSON, "Jean Morel");
        assertThat(speakerOf(text, entities, "Nous ne fermerons")).isEqualTo("Jean Morel");
    }

    @Test
    void lowHighAndSingleEuropeanMarksAreQuotationMarks() {
        String german = "BERLIN — Die Ministerin Anna Weber sprach am Montag.\n\n"
                + "„Wir werden das Werk nicht schließen“, sagte Anna Weber vor den Arbeitern.";
        assertThat(speakerOf(german, marked(german, EntityType.PERSON, "Anna Weber"), "Werk nicht"))
                .isEqualTo("Anna Weber");
        String english = "Trade envoy Paul Grant spoke after the talks. \u201aWe are close to a deal,\u2018 Paul Grant said.";
        assertThat(speakerOf(english, marked(english, EntityType.PERSON, "Paul Grant"), "close to a deal"))
                .isEqualTo("Paul Grant");
    }
}
