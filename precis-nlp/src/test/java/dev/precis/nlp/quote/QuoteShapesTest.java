package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of quotes of the seventh round: a quote interrupted by its attribution is one quote, a quote
 * carried into the next paragraph is one quote, a colon introduces a quote, role words before a name after
 * the verb, verbs of manner, an opening mark typed for a closing one, "Said X, …", reported speech without
 * an article, and one person of an organisation as the speaker. The sentences are written for this test.
 */
class QuoteShapesTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private static List<EntityMention> people(String text, String... names) {
        List<EntityMention> out = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            out.add(new EntityMention(new TextRange(at, at + n.length()), EntityType.PERSON, n, null));
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }

    private List<Quote> find(String text, List<EntityMention> entities) {
        return finder.find(text, new NewsSentenceSplitter().split(text), entities);
    }

    private List<Quote> direct(String text, List<EntityMention> entities) {
        return find(text, entities).stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    @Test
    void aQuoteInterruptedByItsAttributionIsOneQuoteFromTheFirstWordToTheLast() {
        String text = "The harbour reopened on Monday. “We waited nine weeks for this,” Tove Lind said, “and the boats are "
                + "already out.” Trade resumed at noon.";
        List<Quote> quotes = direct(text, people(text, "Tove Lind"));
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.content().slice(text)).startsWith("We waited nine weeks").endsWith("already out.");
        assertThat(q.speaker()).isEqualTo("Tove Lind");
        assertThat(q.speakerRange().slice(text)).isEqualTo("Tove Lind");
    }

    @Test
    void aShortSecondPartAfterAFullStopBelongsToTheSameQuote() {
        String text = "Tove Lind waited on the quay. “Here it comes,” she said, pointing at the ferry. “At last.” The crowd cheered.";
        List<Quote> quotes = direct(text, people(text, "Tove Lind"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().slice(text)).startsWith("Here it comes").endsWith("At last.");
        assertThat(quotes.get(0).speaker()).isEqualTo("Tove Lind");
    }

    @Test
    void aQuoteWithItsOwnAttributionAfterAnInterruptionStaysApart() {
        String text = "“The bridge is safe,” Tove Lind said. “The tunnel is not,” Per Alm replied.";
        List<Quote> quotes = direct(text, people(text, "Tove Lind", "Per Alm"));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Tove Lind", "Per Alm");
    }

    @Test
    void aQuoteCarriedIntoTheNextParagraphIsOneQuote() {
        String text = "Tove Lind said: “The ferry will run twice a day from June.\n\n“Tickets will cost the same as last "
                + "year.”\n\nThe council meets again in May.";
        List<Quote> quotes = direct(text, people(text, "Tove Lind"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().slice(text)).startsWith("The ferry").endsWith("last year.");
    }

    @Test
    void anAttributionClosingItsParagraphCarriesTheNextParagraphsQuote() {
        String text = "“The ferry will run twice a day,” Tove Lind told reporters.\n\n“Tickets will cost the same as last "
                + "year.”\n\nThe council meets again in May.";
        List<Quote> quotes = direct(text, people(text, "Tove Lind"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().slice(text)).startsWith("The ferry").endsWith("last year.");
    }

    @Test
    void aColonAfterAClauseGivesTheQuoteToItsSubject() {
        String text = "The mayor was angry. Tove Lind bristled: “Nobody asked the fishermen what they wanted.”";
        Quote q = direct(text, people(text, "Tove Lind")).get(0);
        assertThat(q.speaker()).isEqualTo("Tove Lind");
        assertThat(q.cue()).isEqualTo("bristled");
    }

    @Test
    void aNameAndAColonAfterADigestHeadlineGiveTheQuoteToTheName() {
        String text = "HARBOUR TRADE IS BACK - Tove Lind: “The boats are out and the prices are falling.”";
        Quote q = direct(text, people(text, "Tove Lind")).get(0);
        assertThat(q.speaker()).isEqualTo("Tove Lind");
    }

    @Test
    void aColonAfterAClauseWithoutAPersonIsNoSpeaker() {
        String text = "Per Alm runs the ferry. Here are the figures: “ferry trips up nine percent in a single month.”";
        assertThat(direct(text, people(text, "Per Alm"))).isEmpty();
    }

    @Test
    void roleWordsBeforeTheNameAfterTheVerb() {
        String text = "“The figures speak for themselves,” said harbour spokesman Per Alm.";
        Quote q = direct(text, people(text, "Per Alm")).get(0);
        assertThat(q.speaker()).isEqualTo("Per Alm");
    }

    @Test
    void aNumberInADescriptionAfterTheVerb() {
        String text = "“We sailed every morning,” said a 40-year fisherman from the north coast. The season ended early.";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.speakerRange().slice(text)).contains("40-year fisherman");
    }

    @Test
    void aNameAfterTheVerbStopsAtItsSentence() {
        String text = "“The nets were empty,” said Lind.\n\nJonas Berg contributed reporting.";
        Quote q = direct(text, List.of()).get(0);
        assertThat(q.speakerRange().slice(text)).isEqualTo("Lind");
    }

    @Test
    void verbsOfMannerAttributeDirectSpeech() {
        String text = "“Open the gates now,” Per Alm shouted at the guards.";
        Quote q = direct(text, people(text, "Per Alm")).get(0);
        assertThat(q.speaker()).isEqualTo("Per Alm");
        assertThat(q.cue()).isEqualTo("shouted");
    }

    @Test
    void anOpeningMarkTypedForAClosingOneClosesTheQuote() {
        String text = "“It is most unusual for the port,“ said Per Alm. “We have never seen this.”";
        List<Quote> quotes = direct(text, people(text, "Per Alm"));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isEqualTo("Per Alm");
        assertThat(quotes.get(0).content().slice(text)).startsWith("It is most unusual").endsWith("seen this.");
    }

    @Test
    void aPartyAndStateInParenthesesBeforeTheVerb() {
        String text = "“The budget is late again,” Rep. Ann Reed (D-Ore.) said on Friday.";
        Quote q = direct(text, people(text, "Ann Reed")).get(0);
        assertThat(q.speaker()).isEqualTo("Ann Reed");
    }

    @Test
    void aVerbOpeningTheSentenceIsFollowedByItsSpeaker() {
        String text = "Per Alm spoke first. Said Ann Reed, who has fished here since 1990, “We were all proud of him.”";
        Quote q = direct(text, people(text, "Per Alm", "Ann Reed")).get(0);
        assertThat(q.speaker()).isEqualTo("Ann Reed");
    }

    @Test
    void reportedSpeechWhoseClauseOpensWithoutAnArticle() {
        String text = "The mayor said two men had been arrested near the harbour.";
        List<Quote> quotes = find(text, List.of());
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.content().slice(text)).isEqualTo("two men had been arrested near the harbour");
        assertThat(q.speakerRange().slice(text)).isEqualTo("The mayor");
    }

    @Test
    void oneSpokesmanOfAnOrganisationSpeaksNotTheOrganisation() {
        String text = "A spokesman at the embassy said the two men had been released on Sunday.";
        Quote q = find(text, List.of()).get(0);
        assertThat(q.speaker()).isEqualTo("a spokesman at the embassy");
        assertThat(q.speakerRange().slice(text)).isEqualTo("A spokesman at the embassy");
    }

    @Test
    void aRoleOfAnOrganisationBeforeAPersonsNameIsThatPerson() {
        String text = "Asked about the talks, Ambassador to Norway Jo Sullivan said, “We will keep talking until it is done.”";
        Quote q = direct(text, people(text, "Jo Sullivan")).get(0);
        assertThat(q.speaker()).isEqualTo("Jo Sullivan");
    }

    @Test
    void aThatClauseLongAfterOthersIsListedOnce() {
        StringBuilder b = new StringBuilder();
        for (String who : List.of("Per Alm", "Ann Reed", "Tove Lind", "Jo Sullivan", "Ida Marsh", "Karl Berg")) {
            b.append(who).append(" said that the ferry would run again in June. ");
        }
        b.append("He said that talks should wait until the storm season is over.");
        String text = b.toString();
        List<Quote> quotes = find(text, people(text, "Per Alm", "Ann Reed", "Tove Lind", "Jo Sullivan", "Ida Marsh",
                "Karl Berg"));
        assertThat(quotes).hasSize(7);
        for (int i = 1; i < quotes.size(); i++) {
            assertThat(quotes.get(i).content().start()).isGreaterThanOrEqualTo(quotes.get(i - 1).content().end());
        }
    }
}
