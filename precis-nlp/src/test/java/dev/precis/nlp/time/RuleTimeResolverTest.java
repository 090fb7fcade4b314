package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Granularity;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleTimeResolverTest {

    private static final Locale LOCALE = Locale.getDefault();
    private static final TimeZone ZONE = TimeZone.getDefault();
    private final RuleTimeResolver resolver = new RuleTimeResolver();

    @AfterEach
    void restore() {
        Locale.setDefault(LOCALE);
        TimeZone.setDefault(ZONE);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("The ministry said on Monday that talks had stalled.", "2024-11-27", "Monday", "2024-11-25"),
                Arguments.of("The delegations will meet on Monday in Vienna.", "2024-11-27", "Monday", "2024-12-02"),
                Arguments.of("Last Friday, the president spoke to reporters.", "2022-01-31", "Last Friday", "2022-01-28"),
                Arguments.of("The summit is scheduled in Malta on December 5–6.", "2024-11-25", "December 5–6",
                        "2024-12-05/2024-12-06"),
                Arguments.of("The fair will run 5-6 December.", "2024-11-25", "5-6 December", "2024-12-05/2024-12-06"),
                Arguments.of("The exhibition runs from May to July.", "2024-03-01", "May to July", "2024-05/2024-07"),
                Arguments.of("Its July 2024 decision surprised many.", "2024-11-25", "July 2024", "2024-07"),
                Arguments.of("The treaty was signed in 1997, officials recalled.", "2024-11-25", "1997", "1997"),
                Arguments.of("The plant closed two weeks ago.", "2024-03-15", "two weeks ago", "2024-W09"),
                Arguments.of("A decision is expected in two weeks’ time.", "2024-03-15", "two weeks’ time", "2024-W13"),
                Arguments.of("Prices rose earlier this month.", "2024-03-15", "earlier this month", "2024-03"),
                Arguments.of("Elections are due next year.", "2024-03-15", "next year", "2025"),
                Arguments.of("The mayor resigned yesterday.", "2024-03-15", "yesterday", "2024-03-14"),
                Arguments.of("Talks resumed after a six-month break.", "2024-03-15", "six-month", "P6M"),
                Arguments.of("Profit fell in the third quarter of 2023.", "2024-03-15", "the third quarter of 2023", "2023-Q3"),
                Arguments.of("It happened in the summer of 2019.", "2024-03-15", "summer of 2019", "2019-SU"),
                Arguments.of("The vote took place on March 3, 2021.", "2024-03-15", "March 3, 2021", "2021-03-03"),
                Arguments.of("The vote took place on 3 March 2021.", "2024-03-15", "3 March 2021", "2021-03-03"),
                Arguments.of("The file is dated 2021-03-04.", "2024-03-15", "2021-03-04", "2021-03-04"),
                Arguments.of("The report received on January 26 was studied.", "2022-01-31", "January 26", "2022-01-26"),
                Arguments.of("The drafts were passed in December 2021.", "2022-01-31", "December 2021", "2021-12"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolvesUnderEveryLocaleAndZone(String text, String anchor, String expression, String value) {
        for (Locale locale : List.of(Locale.US, Locale.GERMANY, new Locale("tr", "TR"), Locale.JAPAN)) {
            for (String zone : List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles")) {
                Locale.setDefault(locale);
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                List<TimeExpression> found = resolve(text, LocalDate.parse(anchor));
                assertThat(found).as("%s under %s/%s", text, locale, zone)
                        .anySatisfy(t -> {
                            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
                            assertThat(t.value()).isEqualTo(value);
                        });
            }
        }
    }

    @Test
    void keepsGranularity() {
        String text = "In July 2024 and in 1997 and on January 28, 2022, and for six months.";
        List<TimeExpression> found = resolve(text, LocalDate.of(2024, 11, 25));
        assertThat(found).extracting(TimeExpression::granularity)
                .containsExactly(Granularity.MONTH, Granularity.YEAR, Granularity.DAY, Granularity.DURATION);
    }

    @Test
    void invalidDatesDoNotThrowAndAreNotInvented() {
        String text = "The deadline was February 30, 2023, or 31/02/2023, or 2023-02-30 or April 31.";
        List<TimeExpression> found = resolve(text, LocalDate.of(2023, 3, 1));
        assertThat(found).allSatisfy(t -> assertThat(t.value()).isNotNull().doesNotContain("02-30", "02-31", "04-31"));
        assertThat(found).extracting(TimeExpression::value).contains("2023");
    }

    @Test
    void withoutAnchorRelativeExpressionsStayUnresolved() {
        String text = "Yesterday the plan from July 2024 was dropped.";
        List<TimeExpression> found = resolve(text, null);
        assertThat(found).anySatisfy(t -> {
            assertThat(t.range().slice(text)).isEqualTo("Yesterday");
            assertThat(t.value()).isNull();
        });
        assertThat(found).anySatisfy(t -> assertThat(t.value()).isEqualTo("2024-07"));
    }

    @Test
    void lowerCaseMayAndMarchAreNotMonths() {
        assertThat(resolve("Protesters may march to the square.", LocalDate.of(2024, 3, 1))).isEmpty();
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
