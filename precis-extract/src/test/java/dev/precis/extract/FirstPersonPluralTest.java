package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.model.PageType;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * ptype52: the page-type score weighs how much of the body is first-person plural ("we", "our", "unsere", "nos"): a
 * firm or an institution speaking of itself on the page about what it offers, which a story does far less. A small
 * firm's service page written in paragraphs, with no byline, date, og:type or story folder, was kept as an article on
 * main and is refused; a story that quotes people saying "we" is still kept. Pages and text written for this test.
 */
class FirstPersonPluralTest {

    private static final String SERVICE_URL = "https://www.harbourline.example/payroll-outsourcing";
    private static final String SERVICE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Payroll outsourcing for small firms | Harbourline Partners</title>"
            + "<link rel=\"canonical\" href=\"" + SERVICE_URL + "\"></head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a> <a href=\"/payroll-outsourcing\">Payroll</a>"
            + " <a href=\"/bookkeeping\">Bookkeeping</a> <a href=\"/contact\">Contact</a></nav></header><main>"
            + "<h1>Payroll outsourcing for small firms</h1><img src=\"/img/team-desk.jpg\" alt=\"Two advisers at a desk\">"
            + "<p>Running payroll by hand takes hours every month, and a single late filing can bring penalties that a small"
            + " firm does not need. We take that work off your desk so that your staff are paid correctly and on time.</p>"
            + "<p>Our advisers have looked after the payroll of shops, workshops, surgeries and charities across the region"
            + " for more than fifteen years, and we know the rules that change each April.</p>"
            + "<h2>What is included</h2>"
            + "<p>Each month we calculate pay, deductions and pension contributions, send payslips to your employees and"
            + " file the returns with the tax office on your behalf, so nothing is missed.</p>"
            + "<p>We also handle starters and leavers, statutory sick pay and parental leave, and we keep the records you"
            + " would need if an inspector ever asked to see them.</p><img src=\"/img/payslips.jpg\" alt=\"Payslips\">"
            + "<h2>How it works</h2>"
            + "<p>After a short call we set up your payroll with the details of your staff. From then on you send us any"
            + " changes by the tenth of the month and we do the rest, with one named adviser who knows your business.</p>"
            + "<p>Our fees are fixed per employee, so you always know what the month will cost, and there is no long"
            + " contract: you can leave us with a month's notice.</p>"
            + "<h2>Talk to us</h2><p>Call 01632 960 123 or <a href=\"/contact\">send us a message</a> and we will get back"
            + " to you within a working day.</p></main>"
            + "<footer><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>";

    private static final String STORY_URL = "https://www.riverton-gazette.example/2025/03/14/ferry-timetable-cut";
    private static final String STORY = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Island ferry to run half as often from May | Riverton Gazette</title>"
            + "<meta property=\"og:type\" content=\"article\">"
            + "<meta property=\"article:published_time\" content=\"2025-03-14T08:30:00Z\">"
            + "<link rel=\"canonical\" href=\"" + STORY_URL + "\"></head><body><main><article>"
            + "<h1>Island ferry to run half as often from May</h1><p class=\"byline\">By Nora Quill</p>"
            + "<p>The ferry between Riverton and Gull Island will sail six times a day instead of twelve from May, the"
            + " operator said on Thursday, blaming the cost of fuel and a shortage of trained crew.</p>"
            + "<p>\"We cannot keep two boats on the water with the staff we have,\" the operator's director told a meeting"
            + " in the island's hall. \"Our priority is a timetable we can actually keep.\"</p>"
            + "<p>Islanders said the cut would leave them without a morning crossing early enough for work on the"
            + " mainland. \"We were told about this a week ago, and nobody asked us,\" said one shop owner.</p>"
            + "<p>The county council, which pays part of the operator's costs, said it would review the contract in the"
            + " summer and was looking at whether a smaller second boat could run at the busiest hours.</p>"
            + "<p>The new timetable is due to be published at the end of the month.</p>"
            + "</article></main></body></html>";

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    @Test
    void countsFirstPersonPluralWordsButNotTheCountry() {
        // 13 words; "We", "our", "us" and "Unsere" are first-person plural, "US" (the country) is not
        List<String> body = List.of("We ship our kettles to the US.", "Write to us.", "Unsere Preise gelten.");
        assertThat(PageFeatures.firstPersonPlural(body)).isCloseTo(4.0 / 13, within(1e-9));
        assertThat(PageFeatures.firstPersonPlural(List.of("The US and the UK signed it."))).isZero();
        assertThat(PageFeatures.firstPersonPlural(List.of())).isZero();
    }

    @Test
    void aFirmsServicePageSpeakingAsWeIsRefused() throws Exception {
        Document doc = Jsoup.parse(SERVICE, SERVICE_URL);
        PageSignals s = PageSignals.of(doc);
        List<String> paragraphs = BodyExtractor.paragraphs(doc, "Payroll outsourcing for small firms");
        assertThat(PageTypeClassifier.byRules(s, paragraphs, SERVICE_URL)).isNull(); // left to the score
        assertThat(PageTypeClassifier.evidence(s, SERVICE_URL, false, false)).isFalse();
        assertThat(PageTypeClassifier.score(s, paragraphs, SERVICE_URL, false, false)).isNegative();
        assertThat(extractor.extractPage(SERVICE, SERVICE_URL, null).pageType()).isNotEqualTo(PageType.ARTICLE);
        assertThat(extractor.extractPage(SERVICE, null, null).pageType()).isNotEqualTo(PageType.ARTICLE);
    }

    @Test
    void aStoryQuotingPeopleWhoSayWeIsKept() throws Exception {
        assertThat(extractor.extractPage(STORY, STORY_URL, null).pageType()).isEqualTo(PageType.ARTICLE);
        assertThat(extractor.extractPage(STORY, null, null).pageType()).isEqualTo(PageType.ARTICLE);
    }
}
