package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleQuoteFinderTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private List<Quote> find(String text, List<EntityMention> entities) {
        return finder.find(text, new NewsSentenceSplitter().split(text), entities);
    }

    private List<Quote> find(String text) {
        return find(text, List.of());
    }

    private static List<Quote> direct(List<Quote> quotes) {
        return quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
    }

    @Test
    void curlyQuoteWithSpeakerBefore() {
        String text = "Harbour master Lena Vogt said, “The channel stays closed until the storm passes.”";
        Quote q = direct(find(text)).get(0);
        assertThat(q.content().slice(text)).isEqualTo("The channel stays closed until the storm passes.");
        assertThat(q.speaker()).isEqualTo("Lena Vogt");
        assertThat(q.speakerRange().slice(text)).isEqualTo("Lena Vogt");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void straightQuoteWithSpeakerAfterAndPronounFollowUp() {
        String text = "Mayor Tom Hale opened the bridge. \"We waited nine years for this,\" Hale said. "
                + "\"It will carry 20,000 cars a day,\" he added.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Tom Hale", "Tom Hale");
    }

    @Test
    void speakersWithAnAsideBetweenNameAndVerbAreTheirOwnNotThePreviousSpeaker() {
        String text = "“The harbour will reopen in spring, as planned,” Lena Vogt told reporters on Monday.\n\n"
                + "“We have the money for the new quay and the crews are ready,” Tomas Ekberg, the council's finance chief, said.\n\n"
                + "“Nobody expected the storm to last two weeks,” Ida Marsh, 58, told the radio station.\n\n"
                + "After the vote, Councillor Per Alm (Greens), said, “The quay must be built to last a hundred years.”\n\n"
                + "In a statement, her senior adviser, Jan Holm, said: “The plan is sound and will be paid for in full.”\n\n"
                + "“The crews start on Monday,” Eva Lund, who has run the port since 2019 and before that led the harbour"
                + " authority's planning office for a decade, told the meeting.\n\n"
                + "“The state will pay for half of the quay,” Senator Ann Reed, R-Ky., said.\n\n"
                + "Karl Berg, Reed’s chief of staff, said: “The money is in next year's budget.”\n\n"
                + "“The ferry runs again from the first of May,” Northvale Harbour Company operations manager Nina Falk said.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Lena Vogt", "Tomas Ekberg", "Ida Marsh", "Per Alm",
                "Jan Holm", "Eva Lund", "Ann Reed", "Karl Berg", "Nina Falk");
        assertThat(quotes.get(1).speakerRange().slice(text)).isEqualTo("Tomas Ekberg");
    }

    @Test
    void anAttributionThatCannotBeParsedIsNotCreditedToThePreviousSpeaker() {
        String text = "“The harbour will reopen in spring, as planned,” Lena Vogt told reporters on Monday.\n\n"
                + "“We have the money for the new quay and the crews are ready,” Tomas Ekberg; who chairs it; said.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).first().extracting(Quote::speaker).isEqualTo("Lena Vogt");
        int second = text.indexOf("\n\n");
        assertThat(quotes).filteredOn(q -> q.content().start() > second).extracting(Quote::speaker).doesNotContain("Lena Vogt");
    }

    @Test
    void aVerbFirstAttributionToAnotherSpeakerIsThatSpeaker() {
        String text = "“The vote is close and every ballot counts,” said Lena Vogt.\n\n"
                + "“Nobody in the valley has seen turnout like this before today,” added another Northvale farmer.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).speaker()).isNotEqualTo("Lena Vogt");
        assertThat(quotes.get(1).speakerRange().slice(text)).endsWith("farmer");
    }

    @Test
    void quotedWordsThatRunOnIntoTheSentenceTakeItsAttribution() {
        String text = "The council met on Monday.\n\n"
                + "“We are frustrated and disappointed” by the delay to the new quay, Ida Marsh said. She wants a date.\n\n"
                + "“The money is there and the crews are waiting” but the permits are not, says former Sen. Karl Berg, who chairs the port board.\n\n"
                + "“The plan is sound,” Per\u00a0Alm\u00a0said on Tuesday.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Ida Marsh", "Karl Berg", "Per Alm");
        assertThat(quotes.get(0).content().slice(text)).isEqualTo("We are frustrated and disappointed");
    }

    @Test
    void descriptionSpeakerResolvesToEarlierTitledName() {
        String text = "Finance Minister Ana Ruiz presented the budget on Tuesday. Opposition parties objected.\n\n"
                + "“Nobody will pay more tax next year,” the minister told parliament.";
        assertThat(direct(find(text))).singleElement().extracting(Quote::speaker).isEqualTo("Ana Ruiz");
    }

    @Test
    void quoteContinuingIntoNextParagraph() {
        String text = "Coach Ida Berg said: “We trained hard. The team is ready.\n\n"
                + "“Now we have to show it on the pitch.”";
        // one quote over both paragraphs (before the seventh round, one per paragraph)
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).content().slice(text)).startsWith("We trained hard.").endsWith("on the pitch.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Ida Berg");
    }

    @Test
    void scareQuotesAndTitlesAreNotSpeech() {
        String text = "Critics watched the film “The Long Night” and read about the “military-technical” response.";
        assertThat(direct(find(text))).isEmpty();
        // a phrase the subject of "called" gives a name is its words (PolNeAR marks it, the subject as source)
        String called = "The government called it a “temporary measure”.";
        assertThat(direct(find(called))).extracting(Quote::speaker).containsExactly("the government");
    }

    @Test
    void indirectSpeechWithThat() {
        String text = "Mayor Tom Hale said that the bridge would reopen after the repairs.";
        Quote q = find(text).stream().filter(x -> x.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo("Tom Hale");
        assertThat(q.content().slice(text)).isEqualTo("the bridge would reopen after the repairs");
    }

    @Test
    void indirectSpeechAccordingToAndCiting() {
        String text = "According to the port authority, exports fell by a third. "
                + "A regional paper, citing a senior customs official, reports that the checks will be relaxed.";
        List<Quote> quotes = find(text);
        assertThat(quotes).extracting(Quote::speaker).contains("the port authority", "a senior customs official");
        assertThat(quotes).allMatch(q -> q.kind() == QuoteKind.INDIRECT);
    }

    @Test
    void aRoleGoesBackToTheLastSpeakerOnlyWhenItWasSaidOfThem() {
        String other = "“We will rebuild the bridge,” said Mayor Ana Lopes.\n\n"
                + "“The situation is under control,” the police chief told reporters.";
        assertThat(direct(find(other))).extracting(Quote::speaker).containsExactly("Ana Lopes", "the police chief");
        String same = "“We will rebuild the bridge,” said Ana Lopes, the town's mayor.\n\n"
                + "“The crews start in March,” the mayor told reporters.";
        assertThat(direct(find(same))).extracting(Quote::speaker).containsExactly("Ana Lopes", "Ana Lopes");
    }

    @Test
    void reportedSpeechAccordingToASourceWithARelativeClauseOrAPlaceIsStillFound() {
        String text = "The ferry service will stop in March, according to a harbour official who asked not to be named. "
                + "According to officials in the port town, the quay needs new piles.";
        List<Quote> quotes = find(text);
        assertThat(quotes).allMatch(q -> q.kind() == QuoteKind.INDIRECT);
        assertThat(quotes).extracting(Quote::speaker).containsExactly("a harbour official", "officials");
        assertThat(quotes.get(0).content().slice(text)).isEqualTo("The ferry service will stop in March");
        assertThat(quotes.get(1).content().slice(text)).isEqualTo("the quay needs new piles");
    }

    @Test
    void aQuoteAttributedAfterwardsByAccordingToHasThatSourceUpToItsRelativeClause() {
        String text = "The ferry talks broke down late on Friday.\n\n"
                + "\"The owners walked out before the second vote,\" according to a senior harbour official who asked not to be named.\n\n"
                + "“Nothing was signed,” according to the port authority, which runs the quay.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("a senior harbour official", "the port authority");
        assertThat(quotes).extracting(Quote::cue).containsOnly("according to");
        assertThat(quotes.get(0).content().slice(text)).isEqualTo("The owners walked out before the second vote,");
    }

    @Test
    void aQuoteOverSeveralParagraphsCreditedInItsLastIsOneQuoteFromItsFirstParagraph() {
        String text = "Mayor Ana Lopes was blunt at the meeting.\n\n"
                + "“The bridge will be rebuilt. We have the money and we have the will.\n\n"
                + "“The crews start in March.\n\n"
                + "“Nobody should doubt that we will finish it by spring,” she told reporters.\n\n"
                + "“It was a long winter.\n\nThe council meets again on Monday.";
        int at = text.indexOf("Ana Lopes");
        List<Quote> quotes = direct(find(text, List.of(new EntityMention(new TextRange(at, at + 9), EntityType.PERSON, "Ana Lopes", null))));
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.speaker()).isEqualTo("Ana Lopes");
        assertThat(q.content().slice(text)).startsWith("The bridge will be rebuilt.").endsWith("by spring,");
        assertThat(q.range().slice(text)).startsWith("“The bridge").endsWith("by spring,” she");
    }

    @Test
    void informantResolvesToTheSourceThatIntroducedIt() {
        String text = "A second source described the plan in detail. The informant argued that the talks would fail.";
        Quote q = find(text).stream().filter(x -> x.cue() != null && x.cue().contains("argued")).findFirst().orElseThrow();
        assertThat(q.speaker()).isEqualTo("a second source");
    }

    @Test
    void relativeClauseSpeaker() {
        String text = "Observers point to a statement by Deputy Minister Piotr Nowak, who affirmed that the delegation "
                + "would attend the meeting.";
        Quote q = find(text).get(0);
        assertThat(q.speaker()).isEqualTo("Piotr Nowak");
        assertThat(q.content().slice(text)).isEqualTo("the delegation would attend the meeting");
    }

    @Test
    void entitiesGiveCanonicalNames() {
        String text = "“The harbour will reopen soon,” Vogt said.";
        int at = text.indexOf("Vogt");
        List<EntityMention> entities = List.of(
                new EntityMention(new TextRange(at, at + 4), EntityType.PERSON, "Helena Vogt", null));
        assertThat(direct(find(text, entities))).singleElement().extracting(Quote::speaker).isEqualTo("Helena Vogt");
    }

    @Test
    void unbalancedMarksGiveRangesInsideTheText() {
        String text = "He said, “this never ends. And ” then \" more “ and ” and “ unclosed";
        assertThat(find(text)).allSatisfy(q -> {
            assertThat(q.range().fitsIn(text.length())).isTrue();
            assertThat(q.content().fitsIn(text.length())).isTrue();
        });
    }

    @Test
    void colonAtParagraphEndIntroducesTheNextParagraphsQuote() {
        String text = "The Harbour Gazette reports:\n\n\"Ferries will run again from Friday, the port said.\"";
        assertThat(direct(find(text))).singleElement().extracting(Quote::speaker).isIn("The Harbour Gazette", "Harbour Gazette");
    }

    @Test
    void dashAttributionAfterTheQuote() {
        String text = "“We were never asked what we need.” ― Maria Lopez\n\n“Nobody listens to us.” ― Jon Park";
        assertThat(direct(find(text))).extracting(Quote::speaker).containsExactly("Maria Lopez", "Jon Park");
    }

    @Test
    void directQuoteInsideAnIndirectAttributionIsOneEntry() {
        String text = "Harbour master Lena Vogt said that “the channel stays closed until the storm passes”, adding "
                + "that ferries would wait.";
        List<Quote> quotes = find(text);
        assertThat(quotes).filteredOn(q -> q.content().start() <= text.indexOf("the channel")
                && text.indexOf("the channel") < q.content().end()).singleElement().satisfies(q -> {
                    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
                    assertThat(q.speaker()).isEqualTo("Lena Vogt");
                    assertThat(q.range().start()).isLessThanOrEqualTo(text.indexOf("Lena"));
                });
    }

    @Test
    void singleQuotationMarksAreQuotesButPluralPossessivesAreNot() {
        String text = "Lena Vogt said: ‘The ministers' meeting will not change the channel rules this year.’";
        Quote q = direct(find(text)).get(0);
        assertThat(q.content().slice(text)).isEqualTo("The ministers' meeting will not change the channel rules this year.");
        assertThat(q.speaker()).isEqualTo("Lena Vogt");
    }

    @Test
    void placesInsideANameAndVerbsAreNoSpeakers() {
        String text = "“States must protect women from violence at home and at work,” the Istanbul Convention says.\n\n"
                + "“Investors can sleep easy for now,” can rest assured the markets.";
        int at = text.indexOf("Istanbul");
        List<EntityMention> entities = List.of(
                new EntityMention(new TextRange(at, at + "Istanbul".length()), EntityType.LOCATION, "Istanbul", null));
        List<Quote> quotes = find(text, entities);
        assertThat(quotes).extracting(Quote::speaker).doesNotContain("Istanbul", "can rest");
    }

    @Test
    void aPlaceAfterInOrFromSaysWhereTheSpeakerIsNotWho() {
        String text = "The Foreign Ministry in Abuja said the talks would resume next week.\n\n"
                + "Police in Lagos said the two men had been arrested after the raid.\n\n"
                + "Abuja said the border would stay closed.";
        List<EntityMention> entities = new java.util.ArrayList<>();
        int ministry = text.indexOf("Foreign Ministry");
        entities.add(new EntityMention(new TextRange(ministry, ministry + "Foreign Ministry".length()), EntityType.ORGANIZATION,
                "Foreign Ministry", null));
        for (String place : List.of("Abuja", "Lagos")) {
            for (int at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
                entities.add(new EntityMention(new TextRange(at, at + place.length()), EntityType.LOCATION, place, null));
            }
        }
        entities.sort(java.util.Comparator.comparingInt(e -> e.range().start()));
        List<Quote> quotes = find(text, entities);
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Foreign Ministry", "Police", "Abuja");
    }

    @Test
    void aPronounWhoseOnlyAntecedentIsADescriptionSpeaksForIt() {
        String text = "The minister was defiant on the steps of the ministry. “We are not leaving,” he said. “This is our home.”\n\n"
                + "A police spokesman said the coast road was closed. “We expect it to reopen tonight,” he said.\n\n"
                + "The ferry company apologised on Friday. “We let our passengers down,” they said.";
        List<Quote> quotes = direct(find(text));
        assertThat(quotes).extracting(Quote::speaker).containsExactly("the minister", "a police spokesman", "the ferry company");
        assertThat(quotes.get(0).content().slice(text)).startsWith("We are not leaving").endsWith("This is our home.");
        assertThat(quotes.get(1).speakerRange().slice(text)).isEqualTo("he");
    }

    @Test
    void aPronounStillTakesTheNamedPersonAndNeverAPlaceOrAThing() {
        String named = "Tom Hale was defiant. The minister spoke first. “We are not leaving,” he said.";
        List<EntityMention> hale = List.of(new EntityMention(new TextRange(0, "Tom Hale".length()), EntityType.PERSON, "Tom Hale", null));
        assertThat(direct(find(named, hale))).extracting(Quote::speaker).containsExactly("Tom Hale");
        // a place (here a name ending in a body's noun) is no antecedent; "he" is one person, not a company; "it"
        // is no person; the words inside a quote are no antecedent
        String text = "The Harbour Authority was quiet on Monday.\n\n"
                + "“The boats are in,” they said.\n\n"
                + "The company closed its office. “We are sorry,” he said.\n\n"
                + "The storm hit the quay at dawn. “Nobody was hurt,” it said.\n\n"
                + "“The spokesman is wrong. We stay,” she said.";
        int at = text.indexOf("Harbour Authority");
        List<EntityMention> place = List.of(new EntityMention(new TextRange(at, at + "Harbour Authority".length()),
                EntityType.LOCATION, "Harbour Authority", null));
        assertThat(find(text, place)).extracting(Quote::speaker)
                .doesNotContain("Harbour Authority", "the Harbour Authority", "the company", "the storm", "the spokesman");
        // without the place reading, the same body is the antecedent of "they"
        assertThat(find(text)).extracting(Quote::speaker).contains("the Harbour Authority");
    }
}
