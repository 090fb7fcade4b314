package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages that show their publication day in a shape earlier readers passed by (thirty-eighth session, dates49):
 * a {@code data-*} attribute named a date in the page's language ({@link DateAttributes}), a relative time over
 * the full date it rounds ({@link RelativeTitles}), a labelled date written out in a sidebar box
 * ({@link SideLabelledBoxes}). Pages written for this test, read under four zones' clocks at 2024-03-10T01:30Z.
 */
class ShownButUnreadDatesTest {

    private static final String FETCHED = "2024-03-10T01:30:00Z";
    private static final String ADDRESS = "https://news.example/lokales/bruecke";

    private static String day(String lang, String meta) throws Exception {
        return DatePages.sameDayInEveryZone(LocaleDateFormsTest.page(lang, "", meta), ADDRESS, FETCHED);
    }

    /** The article with {@code side} in an {@code <aside>} beside it, outside its {@code <article>}. */
    private static String sideDay(String lang, String side) throws Exception {
        String html = LocaleDateFormsTest.page(lang, "", "").replace("</article>", "</article><aside class=sidebar>" + side + "</aside>");
        return DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<span class=datum data-datum=12.07.2017></span>~2017-07-12",
        "es~<div class=info data-fecha=12/07/2017></div>~2017-07-12",
        "fr~<div class=meta data-date-publication=2017-07-12T14:33:00+02:00></div>~2017-07-12",
        "it~<div class=meta data-publish_date=2017-07-12></div>~2017-07-12",
        "en~<div class=meta data-created=2017-07-12T14:33:00Z></div>~2017-07-12",
        // a name that holds no date word, and an id whose figures start like a day, date nothing
        "de~<div class=meta data-update-id=20170712></div>~none",
        "fr~<div class=meta data-id=20170712345678></div>~none",
        // a customer review's and an event's attribute date something else
        "en~<div class=review data-shop-reviews-date=2017-07-12T14:33:00Z><p>Great.</p></div>~none",
        "de~<div class=termin data-event-date=2017-07-12></div>~none",
        // a reader comment's attribute is a comment's day
        "de~<section id=comments><div class=comment data-datum=01.03.2024><p>Gut so.</p></div></section>~none",
    })
    void aDataAttributeNamedADateInAnyLanguage(String lang, String meta, String expected) throws Exception {
        assertThat(day(lang, meta)).isEqualTo(expected);
    }

    @Test
    void aDataAttributesNameIsReadByItsWords() {
        assertThat(DateAttributes.dateName("data-datum")).isTrue();
        assertThat(DateAttributes.dateName("data-publish-date")).isTrue();
        assertThat(DateAttributes.dateName("DATA-FECHA")).isTrue();
        assertThat(DateAttributes.dateName("data-article-published-at")).isTrue();
        assertThat(DateAttributes.dateName("data-update")).isFalse();
        assertThat(DateAttributes.dateName("data-reviews-date")).isFalse();
        assertThat(DateAttributes.dateName("data-event-date")).isFalse();
        assertThat(DateAttributes.dateName("data-dated-link")).isFalse();
        assertThat(DateAttributes.dateName("datetime")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta><abbr class=timeago title=2017-07-12T14:33:00+02:00>vor 7 Jahren</abbr></p>~2017-07-12",
        "fr~<p class=meta>Publié <span title='12/07/2017 14:33'>il y a 7 ans</span></p>~2017-07-12",
        "es~<p class=meta><span title='12/07/2017'>hace 7 años</span></p>~2017-07-12",
        "it~<p class=meta><span title='12/07/2017'>7 anni fa</span></p>~2017-07-12",
        "nl~<p class=meta><span title=12-07-2017>7 jaar geleden</span></p>~2017-07-12",
        "pt~<p class=meta><span title='12/07/2017'>há 7 anos</span></p>~2017-07-12",
        "pl~<p class=meta><span title=12.07.2017>7 lat temu</span></p>~2017-07-12",
        "ru~<p class=meta><span title=12.07.2017>7 лет назад</span></p>~2017-07-12",
        "en~<p class=meta><time title=2017-07-12T14:33:00Z>7 years ago</time></p>~2017-07-12",
        // a title over words that are no relative time, or words over no date, date nothing
        "de~<p class=meta><span title=12.07.2017>Archiv</span></p>~none",
        "fr~<p class=meta><span title='Publié il y a longtemps'>il y a 7 ans</span></p>~none",
    })
    void aRelativeTimeOverTheDateItRounds(String lang, String meta, String expected) throws Exception {
        assertThat(day(lang, meta)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p>Veröffentlicht am 12.07.2017</p><p>Ressort: Lokales</p>~2017-07-12",
        "fr~<dl><dd>Publié le 12 juillet 2017</dd></dl>~2017-07-12",
        "es~<p>Publicado el 12 de julio de 2017 a las 14:33</p>~2017-07-12",
        "ru~<p>Опубликовано 12 июля 2017</p>~2017-07-12",
        // an update, two different days (other pages'), list items and a label far before: nothing
        "de~<p>Aktualisiert am 12.07.2017</p>~none",
        "fr~<p>Publié le 12 juillet 2017</p><p>Publié le 3 août 2017</p>~none",
        "it~<ul><li>Pubblicato il 12 luglio 2017</li><li>Pubblicato il 12 luglio 2017</li></ul>~none",
        "en~<p>Published by the regional press office of the county council on July 12, 2017</p>~none",
    })
    void aLabelledWrittenDateInASidebarBox(String lang, String side, String expected) throws Exception {
        assertThat(sideDay(lang, side)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
        "de~<p class=meta>12.07. um 14.33 Uhr</p>~2023-07-12",
        "fr~<p class=meta>12/07 à 14h33</p>~2023-07-12",
        // two amounts with a decimal point are no day and its time
        "de~<p>Die Kosten stiegen von 12.07 auf 14.33 Millionen Euro.</p>~none",
        "it~<p>Il titolo è passato da 12.07 a 14.33 € in un mese.</p>~none",
        "en~<p>Shares rose from 12.07 to 14.33 percent.</p>~none",
    })
    void aYearlessDayNeedsAClockNotAnAmount(String lang, String meta, String expected) throws Exception {
        // (read with the fetch time, which places a day shown without its year)
        Instant fetched = Instant.parse(FETCHED);
        for (String zone : DatePages.ZONES) {
            String read = new DensityArticleExtractor(null, Clock.fixed(fetched, ZoneId.of(zone)))
                    .extractPage(LocaleDateFormsTest.page(lang, "", meta), ADDRESS, fetched).article().published();
            assertThat(read == null ? "none" : DatePages.day(read)).as(zone).isEqualTo(expected);
        }
    }

    @Test
    void theArticlesOwnDateOutranksTheSidebarsLabel() throws Exception {
        String html = LocaleDateFormsTest.page("de", "", "<p class=meta>05.03.2024</p>")
                .replace("</article>", "</article><aside class=sidebar><p>Veröffentlicht am 12.07.2017</p></aside>");
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED)).isEqualTo("2024-03-05");
    }
}
