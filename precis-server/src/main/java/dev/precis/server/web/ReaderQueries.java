package dev.precis.server.web;

import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.QuoteKind;
import dev.precis.server.MissingSpaces;
import dev.precis.server.ServerContext;
import dev.precis.server.web.Pages.EntityPage;
import dev.precis.server.web.Pages.SaidItem;
import dev.precis.store.ArticleRef;
import dev.precis.store.EntityCount;
import dev.precis.store.EntityQuote;
import dev.precis.store.EntityView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The library reads behind the home and entity pages. Thread-safe (the library is). */
final class ReaderQueries {

    /** The store's order of an entity's quotes: by publication date, then article, then place in the article. */
    private static final Comparator<EntityQuote> OLDEST_FIRST = Comparator
            .comparing((EntityQuote q) -> q.article().published() == null ? "" : q.article().published())
            .thenComparingLong(q -> q.article().id()).thenComparingInt(q -> q.quote().range().start());

    private final ServerContext context;

    ReaderQueries(ServerContext context) {
        this.context = context;
    }

    /** The newest articles first. */
    List<ArticleRef> latest(int offset, int limit) throws IOException {
        return context.library().latest(offset, limit);
    }

    /** Everything the library holds about an entity, oldest first; empty when no article mentions it. */
    Optional<EntityPage> entity(String name, EntityType type) throws IOException {
        Optional<EntityView> view = context.library().entity(name, type);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        List<EntityQuote> quotes = new ArrayList<>(view.get().quotes());
        quotes.addAll(underGivenName(view.get()));
        quotes.sort(OLDEST_FIRST);
        return Optional.of(new EntityPage(view.get().canonical(), type.name().toLowerCase(Locale.ROOT), view.get().articles(),
                said(quotes)));
    }

    /**
     * A person's quotes the store files under the given name alone ("Tony" for "Tony Blair"): those in an article
     * where that name stands for this person ({@link GivenNames#standsFor}), as the article's page shows them.
     */
    private List<EntityQuote> underGivenName(EntityView person) throws IOException {
        int space = person.canonical().indexOf(' ');
        String given = space < 0 ? "" : person.canonical().substring(0, space);
        // the store may answer a name it does not hold with a known spelling of it: only the lone name itself counts
        Optional<EntityView> lone = person.type() != EntityType.PERSON || given.isEmpty() ? Optional.empty()
                : context.library().entity(given, EntityType.PERSON).filter(v -> v.canonical().equals(given));
        List<EntityQuote> out = new ArrayList<>();
        Map<Long, List<EntityCount>> people = new HashMap<>();
        for (EntityQuote q : lone.map(EntityView::quotes).orElse(List.of())) {
            List<EntityCount> named = people.get(q.article().id());
            if (named == null) {
                named = peopleNamed(q.article().id());
                people.put(q.article().id(), named);
            }
            if (person.canonical().equals(GivenNames.standsFor(lone.get().canonical(), named))) {
                out.add(q);
            }
        }
        return out;
    }

    /** The people an article names, once each (the mention counts do not matter to {@link GivenNames#standsFor}). */
    private List<EntityCount> peopleNamed(long articleId) throws IOException {
        return context.library().mentions(articleId).stream().filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical)
                .distinct().map(name -> new EntityCount(name, EntityType.PERSON, 1)).toList();
    }

    /** What an entity said, each quote once: a near-duplicate copy of an article (the same headline) repeats its quotes. */
    static List<SaidItem> said(List<EntityQuote> quotes) {
        return Pages.firstOfEach(quotes, q -> Arrays.asList(q.content(), q.article().title())).stream()
                .map(q -> new SaidItem(q.article(), MissingSpaces.mend(q.content()), "/articles/" + q.article().id() + "#" + ArticleBody.anchor(q.quote()),
                        q.quote().kind() == QuoteKind.DIRECT)).toList();
    }
}
