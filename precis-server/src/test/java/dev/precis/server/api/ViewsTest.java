package dev.precis.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.ApiJson;
import dev.precis.store.SearchResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the API shows of ids and origins (never where the server keeps its files), and its search facets' order. */
class ViewsTest {

    @Test
    void serverFilePathsBecomeFileNames() {
        assertThat(Views.withoutPath("/home/ana/news/2024/ferry.txt")).isEqualTo("ferry.txt");
        assertThat(Views.withoutPath("C:\\Users\\ana\\news\\ferry.html")).isEqualTo("ferry.html");
        assertThat(Views.withoutPath("file:///srv/feeds/a.xml")).isEqualTo("a.xml");
        assertThat(Views.withoutPath("/srv/dir/")).isEqualTo("file");
        assertThat(Views.copyWithoutPath("duplicate: /home/ana/news/ferry.txt")).isEqualTo("duplicate: ferry.txt");
    }

    @Test
    void otherIdsAreKept() {
        assertThat(Views.withoutPath("https://example.org/news/ferry")).isEqualTo("https://example.org/news/ferry");
        assertThat(Views.withoutPath("pasted-3f2a")).isEqualTo("pasted-3f2a");
        assertThat(Views.withoutPath("cnn-000123")).isEqualTo("cnn-000123");
        assertThat(Views.withoutPath(null)).isNull();
        assertThat(Views.copyWithoutPath("near_duplicate: https://example.org/a")).isEqualTo("near_duplicate: https://example.org/a");
    }

    @Test
    void searchFacetsKeepTheirOrderInTheJson() throws Exception {
        Map<String, Integer> counted = new HashMap<>();
        counted.put("quayside", 1);
        counted.put("lantern", 3);
        counted.put("harbour", 1);
        counted.put("ferry-desk", 2);
        SearchResult r = new SearchResult(7, List.of(), counted);
        assertThat(ApiJson.MAPPER.writeValueAsString(r.sources())).isEqualTo("{\"lantern\":3,\"ferry-desk\":2,\"harbour\":1,\"quayside\":1}");
    }
}
