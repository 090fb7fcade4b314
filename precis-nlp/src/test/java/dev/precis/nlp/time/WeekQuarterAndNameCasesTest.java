package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project-written wire sentences for the twenty-first time-expression session, each with a fixed
 * publication date: a quarter or season of a year named relatively, a weekday of a named week, a day
 * of the month alone, a month before an event noun, clause boundaries for tense, and capitalised time
 * words inside names. Values worked out by hand with a calendar: 2019-11-20 is a Wednesday,
 * 2019-11-22 a Friday, 2022-10-10 a Monday, 2022-10-12 a Wednesday.
 */
class WeekQuarterAndNameCasesTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                // a quarter or season "of last/next year" is that year's, not the latest one begun
                Arguments.of("Unemployment hit 8 percent in the third quarter of last year.", "2019-11-20",
                        "the third quarter of last year", "2018-Q3"),
                Arguments.of("The plant will open in the first quarter of next year.", "2019-11-20",
                        "the first quarter of next year", "2020-Q1"),
                Arguments.of("The bill is due in the spring of next year.", "2019-11-20", "the spring of next year",
                        "2020-SP"),
                // a weekday of a named week is that week's, whatever the tense
                Arguments.of("Lawmakers are due to debate the bill on Wednesday next week.", "2019-11-20",
                        "Wednesday next week", "2019-11-27"),
                Arguments.of("Police said the raid took place on Monday last week.", "2019-11-22",
                        "Monday last week", "2019-11-11"),
                Arguments.of("The report will be published on Tuesday of next week.", "2019-11-20",
                        "Tuesday of next week", "2019-11-26"),
                // a day of the month alone: the last full date's month, else the anchor's placed by tense
                Arguments.of("The ceasefire took effect on 5 June and was extended on the 10th.", "2019-06-12",
                        "the 10th", "2019-06-10"),
                Arguments.of("He was detained on the 28th.", "2020-01-08", "the 28th", "2019-12-28"),
                Arguments.of("The court will rule on the 20th, his lawyer said.", "2020-01-08", "the 20th", "2020-01-20"),
                Arguments.of("The rent is due by the 5th of next month.", "2020-01-08", "the 5th of next month",
                        "2020-02-05"),
                // "March" before an event noun is the month
                Arguments.of("The ruling party won a landslide in the March election.", "2019-06-12", "March", "2019-03"),
                // "the quarter" in a future clause is the one under way
                Arguments.of("The governor said on Monday that the rate would be reviewed at the end of the quarter.",
                        "2021-03-13", "the quarter", "2021-Q1"),
                // a relative clause after the expression is another clause's tense
                Arguments.of("Authorities imposed a curfew on Saturday that will remain in place until Wednesday.",
                        "2022-10-10", "Saturday", "2022-10-08"),
                // coming into force in the present is scheduled
                Arguments.of("The law takes effect on Monday.", "2022-10-12", "Monday", "2022-10-17"),
                // a title-case headline and a sentence's first word keep "Today"
                Arguments.of("Markets Rally Today As Oil Falls", "2019-06-12", "Today", "2019-06-12"),
                Arguments.of("\"Today we mark a new beginning,\" she said.", "2019-06-12", "Today", "2019-06-12"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolves(String text, String anchor, String expression, String value) {
        assertThat(resolve(text, LocalDate.parse(anchor))).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("According to China Daily, the plant will open next year.", "Daily"),
                Arguments.of("He told BBC Radio 4's Today programme that the plan was sound.", "Today"),
                Arguments.of("An editorial in USA Today said the law was flawed.", "Today"),
                Arguments.of("He told the Sunday Times that he would not resign.", "Sunday"),
                Arguments.of("Kenya's Sunday Nation reported the story.", "Sunday"),
                Arguments.of("The Arab Spring began in 2010.", "Spring"),
                Arguments.of("He won gold at the Winter Olympics in 2018.", "Winter"),
                Arguments.of("The building was evacuated on the 3rd floor.", "3rd"),
                Arguments.of("The May government fell.", "May"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void timeWordsInsideNamesAreNoExpressions(String text, String word) {
        assertThat(resolve(text, LocalDate.parse("2019-06-12"))).as(text)
                .noneMatch(t -> t.range().slice(text).contains(word));
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
