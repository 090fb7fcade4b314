package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** An Offer sells a course as well as goods: a lesson's page that names its course with a fee is no product page. */
class CourseOfferTest {

    private static PageSignals signals(String json) {
        return PageSignals.of(Jsoup.parse("<html><head><script type=\"application/ld+json\">" + json
                + "</script></head><body><article>" + PageTypeTest.PARAGRAPHS + "</article></body></html>"));
    }

    @Test
    void anOfferOfACourseDoesNotMakeAProductPage() {
        PageSignals course = signals("{\"@context\":\"https://schema.org\",\"@type\":\"Course\",\"name\":\"Phone basics\","
                + "\"hasCourseInstance\":{\"@type\":\"CourseInstance\",\"courseMode\":\"online\"},"
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"0\",\"priceCurrency\":\"AUD\"}}");
        assertThat(PageTypeClassifier.bySchema(course)).isNull();
    }

    @Test
    void goodsOrABareOfferStillDo() {
        assertThat(PageTypeClassifier.bySchema(signals("{\"@context\":\"https://schema.org\",\"@type\":\"Offer\","
                + "\"price\":\"12.50\",\"itemOffered\":\"Garden hose\"}"))).isEqualTo(PageType.PRODUCT);
        // a course sold beside goods on one page: the goods decide
        assertThat(PageTypeClassifier.bySchema(signals("[{\"@context\":\"https://schema.org\",\"@type\":\"Course\","
                + "\"name\":\"Pottery\"},{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Kiln\","
                + "\"offers\":{\"@type\":\"Offer\",\"price\":\"900\"}}]"))).isEqualTo(PageType.PRODUCT);
    }
}
