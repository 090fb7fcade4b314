package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.web.Pages.Hit;
import dev.precis.server.web.Pages.SearchPage;
import dev.precis.store.SearchHit;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search page's range line and its previous/next links, which keep the query and its filters. */
class SearchPageLinksTest {

    @Test
    void aMiddlePageLinksBothWaysKeepingTheFilters() {
        SearchPage p = page("harbour pier", "2024-01-01", "wire & co", 20, 45, 20);
        assertThat(p.range()).isEqualTo("21–40 of 45 articles found");
        assertThat(p.previous()).isEqualTo("/search?q=harbour+pier&from=2024-01-01&source=wire+%26+co");
        assertThat(p.next()).isEqualTo("/search?q=harbour+pier&from=2024-01-01&source=wire+%26+co&offset=40");
    }

    @Test
    void theFirstAndLastPagesLinkOneWayAndOnePageLinksNowhere() {
        assertThat(page("pier", "", "", 0, 45, 20).previous()).isNull();
        SearchPage last = page("pier", "", "", 40, 45, 5);
        assertThat(last.range()).isEqualTo("41–45 of 45 articles found");
        assertThat(last.next()).isNull();
        assertThat(last.previous()).endsWith("&offset=20");
        SearchPage one = page("pier", "", "", 0, 3, 3);
        assertThat(one.range()).isEqualTo("3 articles found");
        assertThat(one.next()).isNull();
        assertThat(one.previous()).isNull();
        // past the end: nothing on the page, the total still said, a way back
        SearchPage past = page("pier", "", "", 60, 45, 0);
        assertThat(past.range()).isEqualTo("45 articles found");
        assertThat(past.previous()).endsWith("&offset=40");
    }

    @Test
    void noNextLinkBeyondTheDeepestPage() {
        assertThat(page("pier", "", "", 9_960, 50_000, 20).next()).endsWith("&offset=9980");
        assertThat(page("pier", "", "", 9_980, 50_000, 20).next()).isNull();
    }

    private static SearchPage page(String q, String from, String source, int offset, long total, int shown) {
        Hit hit = new Hit(new SearchHit(1, "Pier", null, null, 1, "pier"), List.of());
        return new SearchPage(q, from, "", source, "", true, offset, 20, total, Collections.nCopies(shown, hit), null);
    }
}
