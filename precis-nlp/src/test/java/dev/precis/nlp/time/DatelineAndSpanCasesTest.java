package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Project-written sentences for the seventeenth time-expression session, each with a fixed
 * publication date: wire datelines as the date a story counts from, seasons and fiscal years written
 * "2012/13", "the year before" and recurrences with a count ("every two years"). Values worked out by hand with a calendar: 2013-03-03 is a
 * Sunday, 2013-03-04 a Monday.
 */
class DatelineAndSpanCasesTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                // the dateline's day is the story's day when the feed dates it a day later
                Arguments.of("BEIJING, March 3 (Xinhua) -- The minister arrived in the capital yesterday.", "2013-03-04",
                        "yesterday", "2013-03-02"),
                Arguments.of("Storm hits coast\nMANILA, March 3 (Reuters) - The typhoon made landfall today.", "2013-03-04",
                        "today", "2013-03-03"),
                Arguments.of("ST. LOUIS, Mo., Dec. 31 (AP) -- Officials said tomorrow's parade is cancelled.", "2013-01-01",
                        "tomorrow", "2013-01-01"),
                // a dateline far from the publication date, or a day range at a line start, is not the anchor
                Arguments.of("LONDON, January 10 (Reuters) - Prices fell sharply today.", "2013-03-04", "today",
                        "2013-03-04"),
                Arguments.of("March 1 - 2: talks in Geneva.\nThe envoy left yesterday.", "2013-03-04", "yesterday",
                        "2013-03-03"),
                // seasons and fiscal years written with a slash span New Year
                Arguments.of("The club struggled during the 2012/13 season.", "2013-03-04", "2012/13", "2012/2013"),
                Arguments.of("The budget for fiscal 2012/13 was cut.", "2013-03-04", "fiscal 2012/13", "2012/2013"),
                Arguments.of("Profits for FY2012-13 rose.", "2013-03-04", "FY2012-13", "2012/2013"),
                // year, month and day separated by slashes
                Arguments.of("The notice was dated 2013/02/27.", "2013-03-04", "2013/02/27", "2013-02-27"),
                // "the year before" counts from the year the text last named
                Arguments.of("Exports rose 4 percent in 2011, after falling the year before.", "2013-03-04",
                        "the year before", "2010"),
                Arguments.of("The plant shut on May 2, 2012. The day before, workers had walked out.", "2013-03-04",
                        "The day before", "2012-05-01"),
                Arguments.of("Costs have risen since the month before.", "2013-03-04", "the month before", "2013-02"),
                // "until" after a past verb of lasting ends something past; after others it still looks forward
                // (2013-03-20 is a Wednesday)
                Arguments.of("The talks, which lasted until late Tuesday night, broke up without a deal.", "2013-03-20",
                        "Tuesday night", "2013-03-19TNI"),
                Arguments.of("Fighting continued until Sunday, residents said.", "2013-03-20", "Sunday", "2013-03-17"),
                Arguments.of("Parliament adjourned until Tuesday.", "2013-03-20", "Tuesday", "2013-03-26"),
                // "couple of" without "a" after "the next", "the past"
                Arguments.of("Rates will stay low over the next couple of years.", "2013-03-04", "couple of years", "P2Y"),
                // recurrences with a count, and the adverb's meaning in "on a daily basis" (TimeML sets)
                Arguments.of("The summit is held every two years.", "2013-03-04", "every two years", "P2Y"),
                Arguments.of("Inspectors visit every other week.", "2013-03-04", "every other week", "P2W"),
                Arguments.of("The post rotates every second year.", "2013-03-04", "every second year", "P2Y"),
                Arguments.of("Prices are revised every few months.", "2013-03-04", "every few months", "PXM"),
                Arguments.of("The buses run every hour.", "2013-03-04", "every hour", "PT1H"),
                Arguments.of("Staff report to him on a daily basis.", "2013-03-04", "daily", "P1D"),
                // "a year before" ending its clause is "a year earlier"
                Arguments.of("Sales reached $3 million, up from $2 million a year before.", "2013-03-04", "a year before",
                        "2012"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolves(String text, String anchor, String expression, String value) {
        assertThat(resolve(text, LocalDate.parse(anchor))).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @Test
    void datelineWithAYearAnchorsATextWithoutPublicationDate() {
        String text = "NAIROBI, 4 March 2013 (AFP) — Voters queued from dawn on Monday.";
        assertThat(resolve(text, null)).extracting(TimeExpression::value).contains("2013-03-04");
        assertThat(resolve(text, null)).filteredOn(t -> t.range().slice(text).contains("Monday"))
                .extracting(TimeExpression::value).containsExactly("2013-03-04");
    }

    @Test
    void datelineWithoutAYearLeavesATextWithoutPublicationDateUnresolved() {
        String text = "WASHINGTON, March 3 (Reuters) - The senator spoke on Tuesday.";
        assertThat(resolve(text, null)).filteredOn(t -> t.range().slice(text).contains("Tuesday"))
                .extracting(TimeExpression::value).containsOnlyNulls();
    }

    @Test
    void slashedNumbersThatAreNoSeasonAreNoRange() {
        String text = "The council passed resolution 2012/19 on Monday.";
        assertThat(resolve(text, LocalDate.of(2013, 3, 4))).extracting(TimeExpression::value)
                .doesNotContain("2012/2019", "2012/2013");
    }

    @Test
    void dayBeforeAnEventIsNoDateOfItsOwn() {
        String text = "Talks collapsed the day before the vote.";
        assertThat(resolve(text, LocalDate.of(2013, 3, 4))).extracting(t -> t.range().slice(text))
                .noneMatch(s -> s.contains("the day before"));
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
