package dev.precis.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.precis.model.Granularity;
import dev.precis.model.TimeExpression;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One project-written sentence per rule: the expression found and the value it resolves to. */
class TimeRuleCasesTest {

    private final RuleTimeResolver resolver = new RuleTimeResolver();

    static Stream<Arguments> cases() {
        return Stream.of(
                // tense: explicit cues outrank participles in "-ed"; "had been due to" looks back
                Arguments.of("Ms. Ortiz will be named leader of the survey for a voyage in December.", "2024-03-04",
                        "December", "2024-12"),
                Arguments.of("Mr. Berg will succeed the founder Feb. 1, the board said.", "2023-10-26", "Feb. 1",
                        "2024-02-01"),
                Arguments.of("The tender had been due to expire Friday evening.", "2024-03-13", "Friday evening",
                        "2024-03-08TEV"),
                // prospective phrases look forward even in a past clause; a form after "be" is no past
                Arguments.of("Farmers were planning to block the ring road on Monday.", "2024-03-15", "Monday",
                        "2024-03-18"),
                Arguments.of("The envoy could land in Lima as early as Tuesday.", "2024-03-18", "Tuesday",
                        "2024-03-19"),
                Arguments.of("The bank also created a risk committee, effective Feb. 1.", "2023-10-26", "Feb. 1",
                        "2024-02-01"),
                Arguments.of("The split would be paid on a date in January to holders.", "2023-10-26", "January",
                        "2024-01"),
                Arguments.of("The reduced dividend is payable Jan. 2 to holders.", "2023-11-02", "Jan. 2",
                        "2024-01-02"),
                // an expression opening its sentence: its preposition is no cue, the verb after it is
                Arguments.of("Until Thursday, the police had not named him a suspect.", "2024-05-10", "Thursday",
                        "2024-05-09"),
                // a past clause reaches eight months back; "last" with a month and day looks back
                Arguments.of("The trader was last seen Nov. 3, a day before the warrant.", "2024-05-07", "Nov. 3",
                        "2023-11-03"),
                Arguments.of("The surgeon was shot last Oct. 23 at his home.", "2024-04-19", "last Oct. 23",
                        "2023-10-23"),
                Arguments.of("The ferry will sail again next March 2, the port said.", "2024-04-19", "next March 2",
                        "2025-03-02"),
                // an irregular past form is a past cue ("brought" has no "-ed")
                Arguments.of("In January, the clinic group brought in a new chief executive.", "2023-10-27", "January",
                        "2023-01"),
                Arguments.of("The cooperative became the largest buyer, and in March it withdrew.",
                        "2023-11-20", "March", "2023-03"),
                // no tense: the occurrence nearer the publication date
                Arguments.of("Holders of record get the dividend Jan. 2 in cash.", "2023-11-02", "Jan. 2",
                        "2024-01-02"),
                Arguments.of("After a revision to December's figures, hiring looks steady.", "2024-02-06", "December",
                        "2023-12"),
                // fiscal periods
                Arguments.of("Revenue for the year ended March 31 reached $4 million.", "2024-06-01", "the year", "P1Y"),
                Arguments.of("The chain expects a loss for the current fiscal year.", "2024-06-01",
                        "current fiscal year", "2024"),
                Arguments.of("Shipments should recover in the second half of 2023.", "2023-05-01",
                        "second half of 2023", "2023-H2"),
                Arguments.of("Demand stays weak through the first two quarters of next year.", "2024-10-01",
                        "first two quarters of next year", "2025-H1"),
                Arguments.of("Profit for the full year will top $9 million.", "2024-10-01", "the full year", "2024"),
                Arguments.of("Exports made up a third of sales in the latest fiscal year.", "2024-10-26",
                        "the latest fiscal year", "2023"),
                // recurring weekdays and units
                Arguments.of("A third ferry will leave each Thursday from June.", "2024-03-01", "each Thursday",
                        "XXXX-WXX-4"),
                Arguments.of("Two flights depart on Monday nights.", "2024-03-01", "Monday nights", "XXXX-WXX-1TNI"),
                Arguments.of("Tariffs are reviewed every month by the board.", "2024-03-01", "every month", "P1M"),
                Arguments.of("In an editorial on Saturday, April 20: the court erred.", "2024-04-22",
                        "Saturday, April 20", "2024-04-20"),
                // clock times
                Arguments.of("The shop was robbed at 10 p.m. Wednesday, police said.", "2024-03-15",
                        "10 p.m. Wednesday", "2024-03-13T22:00"),
                Arguments.of("Negotiations broke off at noon Thursday.", "2024-03-15", "noon Thursday",
                        "2024-03-14T12:00"),
                Arguments.of("The offer now runs until 5 p.m. EST, Nov. 6.", "2023-10-30", "5 p.m. EST, Nov. 6",
                        "2023-11-06T17:00"),
                Arguments.of("The council will vote Monday at 9 a.m. in the old hall.", "2024-03-15",
                        "Monday at 9 a.m.", "2024-03-18T09:00"),
                Arguments.of("The fire started at 3:30 p.m. near the docks.", "2024-03-15", "3:30 p.m.",
                        "2024-03-15T15:30"),
                Arguments.of("The bid had been scheduled to lapse at midnight Friday.", "2024-03-13",
                        "midnight Friday", "2024-03-08T24:00"),
                Arguments.of("Shares slid by mid-afternoon yesterday.", "2024-03-15", "mid-afternoon yesterday",
                        "2024-03-14TAF"),
                // years in words (broadcast transcripts)
                Arguments.of("The plant opened in nineteen ninety-four on the river.", "2024-03-15",
                        "nineteen ninety-four", "1994"),
                Arguments.of("He vowed to halve poverty by the year two thousand.", "1998-03-15",
                        "the year two thousand", "2000"),
                Arguments.of("A flood struck in January nineteen eighty-seven.", "1998-03-15",
                        "January nineteen eighty-seven", "1987-01"),
                Arguments.of("Prices last fell that low in the winter of nineteen ninety-one.", "1998-03-15",
                        "winter of nineteen ninety-one", "1991-WI"),
                Arguments.of("Music of the nineties filled the hall.", "2024-03-15", "the nineties", "199"),
                Arguments.of("Sales peaked in mid-1996 at the chain.", "2024-03-15", "mid-1996", "1996"),
                // the date the text last named is the reference of "the following …", "that year"
                Arguments.of("On May 2, 2011, she joined the army, and the following year she became a pilot.",
                        "2024-03-15", "the following year", "2012"),
                Arguments.of("In March 2019 a bid was refused. The following month, the firm put itself up for sale.",
                        "2024-03-15", "The following month", "2019-04"),
                Arguments.of("Exports were $3 million in 2018, a small share of all trade that year.", "2024-03-15",
                        "that year", "2018"),
                // fractions and counted units
                Arguments.of("He spent 2 1/2 years in exile.", "2024-03-15", "2 1/2 years", "P2Y6M"),
                Arguments.of("The crossing took 5 1/2 hours in fog.", "2024-03-15", "5 1/2 hours", "PT5H30M"),
                Arguments.of("The ovation lasted a minute and a half.", "2024-03-15", "a minute and a half", "PT1M30S"),
                Arguments.of("The repair needs 1.5 days of work.", "2024-03-15", "1.5 days", "P1DT12H"),
                Arguments.of("The siege lasted two and a half years.", "2024-03-15", "two and a half years", "P2Y6M"),
                Arguments.of("She was jailed for three-and-a-half years.", "2024-03-15", "three-and-a-half years",
                        "P3Y6M"),
                Arguments.of("The vote was delayed by half an hour.", "2024-03-15", "half an hour", "PT30M"),
                Arguments.of("Envoys left their third day-long session without a deal.", "2024-03-15", "day-long",
                        "P1D"),
                Arguments.of("The town marked the end of a year-long siege.", "2024-03-15", "year-long", "P1Y"),
                Arguments.of("Ministers will meet at 14:30 in the annex.", "2024-03-15", "14:30", "2024-03-15T14:30"),
                Arguments.of("Polls closed at 9:15 GMT in the north.", "2024-03-15", "9:15 GMT", "2024-03-15T09:15"),
                Arguments.of("Revenue fell in FY2023 at the utility.", "2024-03-15", "FY2023", "2023"),
                Arguments.of("The mine can run for at least 20 more years.", "2024-03-15", "20 more years", "P20Y"),
                Arguments.of("Eight trading days later the index had recovered.", "2024-03-15", "Eight trading days",
                        "P8D"),
                // a weekday followed by a number that is no day of a date ("Saturday, April 20" is one date)
                Arguments.of("In a poll completed on Saturday, 69 percent said no.", "2024-03-18", "Saturday",
                        "2024-03-16"),
                // named days: fixed ones, Thanksgiving (fourth Thursday of November), Easter (computus)
                Arguments.of("The strike began on Thanksgiving Day at the depot.", "1999-12-10", "Thanksgiving Day",
                        "1999-11-25"),
                Arguments.of("Shops will open late on Christmas Eve.", "2024-11-20", "Christmas Eve", "2024-12-24"),
                Arguments.of("The market was bombed on Christmas Day 2016.", "2024-11-20", "Christmas Day 2016",
                        "2016-12-25"),
                Arguments.of("The ceasefire held over Easter, officials said.", "2024-04-10", "Easter", "2024-03-31"),
                Arguments.of("Pilgrims crowded the old city in Easter week.", "2000-04-20", "Easter week",
                        "2000-W16"),
                // "later" relates a length to an event, not to the publication date: the length
                Arguments.of("Three days later, the index had recovered.", "2024-03-15", "Three days", "P3D"),
                Arguments.of("A few days later, the firm cut its forecast.", "2024-03-15", "A few days", "PXD"),
                // … and "earlier" alike, but for years ("a year earlier" names a period compared with)
                Arguments.of("Rates were cut. A day earlier, the lender had warned of losses.", "2024-03-15",
                        "A day earlier", "P1D"),
                Arguments.of("Two weeks earlier the mill had shut its gates.", "2024-03-15", "Two weeks earlier",
                        "P2W"),
                // "one day" after a modal is the idiom for some time to come, not a length
                Arguments.of("Her backers say she will one day lead the party.", "2024-03-15", "one day",
                        "FUTURE_REF"),
                Arguments.of("The credits will lower tax bills in future quarters.", "2024-03-15", "future quarters",
                        "FUTURE_REF"),
                Arguments.of("Rates will stay high in the near term.", "2024-03-15", "the near term", "FUTURE_REF"),
                Arguments.of("Traders expect thin markets in the weeks ahead.", "2024-03-15", "the weeks ahead", "PXW"),
                // counts of weeks: the smallest calendar unit holding the target ± 3 days
                Arguments.of("A ruling is expected in three weeks' time.", "2024-03-05", "three weeks", "2024-03"),
                Arguments.of("A ruling is expected in two weeks' time.", "2024-03-15", "two weeks", "2024-W13"),
                // counted back, the ISO week it fell in (2024-03-07 is in week 10)
                Arguments.of("The mill shut three weeks ago.", "2024-03-28", "three weeks ago", "2024-W10"),
                // the weekend the tense points to
                Arguments.of("Officials met over the weekend, a spokesman said.", "2024-03-13", "the weekend",
                        "2024-W10-WE"),
                Arguments.of("The band plays this coming weekend.", "2024-03-13", "this coming weekend", "2024-W11-WE"),
                // the quarter an earnings text reports on; forecasts for later quarters do not replace it
                Arguments.of("Third-quarter net rose 8%. Sales in the latest period were $2 billion.", "2024-10-26",
                        "the latest period", "2024-Q3"),
                // … but "a year earlier" in a sentence about nine months is the year before
                Arguments.of("Third-quarter net rose 5%. For the nine months, net was $40 million, up from $31 "
                        + "million a year earlier.", "2024-10-26", "a year earlier", "2023"),
                Arguments.of("Third-quarter net rose 5% to $9 million from $8 million a year earlier.", "2024-10-26",
                        "a year earlier", "2023-Q3"),
                Arguments.of("Third-quarter profit fell. Losses may last through the third quarter of 2025. "
                        + "Sales slipped from $1.4 billion a year ago.", "2024-10-26", "a year ago", "2023-Q3"),
                // "the 1988 period" in a text reporting on a quarter: that quarter of 1988, unless the
                // sentence is about a longer period
                Arguments.of("Third-quarter net rose to $5 million from $4 million in the 1988 period.", "1989-10-26",
                        "the 1988 period", "1988-Q3"),
                Arguments.of("Third-quarter net rose 5%. For the nine months, net was $9 million, against $7 million "
                        + "in the 1988 period.", "1989-10-26", "the 1988 period", "1988"),
                Arguments.of("Third-quarter net rose 5%. Net for the year-earlier nine months included a gain.",
                        "1989-10-26", "the year-earlier nine months", "P9M"),
                // the reported quarter a year before, named after it
                Arguments.of("The third quarter was weak. The mill earned $4 million in the quarter a year ago.",
                        "2024-10-26", "the quarter a year ago", "2023-Q3"),
                Arguments.of("Second-quarter net fell to $3 million from $5 million in the corresponding period last "
                        + "year.", "2024-07-26", "the corresponding period last year", "2023-Q2"),
                // the verb right before a weekday decides: a past form whatever another clause says,
                // a scheduled event in the present tense looks forward (2024-03-16 is a Saturday)
                Arguments.of("The rebels will keep the bridge closed, the army predicted Wednesday.", "2024-03-16",
                        "Wednesday", "2024-03-13"),
                Arguments.of("Talks resume Wednesday morning.", "2024-03-16", "Wednesday morning", "2024-03-20TMO"),
                Arguments.of("The two leaders meet separately Monday with the mediator.", "2024-03-16", "Monday",
                        "2024-03-18"),
                Arguments.of("A ruling expected Tuesday could end the strike.", "2024-03-16", "Tuesday", "2024-03-19"),
                // recurrence adverbs are TimeML sets
                Arguments.of("Crowds have gathered almost daily outside the court.", "2024-03-16", "daily", "P1D"),
                Arguments.of("The prize has been awarded annually since 1990.", "2024-03-16", "annually", "P1Y"),
                Arguments.of("The ferries now sail weekly, the port said.", "2024-03-16", "weekly", "P1W"),
                // a verb in "-ed" before the expression ends its clause at the comma: the next clause's
                // "will" is not its tense
                Arguments.of("Deputies rejected the levy on Tuesday, and banks will stay shut.", "2024-03-16",
                        "Tuesday", "2024-03-12"),
                // "that day" is the day the text last named; "later in the day" without one is the anchor
                Arguments.of("The mayor resigned on March 3. Later that day, the council met.", "2024-03-16",
                        "Later that day", "2024-03-03"),
                Arguments.of("Markets opened higher but fell later in the day.", "2024-03-16", "later in the day",
                        "2024-03-16"),
                // the end of the month or week the publication date is in; a fiscal year "ended" is a length
                Arguments.of("The troops should arrive by the end of the month.", "2024-03-16", "the end of the month",
                        "2024-03"),
                Arguments.of("In the fiscal year ended June 30, sales rose.", "2024-03-16", "the fiscal year", "P1Y"),
                // "and" ends the clause of a verb before the expression; a predicate joined after it is
                // another clause's; a scheduled event's verb in the present looks forward (2024-03-16 is
                // a Saturday)
                Arguments.of("Police arrested two men Wednesday and will question them on Monday.", "2024-03-16",
                        "Wednesday", "2024-03-13"),
                Arguments.of("The storm hit the coast late Wednesday and is expected to weaken.", "2024-03-16",
                        "Wednesday", "2024-03-13"),
                Arguments.of("The envoy arrives in Lima on Wednesday for two days of talks.", "2024-03-16",
                        "Wednesday", "2024-03-20"),
                Arguments.of("Talks are set for Tuesday in Geneva.", "2024-03-16", "Tuesday", "2024-03-19"),
                Arguments.of("A decision is expected Monday.", "2024-03-16", "Monday", "2024-03-18"),
                Arguments.of("The suspect appears in court on Monday.", "2024-03-16", "Monday", "2024-03-18"),
                // "the past year" is the year before, as TimeML's annotators mark it; "the past week" a length
                Arguments.of("Hate groups grew over the past year, the report said.", "2024-03-16", "the past year",
                        "2023"),
                Arguments.of("Prices fell over the past week.", "2024-03-16", "the past week", "P1W"),
                Arguments.of("The festival is held each spring in the old port.", "2024-03-16", "each spring",
                        "XXXX-SP"),
                // a modal far back in the clause sets the tense when no cue is near (December 2023 is
                // nearer the anchor, December 2024 is the mission's)
                Arguments.of("Colonel Ana Ruiz will be named commander of the country's second orbital research "
                        + "station for a mission in December.", "2024-03-04", "December", "2024-12"),
                // "the previous Friday" is the one before the day the text last named (2024-03-08 is a
                // Friday); with no day named, the one before the publication date
                Arguments.of("Shares in Oslo closed at 410 on March 8, down 3% from the previous Friday.",
                        "2024-03-11", "previous Friday", "2024-03-01"),
                Arguments.of("Rents are up 2% from the previous Friday.", "2024-03-11", "previous Friday",
                        "2024-03-08"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void resolves(String text, String anchor, String expression, String value) {
        List<TimeExpression> found = resolve(text, LocalDate.parse(anchor));
        assertThat(found).as(text).anySatisfy(t -> {
            assertThat(t.range().slice(text)).containsIgnoringCase(expression);
            assertThat(t.value()).isEqualTo(value);
        });
    }

    @Test
    void clockGranularityIsTime() {
        String text = "The polls close at 8 p.m. Sunday.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).singleElement()
                .satisfies(t -> assertThat(t.granularity()).isEqualTo(Granularity.TIME));
    }

    @Test
    void impossibleClockReadingsAndCountsInWordsAreNotTimes() {
        String text = "Some 13 p.m. notes and two thousand people marched; the ovation ran 9:75 a.m. long.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15)))
                .noneSatisfy(t -> assertThat(t.value()).matches(".*T\\d.*|2000"));
    }

    @Test
    void countryDependentHolidaysAndEasternAreNotDates() {
        String text = "Sales in Eastern Europe fell before Independence Day and Election Day.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).isEmpty();
    }

    @Test
    void oneDayAsALengthStaysADuration() {
        String text = "The strike lasted one day, and the pay rise took effect one day later.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).extracting(TimeExpression::value)
                .containsExactly("P1D", "P1D");
    }

    @Test
    void aSecondBeforeANounIsTheOrdinalNotALength() {
        String text = "The mayor won a second term and asked for a second vote. Silence fell for a second or two; "
                + "a second later the lights went out.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).extracting(TimeExpression::value)
                .containsExactly("PT1S", "PT1S");
    }

    @Test
    void aQuarterOfAGameIsNoDate() {
        String text = "The visitors led in the first quarter of the match. Sales fell in the third quarter of the fiscal year.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).extracting(TimeExpression::value)
                .containsExactly("2023-Q3");
    }

    @Test
    void aReferenceWordBeforeAWordThatOnlyBeginsLikeAUnitIsStillFound() {
        String text = "Prices have recently fallen, and buyers will soon yearn for lower rents.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).extracting(TimeExpression::value)
                .containsExactly("PAST_REF", "FUTURE_REF");
    }

    @Test
    void agesAndRelationalAdverbsAreNoTimeExpressions() {
        // TimeBank and AQUAINT mark about 1 in 40 ages and 1 in 20 "previously"
        String text = "The 44-year-old pilot, 52 years old by some accounts, had previously flown for an 8-month-old "
                + "airline that formerly belonged to the state.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).isEmpty();
    }

    @Test
    void aPresentTenseVerbInAHeadlineIsNoFuture() {
        String text = "Rebels open fire on convoy Tuesday\nThe convoy was hit near the border.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 16))).extracting(TimeExpression::value)
                .containsExactly("2024-03-12");
    }

    @Test
    void recurrenceWordsBeforeANounOrANameAreNoSets() {
        // (after a possessive, "his weekly column", it is a routine's set since times55: PossessiveRoutineTest)
        String text = "Daily volume rose, and the party daily Granma and the weekly column agreed.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 16))).isEmpty();
    }

    @Test
    void soonAfterAnEventIsNoReferenceToTheFuture() {
        String text = "Soon afterwards, the talks collapsed. He was freed soon after the vote and left as soon as "
                + "the roads opened. The board will act soon, as soon as possible.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 16))).extracting(TimeExpression::value)
                .containsExactly("FUTURE_REF", "FUTURE_REF");
    }

    @Test
    void thatDayWithoutANamedDayAndTheFiscalYearAloneAreLeftUnmarked() {
        // "throughout the fiscal year" is a length and "for the fiscal year" the year under way
        // (FiscalYearAndDueDateTest); with no preposition "the fiscal year" stays unmarked
        String text = "Nobody spoke that day. Costs rose, and the fiscal year was a hard one.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 16))).isEmpty();
    }

    @Test
    void countsWithThousandsSeparatorsAreReadWhole() {
        String text = "The siege lasted 1,000 days and ended a 2,000-year history.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 16))).extracting(TimeExpression::value)
                .containsExactly("P1000D");
    }

    @Test
    void latestPeriodNeedsAQuarter() {
        String text = "Sales in the latest period were flat.";
        assertThat(resolve(text, LocalDate.of(2024, 3, 15))).isEmpty();
    }

    @Test
    void withoutAnchorNewRulesStayUnresolved() {
        String text = "At noon Thursday, over the weekend and in two weeks' time, and the year two thousand.";
        List<TimeExpression> found = resolve(text, null);
        assertThat(found).extracting(TimeExpression::value).containsExactly(null, null, null, "2000");
    }

    @Test
    void longParagraphOfClockLikeTextDoesNotThrow() {
        String text = "at 10 p.m. Monday and noon 1 1/2 years ".repeat(1_000);
        assertThatCode(() -> resolve(text, LocalDate.of(2024, 3, 15))).doesNotThrowAnyException();
    }

    private List<TimeExpression> resolve(String text, LocalDate anchor) {
        return resolver.resolve(text, new NewsSentenceSplitter().split(text), anchor);
    }
}
