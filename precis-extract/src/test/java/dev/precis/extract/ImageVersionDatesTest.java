package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The share image's version stamp ({@code ?v=} seconds since 1970) as the last resort of a page that declares
 * itself an article and dates itself nowhere else. Pages written for this test in German, French, Spanish and
 * Polish, read without a fetch time under Berlin, Paris, New York and Tokyo clocks fixed at 2024-03-10T01:30Z
 * ({@link DatePages#sameDayInEveryZone}).
 */
class ImageVersionDatesTest {

    private static final String ADDRESS = "https://shop.example/blogs/journal/neue-bruecke";
    private static final String FETCHED = "2024-03-10T01:30:00Z";

    private static String head(String type, String image) {
        return "<meta property=\"og:type\" content=\"" + type + "\"><meta property=\"og:image\" content=\"" + image + "\">";
    }

    private static String page(String lang, String head, String meta) {
        return LocaleDateFormsTest.page(lang, head, meta);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        // 2017-07-12T09:20Z, the same day everywhere
        "de # article # https://cdn.example/shop/articles/bruecke.png?v=1499851200 # 2017-07-12",
        "fr # article # https://cdn.example/shop/articles/pont.jpg?width=800&v=1499851200 # 2017-07-12",
        "es # article # https://cdn.example/img/puente.webp?ver=1499851200&w=800 # 2017-07-12",
        // 2017-07-12T23:30Z is already the 13th on a German or Polish reader's clock (PageTimeZone)
        "de # article # https://cdn.example/shop/articles/bruecke.png?v=1499902200 # 2017-07-13",
        "pl # article # https://cdn.example/shop/articles/most.png?v=1499902200 # 2017-07-13",
        // a shop's product or collection page shares a stored image too: no publication
        "de # product # https://cdn.example/shop/products/lampe.png?v=1499851200 # none",
        "fr # website # https://cdn.example/shop/collections/lampes.png?v=1499851200 # none",
        // a release number, a stamp too short, one in another parameter, one after the fetch clock: no day
        "de # article # https://cdn.example/wp/bruecke.png?ver=6.4.2 # none",
        "de # article # https://cdn.example/shop/bruecke.png?v=149985120 # none",
        "de # article # https://cdn.example/shop/bruecke.png?id=1499851200 # none",
        "de # article # https://cdn.example/shop/bruecke.png?v=1735689600 # none",
    })
    void theStampDatesAnArticleDatedNowhereElse(String lang, String type, String image, String want) throws Exception {
        String html = page(lang, head(type, image), "");
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED)).isEqualTo(want);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "de # <div class=meta>Veröffentlicht am 3. März 2016</div> # 2016-03-03",
        "fr # <p class=meta>Publié le 1er juin 2016 à 10h12</p> # 2016-06-01",
        "pl # <p class=meta>Opublikowano: 3 marca 2016</p> # 2016-03-03",
    })
    void aShownDateOutranksTheStamp(String lang, String meta, String want) throws Exception {
        String html = page(lang, head("article", "https://cdn.example/a.png?v=1499851200"), meta);
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED)).isEqualTo(want);
    }

    @Test
    void aKnownChangeOutranksTheStamp() throws Exception {
        String html = page("de", head("article", "https://cdn.example/a.png?v=1499851200")
                + "<meta property=\"article:modified_time\" content=\"2018-02-01T10:00:00+01:00\">", "");
        assertThat(DatePages.sameDayInEveryZone(html, ADDRESS, FETCHED)).isEqualTo("2018-02-01");
    }

    @Test
    void theStampIsReadAsSecondsSince1970() {
        Clock clock = Clock.fixed(Instant.parse(FETCHED), ZoneId.of("Asia/Tokyo"));
        assertThat(ImageVersionDates.stored("https://cdn.example/a.png?v=1499851200", clock)).isEqualTo("2017-07-12T09:20:00Z");
        assertThat(ImageVersionDates.stored("https://cdn.example/a.png?v=1735689600", clock)).isNull();
        assertThat(ImageVersionDates.stored("https://cdn.example/a.png", clock)).isNull();
        assertThat(ImageVersionDates.stored(null, clock)).isNull();
    }
}
