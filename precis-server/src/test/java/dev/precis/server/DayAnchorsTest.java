package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.StorySummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The date beside a time expression worded relative to its article's day, shown outside the article. Invented sentences. */
class DayAnchorsTest {

    private static StorySummary.Sentence sentence(String text, String published, String... expressionsAndValues) {
        List<StorySummary.RelativeDate> dates = new java.util.ArrayList<>();
        for (int i = 0; i < expressionsAndValues.length; i += 2) {
            int at = text.indexOf(expressionsAndValues[i]);
            dates.add(new StorySummary.RelativeDate(100 + at, 100 + at + expressionsAndValues[i].length(), expressionsAndValues[i + 1]));
        }
        return new StorySummary.Sentence(7, 100, 100 + text.length(), text, published, "wire", null, "Pier news", null, dates);
    }

    @Test
    void aDayAWeekAMonthAndAYearReadWithTheirDates() {
        assertThat(DayAnchors.anchored(sentence("The council voted on Tuesday to rebuild the pier.", "2024-05-16", "Tuesday", "2024-05-14")))
                .isEqualTo("The council voted on Tuesday (14 May) to rebuild the pier.");
        assertThat(DayAnchors.anchored(sentence("Work began yesterday's morning and ends next week.", "2024-05-16",
                "yesterday", "2024-05-15", "next week", "2024-W21")))
                .isEqualTo("Work began yesterday's (15 May) morning and ends next week (week of 20 May).");
        assertThat(DayAnchors.anchored(sentence("Storms hit the pier last weekend.", "2024-05-16", "last weekend", "2024-W19-WE")))
                .isEqualTo("Storms hit the pier last weekend (weekend of 11 May).");
        // a date in another year than the article's names its year
        assertThat(DayAnchors.anchored(sentence("The pier shut last month and its wall fell last year.", "2024-01-09",
                "last month", "2023-12", "last year", "2023")))
                .isEqualTo("The pier shut last month (December 2023) and its wall fell last year (2023).");
        assertThat(DayAnchors.anchored(sentence("The vote was held last night.", "2024-05-16", "last night", "2024-05-15TNI")))
                .isEqualTo("The vote was held last night (15 May).");
    }

    @Test
    void aSentenceWithoutSuchExpressionsIsShownAsWritten() {
        StorySummary.Sentence plain = sentence("The council voted on 14 May to rebuild the pier.", "2024-05-16");
        assertThat(DayAnchors.anchored(plain)).isEqualTo(plain.text());
        assertThat(ShownQuotes.shown(sentence("Ruth Alder said: \"The repairs begin on Monday.", "2024-05-16", "Monday", "2024-05-20")))
                .isEqualTo("Ruth Alder said: \"The repairs begin on Monday (20 May).\"");
    }
}
