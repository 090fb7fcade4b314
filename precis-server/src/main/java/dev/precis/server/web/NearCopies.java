package dev.precis.server.web;

import dev.precis.server.web.Pages.Listed;
import dev.precis.store.ArticleRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's articles as its list shows them: a near-duplicate copy (an article whose headline, source and date read
 * as an earlier one's, e.g. a feed that sent a story twice with an edit) is listed once, the first of them linked and
 * the number of copies said, since two identical lines tell a reader nothing but that something repeats. Stateless.
 */
final class NearCopies {

    private NearCopies() {
    }

    static List<Listed> once(List<ArticleRef> articles) {
        Map<List<String>, ArticleRef> first = new LinkedHashMap<>();
        Map<List<String>, Integer> copies = new LinkedHashMap<>();
        for (ArticleRef a : articles) {
            List<String> line = Arrays.asList(a.title(), a.source(), a.published());
            first.putIfAbsent(line, a);
            copies.merge(line, 1, Integer::sum);
        }
        List<Listed> out = new ArrayList<>();
        first.forEach((line, a) -> out.add(new Listed(a, copies.get(line))));
        return out;
    }
}
