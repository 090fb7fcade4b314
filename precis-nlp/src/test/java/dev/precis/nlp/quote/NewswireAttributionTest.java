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
 * Attribution styles of newswire from outside the US: organisations whose names hold "and",
 * participles ("…, saying: “…”"), reporting verbs of the African and South Asian press, asides about
 * the circumstances of speaking, names set off after their description, "according to X, “…”".
 * The sentences are written for this test.
 */
class NewswireAttributionTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private static List<EntityMention> entities(String text, EntityType type, String... names) {
        List<EntityMention> out = new ArrayList<>();
        for (String n : names) {
            int at = text.indexOf(n);
            out.add(new EntityMention(new TextRange(at, at + n.length()), type, n, null));
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }

    private Quote direct(String text, List<EntityMention> entities) {
        return finder.find(text, new NewsSentenceSplitter().split(text), entities).stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
    }

    private Quote direct(String text) {
        return direct(text, List.of());
    }

    @Test
    void anOrganisationHoldingAndIsOneSpeakerBeforeTheQuote() {
        String text = "Officials at the Ministry of Fisheries and Marine Resources said: “The quota will not change this year.”";
        Quote q = direct(text, entities(text, EntityType.ORGANIZATION, "Ministry of Fisheries and Marine Resources"));
        assertThat(q.speaker()).isEqualTo("Ministry of Fisheries and Marine Resources");
        assertThat(q.speakerRange().slice(text)).isEqualTo("Ministry of Fisheries and Marine Resources");
    }

    @Test
    void anOrganisationHoldingAndIsOneSpeakerAfterTheQuote() {
        String text = "“The quota will not change this year,” officials at the Ministry of Lands and Housing said on Tuesday.";
        Quote q = direct(text, entities(text, EntityType.ORGANIZATION, "Ministry of Lands and Housing"));
        assertThat(q.speaker()).isEqualTo("Ministry of Lands and Housing");

        text = "“We have paid every supplier,” said officials at the Ministry of Finance and Economic Planning.";
        q = direct(text, entities(text, EntityType.ORGANIZATION, "Ministry of Finance and Economic Planning"));
        assertThat(q.speaker()).isEqualTo("Ministry of Finance and Economic Planning");
    }

    @Test
    void aParticipleHandsTheQuoteToTheSubjectOfItsClause() {
        String text = "The governor criticised the contractors, saying: “We will not pay for work that was never done.”";
        assertThat(direct(text).speaker()).isEqualTo("the governor");

        text = "Amina Diallo rejected the figures on Monday, adding, “Nobody in this district was counted.”";
        assertThat(direct(text, entities(text, EntityType.PERSON, "Amina Diallo")).speaker()).isEqualTo("Amina Diallo");
    }

    @Test
    void reportingVerbsOfTheWiderEnglishPress() {
        assertThat(direct("“The economy is on the path of recovery,” the minister disclosed.").speaker())
                .isEqualTo("the minister");
        String text = "“This is a sad day for our democracy,” Mr Rao opined.";
        assertThat(direct(text, entities(text, EntityType.PERSON, "Rao")).speaker()).isEqualTo("Rao");
        assertThat(direct("The chief minister lamented, “Our farmers have been left to fend for themselves.”").speaker())
                .isEqualTo("the chief minister");
    }

    @Test
    void anAsideAboutHowItWasSaidStandsBetweenSpeakerAndVerb() {
        assertThat(direct("The ministry, in a statement, said: “The vaccine is safe and effective.”").speaker())
                .isEqualTo("the ministry");
    }

    @Test
    void aNameSetOffAfterItsDescriptionAfterTheQuote() {
        String text = "“We have not received any complaint,” the police spokesperson, Musa Bello, told journalists.";
        assertThat(direct(text).speaker()).isEqualTo("Musa Bello");
        text = "“The rains have destroyed more than 300 houses,” said the district commissioner, Juma Hassan.";
        assertThat(direct(text).speaker()).isEqualTo("Juma Hassan");
    }

    @Test
    void anOrganisationAndARoleBeforeTheNameAfterTheVerb() {
        String text = "“We are ready for the polls,” said Commission chairperson Wafula Otieno.";
        Quote q = direct(text, entities(text, EntityType.PERSON, "Wafula Otieno"));
        assertThat(q.speaker()).isEqualTo("Wafula Otieno");
        // a day after the name is no part of it
        assertThat(direct("“We are ready for the polls,” said Otieno on Tuesday.").speaker()).isEqualTo("Otieno");
    }

    @Test
    void accordingToBeforeTheQuote() {
        String text = "According to Mr Wang, “the new policy will benefit small businesses across the region.”";
        assertThat(direct(text, entities(text, EntityType.PERSON, "Wang")).speaker()).isEqualTo("Wang");
    }

    @Test
    void typewriterQuotesOfWireCopy() {
        String text = "``The bridge will reopen in May,'' the mayor said on Friday.";
        Quote q = direct(text);
        assertThat(q.content().slice(text)).isEqualTo("The bridge will reopen in May,");
        assertThat(q.speaker()).isEqualTo("the mayor");

        text = "Paying the levy ''makes us all poorer,'' the union's treasurer said last week.";
        q = direct(text);
        assertThat(q.content().slice(text)).isEqualTo("makes us all poorer,");
        assertThat(q.speaker()).isEqualTo("the union's treasurer");
        assertThat(RuleQuoteFinder.twoApostrophes("''a b'' c")).hasSize("''a b'' c".length());
    }

    @Test
    void aRoleDoesNotReferBackToAnOrganisation() {
        String text = "Officials at the Ministry of Lands and Housing said: “The quota will not change.” "
                + "“We are ready,” the mayor said on Friday.";
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text),
                entities(text, EntityType.ORGANIZATION, "Ministry of Lands and Housing"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).equals("We are ready,"))
                .singleElement().extracting(Quote::speaker).isEqualTo("the mayor");
    }

    @Test
    void aSpeechVerbInALaterSentenceIsNoCreditForTheQuote() {
        // the words after the quote run to the end of their sentence; "He told" opens the next paragraph,
        // and the person named before it ("Tom Hale") is no speaker of the quoted words
        String text = "Party leader Ann Reed has said voters now have a “fundamental lack of trust” in Tom Hale as "
                + "prime minister.\n\nHe told a rally in Leeds that the public no longer believed the government.";
        Quote q = direct(text, entities(text, EntityType.PERSON, "Ann Reed", "Tom Hale"));
        assertThat(q.content().slice(text)).isEqualTo("fundamental lack of trust");
        assertThat(q.speaker()).isEqualTo("Ann Reed");
    }

    @Test
    void aPronounAfterAnIndirectAttributionIsItsSpeakerNotAPersonNamedInIt() {
        String text = "Party leader Kim Reed has said voters now have little trust in Tom Hale as prime minister.\n\n"
                + "He said the public had stopped believing the government.";
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text),
                entities(text, EntityType.PERSON, "Kim Reed", "Tom Hale"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).startsWith("the public"))
                .extracting(Quote::speaker).containsExactly("Kim Reed");
    }

    @Test
    void aStopRightAfterTheClosingMarkEndsTheQuotesSentence() {
        String text = "Mayor Ann Reed, who says she is “standing by” her remarks, had likened the editor to a "
                + "“prison camp guard”. At her weekly briefing on Tuesday she said her words were fair.";
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text),
                entities(text, EntityType.PERSON, "Ann Reed"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).equals("prison camp guard"))
                .extracting(Quote::speaker).containsExactly("Ann Reed");
    }

    @Test
    void aDayBeforeASubjectPronounIsNoPartOfTheSpeakersName() {
        String text = "Mayor Ann Reed spoke to the council.\n\nAt her weekly briefing on Tuesday she said her words were fair.";
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text),
                entities(text, EntityType.PERSON, "Ann Reed"));
        assertThat(quotes).filteredOn(q -> q.content().slice(text).startsWith("her words"))
                .extracting(Quote::speaker).containsExactly("Ann Reed");
    }
}
