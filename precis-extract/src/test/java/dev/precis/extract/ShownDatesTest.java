package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date a page shows on its meta line when its structured data carries one re-stamped value as
 * both publication and modification (a CMS that rewrites both on every save), and elements readers
 * never see (a hidden second copy of the standfirst, a template's unused date). Pages written for
 * this test, in English, German and French; fixed clocks in two time zones.
 */
class ShownDatesTest {

    private static final Clock BERLIN = Clock.fixed(Instant.parse("2025-07-01T08:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Clock NEW_YORK = Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneId.of("America/New_York"));
    private static final String RESTAMPED = "<script type=application/ld+json>{\"@type\":\"BlogPosting\","
            + "\"datePublished\":\"2025-06-24\",\"dateModified\":\"2025-06-24\"}</script>";

    private static String standfirst(String lang) {
        return switch (lang) {
            case "de" -> "Ein Leitfaden dazu, wie viel eine Yogastunde kosten darf, was den Preis bestimmt und worauf man bei der Preisgestaltung für die eigenen Kurse im Studio achten sollte.";
            case "fr" -> "Un guide sur le prix d'un cours de yoga, ce qui fait varier ce prix et ce qu'il faut savoir avant de fixer ses propres tarifs pour les cours au studio.";
            default -> "A guide on how much to charge for a yoga class, including average costs, what affects the price, and tips to consider when creating a pricing structure.";
        };
    }

    private static String page(String lang, String hiddenCopy, String date) {
        String s = standfirst(lang);
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"" + lang + "\"><head><title>Yoga</title>" + RESTAMPED
                + "</head><body><main><h1>Yoga prices</h1><p class=summary>" + s + "</p>" + hiddenCopy.replace("TEXT", s)
                + "<div class=attribution><div class=author>Jane Doe</div><div class=text-date>" + date + "</div></div>");
        for (int i = 0; i < 5; i++) {
            b.append("<p>").append(s).append(' ').append(s, 0, 40 + i).append("</p>");
        }
        return b.append("</main></body></html>").toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "en # <p class='summary w-condition-invisible'>TEXT</p> # August 25, 2024 # 2024-08-25",
        "en # <p hidden>TEXT</p> # August 25, 2024 # 2024-08-25",
        "de # <p style='display: none'>TEXT</p> # 25. August 2024 # 2024-08-25",
        "fr # <p class='d-none'>TEXT</p> # 25 août 2024 # 2024-08-25",
        "fr # '' # 25 août 2024 # 2024-08-25",
        // a shown day close to the re-stamped one may be the same moment in another time zone
        "en # '' # June 23, 2025 # 2025-06-24",
    })
    void anEarlierDateOnTheMetaLineIsTheOriginal(String lang, String hiddenCopy, String date, String expected) throws Exception {
        for (Clock clock : new Clock[] {BERLIN, NEW_YORK}) {
            var page = new DensityArticleExtractor(null, clock).extractPage(page(lang, hiddenCopy, date), null, null);
            assertThat(page.article().published()).startsWith(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "<p class='summary'>TEXT</p>",
        "<p class='summary hidden-xs'>TEXT</p>",
    })
    void aVisibleCopyIsRunningTextAndTheDateAfterItIsNotTheMetaLine(String copy) throws Exception {
        // two long visible blocks before the date: it comes after the text has begun (a teaser's, a comment's)
        var page = new DensityArticleExtractor(null, BERLIN).extractPage(page("en", copy, "August 25, 2024"), null, null);
        assertThat(page.article().published()).isEqualTo("2025-06-24");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <span hidden>Veröffentlicht am 12.07.2017</span>",
        "fr # <span style=display:none>Publié le 12/07/2017</span>",
        "en # <span class=invisible>Published July 12, 2017</span>",
    })
    void aHiddenDateIsNotShown(String lang, String hidden) throws Exception {
        String s = standfirst(lang);
        StringBuilder b = new StringBuilder("<!doctype html><html lang=\"" + lang + "\"><head><title>Yoga</title></head>"
                + "<body><main><h1>Yoga prices</h1>" + hidden);
        for (int i = 0; i < 5; i++) {
            b.append("<p>").append(s).append(' ').append(s, 0, 40 + i).append("</p>");
        }
        var page = new DensityArticleExtractor(null, BERLIN).extractPage(b.append("</main></body></html>").toString(), null, null);
        assertThat(page.article().published()).isNull();
    }
}
