package dev.precis.server.web;

import dev.precis.model.EntityType;
import dev.precis.model.QuoteKind;
import dev.precis.server.MissingSpaces;
import dev.precis.server.ServerContext;
import dev.precis.server.web.Pages.EntityPage;
import dev.precis.server.web.Pages.SaidItem;
import dev.precis.store.ArticleRef;
import dev.precis.store.EntityQuote;
import dev.precis.store.EntityView;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The library reads behind the home and entity pages. Thread-safe (the library is). */
final class ReaderQueries {

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
        return Optional.of(new EntityPage(view.get().canonical(), type.name().toLowerCase(Locale.ROOT), view.get().articles(),
                said(view.get().quotes())));
    }

    /** What an entity said, each quote once: a near-duplicate copy of an article (the same headline) repeats its quotes. */
    static List<SaidItem> said(List<EntityQuote> quotes) {
        return Pages.firstOfEach(quotes, q -> Arrays.asList(q.content(), q.article().title())).stream()
                .map(q -> new SaidItem(q.article(), MissingSpaces.mend(q.content()), "/articles/" + q.article().id() + "#" + ArticleBody.anchor(q.quote()),
                        q.quote().kind() == QuoteKind.DIRECT)).toList();
    }
}
