package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An expression opening its sentence takes the tense of the sentence's main verb even when a long
 * inserted phrase or subject puts that verb more than 80 characters after it ("In January, a week after
 * …, a bomb … killed a guard" is this January, not the coming one). Sentences written for this test,
 * published Wednesday 23 October 2013.
 */
class OpeningExpressionFarVerbTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2013-10-23");

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "In January, a week after the anniversary of the court ruling on the dam, a bomb at the clinic in the northern city killed a guard.|January|2013-01",
        "In January, a month after the elections and the swearing-in of the new parliament, the city council will elect a new mayor.|January|2014-01",
        "On Monday, after a month of consultation with unions, employers and the regional governments of the north, the ministry will publish its plan.|Monday|2013-10-28",
        "On Monday, after a month of consultation with unions, employers and the regional governments of the north, the ministry published its plan.|Monday|2013-10-21"})
    void openingExpressionFollowsTheMainVerbFurtherOn(String text, String expression, String value) {
        assertThat(resolve(text)).as(text).filteredOn(t -> t.range().slice(text).equals(expression))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(value));
    }

    private List<TimeExpression> resolve(String text) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), PUBLISHED);
    }
}
