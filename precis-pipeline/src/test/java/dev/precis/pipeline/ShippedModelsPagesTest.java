package dev.precis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.ArticleExtractor;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.model.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Without pages in sight the extractor loads on the first page, and reads it as the extractor loaded up front does. */
class ShippedModelsPagesTest {

    private static final String PAGE = "<html lang=\"en\"><head><title>Harbour bridge reopens after repairs | Example Gazette</title>"
            + "<meta property=\"article:published_time\" content=\"2026-03-04T09:30:00Z\"></head><body><article>"
            + "<h1>Harbour bridge reopens after repairs</h1><p class=\"byline\">By Mara Quillfeather</p>"
            + "<p>The old harbour bridge in the made-up town of Wexcombe reopened on Tuesday after eight months of repairs, "
            + "the town council said. Traffic had been sent through the centre while workers replaced the deck.</p>"
            + "<p>Council leader Tobin Ashgrove said the work had finished two weeks early and under budget. Cyclists "
            + "will get a lane of their own on the bridge from next month, he added.</p>"
            + "<p>Shops near the bridge said trade had fallen while it was shut and hoped customers would now return.</p>"
            + "</article></body></html>";

    @Test
    void withoutPagesTheExtractorLoadsOnTheFirstPageAndReadsItTheSame() throws Exception {
        ArticleExtractor lazy = ShippedModels.loadInBackground(false).extractor();
        assertThat(lazy).isInstanceOf(ShippedModels.OnFirstPage.class);
        assertThat(((ShippedModels.OnFirstPage) lazy).isLoaded()).isFalse();

        ArticleExtractor direct = HtmlArticleReader.withLanguageModel().extractor();
        String url = "https://news.example.org/2026/03/04/harbour-bridge";
        Article got = lazy.extract(PAGE, url);
        assertThat(((ShippedModels.OnFirstPage) lazy).isLoaded()).isTrue();
        assertThat(got).isEqualTo(direct.extract(PAGE, url));
        Instant fetched = Instant.parse("2026-03-05T12:00:00Z");
        assertThat(lazy.extract(PAGE, url, fetched)).isEqualTo(direct.extract(PAGE, url, fetched));
        assertThat(lazy.extractText(PAGE, url)).isEqualTo(direct.extractText(PAGE, url));
        assertThat(lazy.extractText(PAGE, url, fetched)).isEqualTo(direct.extractText(PAGE, url, fetched));
        assertThat(got.title()).contains("Harbour bridge");
    }

    @Test
    void withPagesTheExtractorIsTheLoadedOne() {
        assertThat(ShippedModels.loadInBackground(true).extractor()).isNotInstanceOf(ShippedModels.OnFirstPage.class);
        assertThat(ShippedModels.loadInBackground().extractor()).isNotInstanceOf(ShippedModels.OnFirstPage.class);
    }
}
