package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative times that give "a few" or "several" of a unit ("vor wenigen Minuten", "il y a quelques minutes",
 * "kilka minut temu") and Portuguese ones with an article ("há um dia", "há uma hora"). Pages written for this
 * test, read at 2024-03-10T01:30Z: 02:30 on the 10th in Berlin and Paris, 22:30 on the 9th in São Paulo. A page
 * whose language settles its zone (de, fr, it, nl, pl: {@link PageTimeZone}) is read in that zone whatever the clock's.
 */
class FewUnitsRelativeDatesTest {

    private static final Instant FETCHED = Instant.parse("2024-03-10T01:30:00Z");
    private static final Instant TODAY = Instant.parse("2026-06-01T12:00:00Z");
    private static final String[] ZONES = {"Europe/Berlin", "Europe/Paris", "America/Sao_Paulo"};

    /** The published day of a page showing {@code meta} under its headline, in each of {@link #ZONES}. */
    private static String days(String lang, String meta) throws Exception {
        StringBuilder days = new StringBuilder();
        for (String zone : ZONES) {
            String day = DatePages.published(zone, LocaleDateFormsTest.page(lang, "", meta));
            days.append(days.isEmpty() ? "" : " ").append(day == null ? "none" : day);
        }
        return days.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // a few minutes before the fetch: the fetch day in the page's zone, else in the clock's
        "de~<p>vor wenigen Minuten</p>~2024-03-10 2024-03-10 2024-03-10",
        "de~<p class=meta>Von Anna Beispiel, vor ein paar Minuten</p>~2024-03-10 2024-03-10 2024-03-10",
        "fr~<p>il y a quelques minutes</p>~2024-03-10 2024-03-10 2024-03-10",
        "es~<p>hace unos minutos</p>~2024-03-10 2024-03-10 2024-03-09",
        "it~<p>qualche minuto fa</p>~2024-03-10 2024-03-10 2024-03-10",
        "nl~<p>een paar minuten geleden</p>~2024-03-10 2024-03-10 2024-03-10",
        "pl~<p>kilka minut temu</p>~2024-03-10 2024-03-10 2024-03-10",
        "ru~<p>несколько минут назад</p>~2024-03-10 2024-03-10 2024-03-09",
        "en~<p>a few minutes ago</p>~2024-03-10 2024-03-10 2024-03-09",
        "en~<p>several minutes ago</p>~2024-03-10 2024-03-10 2024-03-09",
        "pt~<p>há alguns minutos</p>~2024-03-10 2024-03-10 2024-03-09",
        // a few hours: 02:30 less two to nine hours may be either day (22:30 less them would be the 9th)
        "de~<p>vor einigen Stunden</p>~none none none",
        "fr~<p>il y a quelques heures</p>~none none none",
        // a few days or weeks name no day
        "de~<p>vor wenigen Tagen</p>~none none none",
        "es~<p>hace unos días</p>~none none none",
        "en~<p>a few weeks ago</p>~none none none",
        // Portuguese with an article, and with a number
        "pt~<p>há um dia</p>~2024-03-09 2024-03-09 2024-03-08",
        "pt~<p>há uma hora</p>~2024-03-10 2024-03-10 2024-03-09",
        "pt~<p>há 3 horas</p>~2024-03-09 2024-03-09 2024-03-09",
        "pt~<p>Publicado há 2 dias</p>~2024-03-08 2024-03-08 2024-03-07",
    })
    void readInThePagesZoneElseTheFetchClocks(String lang, String meta, String expected) throws Exception {
        assertThat(days(lang, meta)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p>vor wenigen Minuten</p>~2024-03-10",
        "pt~<p>há uma hora</p>~2024-03-10",
    })
    void aStoredPageCountsFromItsFetchTimeOrNotAtAll(String lang, String meta, String expected) throws Exception {
        var extractor = new DensityArticleExtractor(null, Clock.fixed(TODAY, ZoneId.of("Europe/Berlin")));
        String html = LocaleDateFormsTest.page(lang, "", meta);
        assertThat(DatePages.day(extractor.extractPage(html, null, FETCHED).article().published())).isEqualTo(expected);
        assertThat(extractor.extractPage(html, null, null).article().published()).isNull();
    }

    @Test
    void aFewMinutesJustAfterMidnightNameNoDay() {
        // 00:05 in Berlin: two minutes before is the 10th, nine minutes before the 9th
        RelativeDates r = new RelativeDates(Clock.fixed(Instant.parse("2024-03-09T23:05:00Z"), ZoneId.of("Europe/Berlin")));
        assertThat(r.first("vor wenigen Minuten")).isNull();
        assertThat(r.first("vor 2 Minuten").date()).hasToString("2024-03-10");
    }
}
