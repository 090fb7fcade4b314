package dev.precis.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Quote;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker described by a relative clause without commas ("A retired judge who quit in anger at the new
 * rules says …") is the noun phrase before "who", not the clause's last words; a "who" whose clause has a
 * verb with a subject of its own, or an interrogative "who", changes nothing. Sentences written for this test.
 */
class RelativeClauseSubjectTest {

    private final RuleQuoteFinder finder = new RuleQuoteFinder();

    private String speakerOf(String text, String content) {
        List<Quote> quotes = finder.find(text, new NewsSentenceSplitter().split(text), List.of());
        return quotes.stream().filter(q -> q.content().slice(text).contains(content)).findFirst()
                .map(Quote::speaker).orElse("(no quote)");
    }

    @Test
    void theSubjectBeforeWhoSpeaksNotTheLastWordsOfTheClause() {
        assertThat(speakerOf("A retired judge who quit in anger at the new rules says the courts will suffer.",
                "the courts will suffer")).isEqualTo("a retired judge");
        assertThat(speakerOf("The lawyer who represented the family at the inquest said the ruling was a relief.",
                "the ruling was a relief")).isEqualTo("the lawyer");
    }

    @Test
    void aVerbWithItsOwnSubjectInsideTheClauseKeepsThatSubject() {
        String text = "The crowd cheered for Tom Hale, the farmer who became known in 2019 when he shouted "
                + "“Not one more acre!” at the minister.";
        assertThat(speakerOf(text, "Not one more acre")).isNotEqualTo("the farmer");
    }

    @Test
    void anInterrogativeWhoIsNoRelativeClause() {
        String text = "The hearing grew so tense over who signed the order that council leader Ann Reed said, "
                + "“We need a translator for this.”";
        assertThat(speakerOf(text, "We need a translator")).isEqualTo("Ann Reed");
    }
}
