package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The head's date names (forty-eighth session, review48: split from MetadataReader); made-up heads. */
class MetaDateNamesTest {

    private static final DateNormalizer DATES =
            new DateNormalizer(Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC));

    private static MetaTags head(String tags) {
        return new MetaTags(Jsoup.parse("<html><head>" + tags + "</head><body><p>Text.</p></body></html>"));
    }

    private static String day(String value) {
        return value == null ? null : value.substring(0, 10);
    }

    @Test
    void aNamedPublicationOutranksAGenericDateWhereverItStands() {
        MetaDateNames.Declared d = MetaDateNames.published(head("<meta name=date content=2025-01-02>"
                + "<meta property=article:published_time content=2024-11-05T08:00:00Z>"), DATES, false);
        assertThat(day(d.published())).isEqualTo("2024-11-05");
        assertThat(d.generic()).isFalse();
    }

    @Test
    void aGenericNameAloneIsMarkedGeneric() {
        MetaDateNames.Declared d = MetaDateNames.published(head("<meta name=dc.date content=2025-01-02>"), DATES, false);
        assertThat(day(d.published())).isEqualTo("2025-01-02");
        assertThat(d.generic()).isTrue();
    }

    @Test
    void aNameOfNoListAndParselysPageDataStillDateThePage() {
        MetaDateNames.Declared named = MetaDateNames.published(
                head("<meta name=w-published-date content=2023-04-09>"), DATES, false);
        assertThat(day(named.published())).isEqualTo("2023-04-09");
        assertThat(named.generic()).isFalse();
        MetaDateNames.Declared parsely = MetaDateNames.published(
                head("<meta name=parsely-page content='{\"pub_date\":\"2022-08-15T10:00:00Z\"}'>"), DATES, false);
        assertThat(day(parsely.published())).isEqualTo("2022-08-15");
    }

    @Test
    void noDateNoDeclaration() {
        assertThat(MetaDateNames.published(head("<meta name=description content=\"A page\">"), DATES, false)).isNull();
        assertThat(MetaDateNames.published(head("<meta name=date content=soon>"), DATES, false)).isNull();
        assertThat(MetaDateNames.modified(head("<meta name=date content=2025-01-02>"), DATES, false)).isNull();
    }

    @Test
    void theChangeIsReadByItsOwnNamesInTheirOrder() {
        assertThat(day(MetaDateNames.modified(head("<meta name=revised content=2024-02-01>"
                + "<meta property=og:updated_time content=2024-03-01T09:00:00Z>"), DATES, false))).isEqualTo("2024-03-01");
    }

    @Test
    void publicationNamesAreTheListsAndThoseThatReadAsOne() {
        assertThat(MetaDateNames.publicationName("datepublished")).isTrue();
        assertThat(MetaDateNames.publicationName("date")).isTrue();
        assertThat(MetaDateNames.publicationName("bt:pubdate")).isTrue();
        assertThat(MetaDateNames.publicationName("article:modified_time")).isFalse();
        assertThat(MetaDateNames.publicationName("description")).isFalse();
    }
}
