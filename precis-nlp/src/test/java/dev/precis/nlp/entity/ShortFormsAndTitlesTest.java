package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.EntityTestSupport.run;
import static dev.precis.nlp.entity.EntityTestSupport.surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityMention;
import dev.precis.model.Quote;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One page per thing, continued: an organisation's short forms (without its country, its acronym, its first word)
 * are the organisation named in full; a publication written "The X" inside a sentence keeps its "The"; a title of the
 * other sex keeps a person apart when the given-name list does not know the full name's given name, or says the
 * other sex; a hyphenated given name stays in the name. The sentences and names are made up for this test.
 */
class ShortFormsAndTitlesTest {

    private static List<String> canonicals(String text, String surface) {
        List<EntityMention> found = run(text);
        List<String> out = found.stream().filter(m -> m.range().slice(text).equals(surface))
                .map(EntityMention::canonical).toList();
        assertThat(out).as(surfaces(found, text).toString()).isNotEmpty();
        return out;
    }

    private static String speakerOf(String text, String words) {
        List<Quote> quotes = new RuleQuoteFinder().find(text, new NewsSentenceSplitter().split(text), run(text));
        return quotes.stream().filter(q -> q.content().slice(text).contains(words)).findFirst().map(Quote::speaker)
                .orElse("(no quote)");
    }

    @Test
    void aListedBodyNamedWithItsCountryIsOnePageWithItsShortNames() {
        String text = "The US Federal Reserve raised its main rate on Tuesday.\n\n"
                + "Traders said the Federal Reserve would wait until spring, and the Fed gave no sign of a further rise.";
        assertThat(canonicals(text, "Federal Reserve")).containsOnly("US Federal Reserve");
        assertThat(canonicals(text, "Fed")).containsOnly("US Federal Reserve");
    }

    @Test
    void anAcronymSpellsATwoWordNameANameWithoutItsCountryAndInnerCapitals() {
        String airline = "Shares in Tarvel Airways fell on Monday.\n\n"
                + "TA chief executive Tom Hale said the airline would cut 300 jobs.";
        assertThat(canonicals(airline, "TA")).containsOnly("Tarvel Airways");
        String board = "The US Equal Pay Board heard the case in March.\n\nThe EPB declined to comment on the ruling.";
        assertThat(canonicals(board, "EPB")).containsOnly("US Equal Pay Board");
        String console = "Norvik will sell the PlayBox Portable in Oslo from May.\n\nThe PBP will cost about $200 there.";
        assertThat(canonicals(console, "PBP")).containsOnly("PlayBox Portable");
    }

    @Test
    void aListedAcronymKeepsItsOwnMeaning() {
        String text = "Ulster Sprockets opened a plant in Texas.\n\nUS officials welcomed the 300 jobs it brings.";
        assertThat(canonicals(text, "US")).doesNotContain("Ulster Sprockets");
    }

    @Test
    void anOrganisationsUncommonFirstWordIsTheOrganisation() {
        String text = "Brannock Textiles agreed to sell its two mills to a rival on Monday.\n\n"
                + "Shares in Brannock rose 4% after the news, and Brannock said the sale would close in June.";
        assertThat(canonicals(text, "Brannock")).containsOnly("Brannock Textiles");
    }

    @Test
    void aFirstWordOpeningTwoNamesStaysApart() {
        String text = "Brannock Textiles and Brannock Paper both make pulp in Perth.\n\nBrannock said prices would rise.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("Brannock")).map(EntityMention::canonical))
                .doesNotContain("Brannock Textiles", "Brannock Paper");
    }

    @Test
    void aPublicationWrittenWithACapitalTheKeepsIt() {
        String listed = "Circulation rose at both The Independent and The Times last year, the figures show.";
        assertThat(canonicals(listed, "The Independent")).containsOnly("The Independent");
        String headWord = "The deal was reported in The Clarion newspaper on Monday.\n\n"
                + "The editor of The Clarion declined to comment.";
        assertThat(canonicals(headWord, "The Clarion")).containsOnly("The Clarion");
    }

    @Test
    void aNewspaperReadAsAPersonAfterACapitalTheIsAPublication() {
        String text = "The deal was first reported in The Harwick Courier on Monday, and editors at The Harwick "
                + "Courier said more would follow.";
        List<EntityMention> found = run(text);
        assertThat(found.stream().filter(m -> m.range().slice(text).equals("The Harwick Courier"))
                .map(m -> m.type() + " " + m.canonical()).toList())
                .as(surfaces(found, text).toString()).containsOnly("ORGANIZATION The Harwick Courier");
    }

    @Test
    void aTitleOfTheOtherSexKeepsApartWhenTheGivenNameIsNotListed() {
        String text = "Dale Rourke has run the farm near Ludlow since 1990.\n\n"
                + "Mr Rourke said milk prices were too low. Mrs Rourke said she would sell the cows in spring.";
        assertThat(canonicals(text, "Rourke")).containsExactly("Dale Rourke", "Mrs Rourke");
        assertThat(speakerOf(text, "sell the cows")).isEqualTo("Mrs Rourke");
    }

    @Test
    void aTitleBeforeTheFullNameBeatsTheGivenNameList() {
        String text = "Mrs Chris Tamsin has owned the bakery in Ludlow since 1990.\n\n"
                + "Mrs Tamsin said she would retire next year.";
        assertThat(canonicals(text, "Tamsin")).containsOnly("Chris Tamsin");
    }

    @Test
    void aHyphenatedGivenNameStaysInTheName() {
        // the model's cut, as it makes it once the surname alone was a person in the headline
        TokenizedText doc = EntityTestSupport.sentence("French", "composer", "Jean-Luc", "Brissac", "is", "to", "play");
        List<MentionDraft> mentions = new ArrayList<>(List.of(new MentionDraft(0, 3, 4, EntityTypes.PERSON, false)));
        HyphenatedGivenNames.extend(doc, mentions, EntityTestSupport.models().gazetteer());
        assertThat(mentions.get(0).start).isEqualTo(2);

        TokenizedText other = EntityTestSupport.sentence("the", "Anglo-Saxon", "Brissac", "family");
        List<MentionDraft> kept = new ArrayList<>(List.of(new MentionDraft(0, 2, 3, EntityTypes.PERSON, false)));
        HyphenatedGivenNames.extend(other, kept, EntityTestSupport.models().gazetteer());
        assertThat(kept.get(0).start).isEqualTo(2);
    }
}
