package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers named in the sentence after a quote, and times standing between a speaker and the verb. */
class SpeakerPlacementTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private List<Quote> find(String text) {
        return finder.find(text, new NewsSentenceSplitter().split(text), List.of());
    }

    @Test
    void speakerInTheShortSentenceAfterAQuoteEndingWithAFullStop() {
        String text = "Farmers blocked the road for a third day. “We will stay here until the price is fixed.” "
                + "Union leader Kofi Mensah said on Friday.";
        Quote q = find(text).stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertThat(q.content().slice(text)).isEqualTo("We will stay here until the price is fixed.");
        assertThat(q.speaker()).isEqualTo("Kofi Mensah");
    }

    @Test
    void aFollowingSentenceThatReportsSomethingElseIsNoAttribution() {
        String text = "Crowds sang outside the hall. “This is a new dawn for all of us.” "
                + "Kofi Mensah said the vote would be held in May.";
        assertThat(find(text)).noneMatch(q -> q.kind() == QuoteKind.DIRECT);
    }

    @Test
    void dayBetweenSpeakerAndVerbIsNotTheSpeaker() {
        String text = "Party chairman Imran Sadiq on Tuesday said the commission had failed to hold the polls on time.";
        Quote q = find(text).get(0);
        assertThat(q.speaker()).isEqualTo("Imran Sadiq");
        text = "Opposition leader Ruth Wanjiru on Monday night told supporters that the count was rigged.";
        assertThat(find(text).get(0).speaker()).isEqualTo("Ruth Wanjiru");
    }

    @Test
    void severalAsidesOrARelativeClauseBetweenSpeakerAndVerb() {
        String text = "Voters queued in the rain.\n\nGus Ferrand, 30, of Riverton, N.C., who was among those polled, said: "
                + "\"Both candidates worry me.\"\n\n\"Nobody wanted a recount,\" one of the advisers, who spoke on the "
                + "condition of anonymity, said.\n\n\"The count was slow,\" Lena Brock, 41, of Dale City, Va., said.\n\n"
                + "\"We expected this,\" Senate Majority Leader Tom Harlan, R-Ky., said on Tuesday.";
        List<Quote> direct = find(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(direct).extracting(Quote::speaker)
                .containsExactly("Gus Ferrand", "one of the advisers", "Lena Brock", "Tom Harlan");
    }

    @Test
    void aRelativeClauseAfterSomethingSaidIsNoSpeaker() {
        String text = "The board met on Monday.\n\nThe plan, which was drawn up in May, said: \"Costs will rise.\"";
        assertThat(find(text)).noneMatch(q -> "May".equals(q.speaker()));
    }

    @Test
    void afterTheVerbOneOfAGroupOrARoleWithOfBeforeTheName() {
        String text = "The vote was held on Tuesday.\n\n\"There is no path for him,\" said one of those advisers, who spoke "
                + "on the condition of anonymity.\n\n\"We did our best,\" said former secretary of state Dana Whitlow, "
                + "who praised the volunteers.";
        List<Quote> direct = find(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(direct).extracting(Quote::speaker).containsExactly("one of those advisers", "Dana Whitlow");
    }

    @Test
    void aQuotationParagraphCreditedOnTheNextLineByADashAndAName() {
        String text = "The debate turned to taxes.\n\n\"Big firms pay almost nothing in taxes.\"\n\n- Tom Harlan.\n\n"
                + "\"We will fix the roads first.\"\n\n— Lena Brock\n\nThe list:\n\n\"Alpha\"\n\n- Beta and more words follow here.";
        List<Quote> direct = find(text).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
        assertThat(direct).extracting(Quote::speaker).containsExactly("Tom Harlan", "Lena Brock");
    }

    @Test
    void aPhraseEndingWithAConjunctionBeforeTheVerbIsNoSpeaker() {
        String text = "Harbour master Per Alm promised a “fast and fair” review of the tolls and said the work would end by summer.";
        assertThat(find(text)).noneMatch(q -> q.speaker() != null && q.speaker().endsWith("and"))
                .allMatch(q -> q.speaker() == null || q.speaker().contains("Alm"));
    }
}
