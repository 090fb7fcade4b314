package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SearchResult}: the source facets come in one defined order, whatever map they were counted in. */
class SearchResultTest {

    @Test
    void sourcesAreOrderedByCountThenByName() {
        Map<String, Integer> counted = new HashMap<>();
        counted.put("zeta-news", 1);
        counted.put("harbour-times", 4);
        counted.put("alpha-wire", 1);
        counted.put("metro", 2);
        counted.put("city-desk", 2);
        counted.put("bay-post", 1);
        SearchResult r = new SearchResult(11, List.of(), counted);
        assertThat(r.sources().keySet()).containsExactly("harbour-times", "city-desk", "metro", "alpha-wire", "bay-post", "zeta-news");
        // the CLI prints the map itself
        assertThat(r.sources()).hasToString("{harbour-times=4, city-desk=2, metro=2, alpha-wire=1, bay-post=1, zeta-news=1}");
        assertThat(r.sources()).isEqualTo(counted);
    }
}
