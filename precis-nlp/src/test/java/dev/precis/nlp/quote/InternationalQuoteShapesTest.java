package dev.precis.nlp.quote;

import static dev.precis.nlp.quote.QuoteTestSupport.direct;
import static dev.precis.nlp.quote.QuoteTestSupport.marked;
import static dev.precis.nlp.quote.QuoteTestSupport.speakerOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Direct quotes in the styles of international wire and newspaper copy that the finder missed or credited
 * wrongly: headline quotes credited to a bare role or a body after a colon, single quotes running over
 * several paragraphs, German single low-high marks, a person named before the body they work for, a
 * name set off after a role "in" a place, a second verb of the same subject ("said … but warned") and quotes
 * listed as bullets under a line ending in a colon.
 * The sentences are written for this test; the entities are given by hand as the recogniser would mark them.
 */
class InternationalQuoteShapesTest {

    @Test
    void aHeadlinesBareRoleIsThePersonNamedWithThatRoleBelow() {
        String text = "'This is not the end of the road,' says defiant PM after budget defeat\n\n"
                + "WELLINGTON — Prime Minister Alana Rewiti insisted on Thursday that her government would survive.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Alana Rewiti"), "end of the road")).isEqualTo("Alana Rewiti");
        // with nobody holding the role below, the role itself stays the speaker
        String alone = "'This is not the end of the road,' says defiant PM after budget defeat\n\nParliament voted the plan down.";
        assertThat(speakerOf(alone, marked(alone), "end of the road")).isEqualTo("PM");
    }

    @Test
    void aHeadlineQuoteThenAColonAndWhoSaysIt() {
        String text = "'A betrayal of our members': Teachers' union slams pay deal\n\n"
                + "The union on Monday rejected the agreement reached by the ministry.";
        assertThat(speakerOf(text, marked(text), "betrayal")).contains("union");
        // a colon inside the body is no headline credit
        String body = "The ministry published the agreement.\n\n'A fair offer for every teacher': Officials say the deal stands";
        assertThat(speakerOf(body, marked(body), "fair offer")).isEqualTo("(no quote)");
    }

    @Test
    void singleQuotesRunningOverSeveralParagraphs() {
        String text = "Governor Michelle Bullen told a press conference that the board had considered a rise.\n\n"
                + "'We discussed the case for an increase at some length.\n\n"
                + "'In the end the board judged that holding steady was the prudent course.\n\n"
                + "'Households should not assume that the next move is down,' she said.";
        var entities = marked(text, EntityType.PERSON, "Michelle Bullen");
        assertThat(speakerOf(text, entities, "case for an increase")).isEqualTo("Michelle Bullen");
        assertThat(speakerOf(text, entities, "prudent course")).isEqualTo("Michelle Bullen");
        String colon = "Speaking in parliament, Martin Doyle said: 'No government has built more homes in a year.\n\n"
                + "'We know there is more to do, and we will do it.'";
        assertThat(speakerOf(colon, marked(colon, EntityType.PERSON, "Martin Doyle"), "built more homes")).isEqualTo("Martin Doyle");
    }

    @Test
    void aHeadlineCreditAfterItsReportedWordsStaysOnItsLine() {
        String text = "Rail fares to rise by 4.6%, says transport minister\n\nTrain fares in England will rise by 4.6% in March.\n\n"
                + "Transport minister Huw Merriman said the rise was below inflation.";
        var quotes = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text),
                marked(text, EntityType.PERSON, "Huw Merriman", EntityType.LOCATION, "England"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).startsWith("Rail fares"))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("Huw Merriman"));
    }

    @Test
    void quotesListedAsBulletsBelowTheLineIntroducingThem() {
        String text = "Health Minister Grace Atieno set out the plans on Monday. Among her promises:\n\n"
                + "- \"Every county hospital will have a dialysis unit by next year.\"\n"
                + "- \"Nurses will be paid on time, every month.\"\n\nThe nurses' union welcomed the pledges.";
        var entities = marked(text, EntityType.PERSON, "Grace Atieno");
        assertThat(speakerOf(text, entities, "dialysis unit")).isEqualTo("Grace Atieno");
        assertThat(speakerOf(text, entities, "paid on time")).isEqualTo("Grace Atieno");
        // a list with no line ending in a colon above it is nobody's words
        String list = "Health Minister Grace Atieno set out the plans on Monday.\n\n"
                + "- \"Every county hospital will have a dialysis unit by next year.\"\n\nThe union welcomed them.";
        assertThat(speakerOf(list, marked(list, EntityType.PERSON, "Grace Atieno"), "dialysis unit")).isEqualTo("(no quote)");
    }

    @Test
    void twoSpeakersJoinedByAndBeforeTheVerbCreditTheFirst() {
        String text = "Finance minister Oliver Brandt and his deputy Hana Kerr said in a joint statement: "
                + "“The fundamentals of the economy are strong.”";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Oliver Brandt", "Hana Kerr"), "fundamentals")).isEqualTo("Oliver Brandt");
    }

    @Test
    void anApostropheOpeningAParagraphWithoutAQuoteAfterItIsNoQuote() {
        String text = "'Tis the season for price rises, and the shops know it well enough.\n\nPrices rose by 3% in May.";
        assertThat(direct(text, marked(text))).isEmpty();
    }

    @Test
    void germanSingleLowHighMarks() {
        String text = "Markus Heller of the industry federation was less optimistic. ‚We need relief now, not in 2030,‘ Heller added.";
        assertThat(speakerOf(text, marked(text, EntityType.PERSON, "Markus Heller", "Heller"), "relief now")).isEqualTo("Markus Heller");
    }

    @Test
    void aPersonNamedBeforeTheBodyTheyWorkFor() {
        String text = "Economist Jean Ferrand of the Institut Montaigne said the reform was «necessary but badly explained».";
        var entities = marked(text, EntityType.PERSON, "Jean Ferrand", EntityType.ORGANIZATION, "Institut Montaigne");
        assertThat(speakerOf(text, entities, "badly explained")).isEqualTo("Jean Ferrand");
        String at = "Analyst Ruth Obi at the Lagos Business School told reporters: “Rates will stay high all year.”";
        var atEntities = marked(at, EntityType.PERSON, "Ruth Obi", EntityType.ORGANIZATION, "Lagos Business School");
        assertThat(speakerOf(at, atEntities, "stay high")).isEqualTo("Ruth Obi");
        // the spokesman of a body is still the body's man, not the body
        String spokesman = "A spokesman for the Institut Montaigne said: “We stand by the report.”";
        assertThat(speakerOf(spokesman, marked(spokesman, EntityType.ORGANIZATION, "Institut Montaigne"), "stand by"))
                .isEqualTo("a spokesman for the Institut Montaigne");
    }

    @Test
    void aNameSetOffAfterARoleInAPlaceSpeaksForBothVerbs() {
        String text = "«We have lost two harvests in a row,» said Antonio Ruiz.\n\nThe agriculture commissioner in Brussels, "
                + "Pieter de Vries, said the bloc was ready to help but warned that «money alone will not bring the rain».";
        var entities = marked(text, EntityType.PERSON, "Antonio Ruiz", "Pieter de Vries", EntityType.LOCATION, "Brussels");
        assertThat(speakerOf(text, entities, "money alone")).isEqualTo("Pieter de Vries");
    }

    @Test
    void aRoleBeforeTheNameOpensTheSentenceThePronounAfterStandsFor() {
        String text = "“I am confident we will be out of the woods by Monday,” Kgosi Mokoena said.\n\n"
                + "Business group chief executive Cas Moolla was blunter. “Every hour without power costs millions,” he told reporters.";
        var entities = marked(text, EntityType.PERSON, "Kgosi Mokoena", "Cas Moolla");
        assertThat(speakerOf(text, entities, "costs millions")).isEqualTo("Cas Moolla");
    }
}
