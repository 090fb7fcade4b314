package dev.precis.server.web;

import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.server.ServerContext;
import dev.precis.server.web.Pages.EntityPage;
import dev.precis.server.web.Pages.SaidItem;
import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.SearchHit;
import dev.precis.store.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The library reads behind the home and entity pages. Thread-safe (the library is). */
final class ReaderQueries {

    private static final int ENTITY_ARTICLES = 200;

    private final ServerContext context;

    ReaderQueries(ServerContext context) {
        this.context = context;
    }

    /** The newest articles first. */
    List<ArticleRef> latest(int offset, int limit) throws IOException {
        List<SearchHit> hits = context.library().search(SearchQuery.of("").sortedByDate(true).withLimit(offset + limit)).hits();
        return hits.stream().skip(offset).map(h -> new ArticleRef(h.articleId(), h.title(), h.published(), h.source(), 0)).toList();
    }

    /** Everything the library holds about an entity, oldest first; empty when no article mentions it. */
    Optional<EntityPage> entity(String name, EntityType type) throws IOException {
        List<SearchHit> hits = context.library().search(new SearchQuery("", null, null, null, name, true, ENTITY_ARTICLES)).hits();
        List<ArticleRef> articles = new ArrayList<>();
        List<SaidItem> said = new ArrayList<>();
        List<SearchHit> oldestFirst = new ArrayList<>(hits);
        oldestFirst.sort(Comparator.comparing((SearchHit h) -> h.published() == null ? "" : h.published())
                .thenComparingLong(SearchHit::articleId));
        for (SearchHit h : oldestFirst) {
            Optional<ArticleView> v = context.library().article(h.articleId());
            if (v.isEmpty() || v.get().entities().stream().noneMatch(e -> e.type() == type && e.canonical().equals(name))) {
                continue;
            }
            ArticleRef ref = new ArticleRef(h.articleId(), h.title(), h.published(), h.source(), 0);
            articles.add(ref);
            String text = v.get().article().text();
            List<Quote> quotes = v.get().quotes();
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                if (name.equals(q.speaker()) && q.content().fitsIn(text.length())) {
                    said.add(new SaidItem(ref, q.content().slice(text), "/articles/" + ref.id() + "#" + ArticleBody.anchor(i),
                            q.kind() == dev.precis.model.QuoteKind.DIRECT));
                }
            }
        }
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EntityPage(name, type.name().toLowerCase(Locale.ROOT), articles, said));
    }
}
