package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the next decade": ten years' length after a preposition of extent (as "the past decade" is P10Y),
 * in a past narrative the decade after the year it last named, else the decade after publication.
 * Sentences written for this test.
 */
class NextDecadeTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2014-06-03");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The port plans to double its traffic over the next decade.|P10Y",
        "Rents rose steadily throughout the coming decade, the survey found.|P10Y",
        "In 1986 the planners said the tunnel was to open in the next decade.|199",
        "The board hopes to list the company in the next decade.|202"})
    void theNextDecade(String text, String value) {
        assertThat(resolve(text)).filteredOn(t -> t.range().slice(text).endsWith("decade"))
                .as(text).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(value));
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
