package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormalizerTest {

    private final DateNormalizer dates = new DateNormalizer(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "tr-TR", "ja-JP"})
    void resultsDoNotDependOnTheDefaultLocaleOrZone(String tag) {
        Locale saved = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertThat(dates.machine("2024-03-12T09:30:00+01:00")).isEqualTo("2024-03-12T09:30:00+01:00");
            assertThat(dates.machine("2024-03-12T09:30:00.123Z")).isEqualTo("2024-03-12T09:30:00Z");
            assertThat(dates.machine("2024-03-12T09:30:00+0530")).isEqualTo("2024-03-12T09:30:00+05:30");
            assertThat(dates.machine("2024-03-12 09:30")).isEqualTo("2024-03-12T09:30:00");
            assertThat(dates.machine("2024-03-12")).isEqualTo("2024-03-12");
            assertThat(dates.machine("Tue, 12 Mar 2024 09:30:00 GMT")).isEqualTo("2024-03-12T09:30:00Z");
            assertThat(dates.machine("20240312")).isEqualTo("2024-03-12");
            assertThat(dates.machine("1710235800")).isEqualTo("2024-03-12T09:30:00Z");
            assertThat(dates.human("Published March 5, 2020 at 9:00")).isEqualTo("2020-03-05");
            assertThat(dates.human("9. November 2023")).isEqualTo("2023-11-09");
            assertThat(dates.human("Stand: 09.11.2023, 14:02 Uhr")).isEqualTo("2023-11-09");
            assertThat(dates.human("le 3 octobre 2022")).isEqualTo("2022-10-03");
            assertThat(dates.human("the 1st of May, 2021")).isEqualTo("2021-05-01");
        } finally {
            Locale.setDefault(saved);
            TimeZone.setDefault(savedZone);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2099-01-01", "2025-06-05T00:00:00Z", "1989-12-31", "1875-04-02", "0000-00-00", "2024-13-40", "not a date"})
    void futureAncientAndInvalidDatesAreRejected(String raw) {
        assertThat(dates.machine(raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.example/2021/05/04/fire", "https://x.example/news/20210504/fire",
        "https://x.example/fire-2021-05-04.html"})
    void datesInUrls(String url) {
        assertThat(dates.fromUrl(url)).isEqualTo("2021-05-04");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.example/article/123456789", "https://x.example/2030/01/01/future"})
    void urlsWithoutPlausibleDates(String url) {
        assertThat(dates.fromUrl(url)).isNull();
    }
}
