package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative times counted in the page's own zone: the first offset other than UTC's in its machine dates, else
 * the zone its language settles, else the fetch clock's; and a relative time that names no day ("vor wenigen
 * Tagen") passed over for a precise one after it. Pages written for this test, read at 2024-03-10T01:30Z under
 * clocks in {@link DatePages#ZONES} (the 10th in Berlin, Paris and Tokyo, still the 9th in New York).
 */
class PageZoneRelativeDatesTest {

    /** The published day of a page in {@code lang} with {@code head} and {@code meta}, under each clock zone. */
    private static String days(String lang, String head, String meta) throws Exception {
        StringBuilder days = new StringBuilder();
        for (String zone : DatePages.ZONES) {
            String day = DatePages.published(zone, LocaleDateFormsTest.page(lang, head, meta));
            days.append(days.isEmpty() ? "" : " ").append(day == null ? "none" : day);
        }
        return days.toString();
    }

    private static String modified(String iso) {
        return "<meta property=\"article:modified_time\" content=\"" + iso + "\">";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // Spanish settles no zone: the offset does (02:30 at +01:00 less 20 minutes is the 10th)
        "es~2024-03-10T02:25:00+01:00~<p class=meta>Publicado hace 20 minutos</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        // 20:30 at -05:00 less 10 minutes is the 9th, even under clocks already on the 10th
        "es~2024-03-09T20:25:00-05:00~<p class=meta>Publicado hace 10 minutos</p>~2024-03-09 2024-03-09 2024-03-09 2024-03-09",
        "pt~2024-03-09T22:25:00-03:00~<p class=meta>Publicado há 1 hora</p>~2024-03-09 2024-03-09 2024-03-09 2024-03-09",
        "ru~2024-03-10T04:25:00+03:00~<p class=meta>Опубликовано 4 часа назад</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        "es~2024-03-10T02:25:00+01:00~<p class=meta>Hoy, 02:05</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        // a UTC offset settles nothing (many CMSs store every time in UTC): the clock's zone counts
        "es~2024-03-10T01:25:00+00:00~<p class=meta>Publicado hace 20 minutos</p>~2024-03-10 2024-03-10 2024-03-09 2024-03-10",
        "es~2024-03-10T01:25:00Z~<p class=meta>Publicado hace 20 minutos</p>~2024-03-10 2024-03-10 2024-03-09 2024-03-10",
        // an offset outranks the language's zone: a German page giving -05:00
        "de~2024-03-09T20:25:00-05:00~<p class=meta>Veröffentlicht vor 10 Minuten</p>~2024-03-09 2024-03-09 2024-03-09 2024-03-09",
    })
    void anOffsetInThePagesDatesSettlesItsZone(String lang, String iso, String meta, String expected) throws Exception {
        assertThat(days(lang, modified(iso), meta)).isEqualTo(expected);
    }

    @Test
    void anOffsetInATimeElementOrJsonLdCountsToo() throws Exception {
        String time = "<p class=meta>Publicado hace 10 minutos</p><p>Comentario <time datetime=\"2024-03-09T20:20:00-05:00\">ayer</time></p>";
        assertThat(days("es", "", time)).isEqualTo("2024-03-09 2024-03-09 2024-03-09 2024-03-09");
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2024-03-10T10:20:00+0900\"}</script>";
        assertThat(days("es", ld, "<p class=meta>Publicado hace 10 minutos</p>")).isEqualTo("2024-03-10 2024-03-10 2024-03-10 2024-03-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        // no offset: a language that settles a zone (02:30 in Berlin, Paris, Warsaw less 20 minutes: the 10th)
        "de~<p class=meta>Veröffentlicht vor 20 Minuten</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        "fr~<p class=meta>Publié il y a 20 minutes</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        "pl~<p class=meta>Opublikowano 20 minut temu</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        "de~<p class=meta>Heute, 02:05 Uhr</p>~2024-03-10 2024-03-10 2024-03-10 2024-03-10",
        // else the clock's
        "es~<p class=meta>Publicado hace 20 minutos</p>~2024-03-10 2024-03-10 2024-03-09 2024-03-10",
        "en~<p class=meta>Posted 20 minutes ago</p>~2024-03-10 2024-03-10 2024-03-09 2024-03-10",
    })
    void elseTheZoneItsLanguageSettlesElseTheClocks(String lang, String meta, String expected) throws Exception {
        assertThat(days(lang, "", meta)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "<meta content=\"2024-03-10T02:25:00+0530\">~+05:30",
        "<meta content=\"2024-03-10T02:25-03:30\">~-03:30",
        "<meta content=\"2024-03-10T02:25:00Z\"><meta content=\"2024-03-10T03:25:00.000+01:00\">~+01:00",
        "<meta content=\"2024-03-10\"><meta content=\"Stand 10.03.2024 +01:00\">~Z",
    })
    void theFirstOffsetOtherThanUtcs(String head, String offset) {
        Clock fetch = Clock.fixed(Instant.parse("2024-03-10T01:30:00Z"), ZoneOffset.UTC);
        var doc = Jsoup.parse("<html><head>" + head + "</head><body></body></html>");
        assertThat(PageTimeZone.clock(fetch, doc, null).getZone()).isEqualTo(ZoneId.of(offset));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "Serie, Teil 1 vor wenigen Tagen · Veröffentlicht vor 2 Stunden~2024-03-10",
        "Dossier ouvert il y a quelques jours. Publié il y a 3 heures~2024-03-10",
        "Inchiesta avviata 2 mesi fa. Pubblicato 3 ore fa~2024-03-10",
        "Серия начата несколько дней назад. Опубликовано 2 часа назад~2024-03-10",
        "Cykl rozpoczęty kilka dni temu. Opublikowano godzinę temu~2024-03-10",
        "a few weeks ago; updated 1 day ago~2024-03-09",
        // a precise one before a vague one is read as before, and a vague one alone names no day
        "vor 2 Tagen, zuletzt vor wenigen Minuten~2024-03-08",
        "vor wenigen Tagen~none",
        "il y a 2 mois, il y a plusieurs semaines~none",
    })
    void aVagueRelativeTimeDoesNotHideAPreciseOneAfterIt(String text, String expected) {
        for (String zone : new String[] {"UTC", "Europe/Berlin", "America/New_York"}) {
            RelativeDates r = new RelativeDates(Clock.fixed(Instant.parse("2024-03-10T15:00:00Z"), ZoneId.of(zone)));
            RelativeDates.Found f = r.first(text);
            assertThat(f == null ? "none" : f.date().toString()).as(zone).isEqualTo(expected);
        }
    }
}
