package dev.precis.server.api;

import dev.precis.server.QueryParams;
import dev.precis.model.EntityType;
import dev.precis.server.ServerContext;
import dev.precis.server.StoryTimeline;
import dev.precis.server.digest.DigestFormats;
import dev.precis.store.DigestWindow;
import dev.precis.store.EntityView;
import dev.precis.store.SearchQuery;
import dev.precis.store.SearchResult;
import dev.precis.store.StoryView;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** Stories, entities and search. Thread-safe (stateless over the shared context). */
final class CatalogApi {

    private static final int MAX_NAME = 1_000;
    private static final int MAX_QUERY = 1_000;

    private final ServerContext context;
    private final Clock clock;

    CatalogApi(ServerContext context) {
        this(context, Clock.systemUTC());
    }

    CatalogApi(ServerContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /**
     * GET /api/digest?since=&limit= : the digest as {@code precis digest --format json} writes it (its stories,
     * each with its new articles and summary); {@code since} as for the page and the feed (default 24h).
     */
    void digest(Context ctx) throws IOException {
        String since = QueryParams.text(ctx, "since", 40);
        DigestWindow window = window(since == null ? "24h" : since);
        int limit = QueryParams.wholeNumber(ctx, "limit", 10, 1, 100);
        ctx.contentType("application/json").result(DigestFormats.json(context.library().digest(window, limit)));
    }

    private DigestWindow window(String since) {
        try {
            return DigestWindow.parse(since, clock);
        } catch (IllegalArgumentException e) {
            throw new QueryParams.BadParameterException(e.getMessage());
        }
    }

    /** GET /api/stories?limit=&offset=&minSize= : the largest, most recent stories first ({@code offset} skips, as the CLI's --offset). */
    void stories(Context ctx) throws IOException {
        int limit = QueryParams.wholeNumber(ctx, "limit", 20, 1, ArticleApi.MAX_PAGE);
        int offset = QueryParams.wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int minSize = QueryParams.wholeNumber(ctx, "minSize", 2, 1, 1_000_000);
        ctx.json(new Views.Stories(context.library().stories(minSize, offset, limit).stream().map(Views.Story::of).toList()));
    }

    /**
     * GET /api/stories/{id} : the story, its articles in publication order and its timeline, listing the events the
     * reader's timeline lists ({@link StoryTimeline#listed}).
     */
    void story(Context ctx) throws IOException {
        long id = Params.id(ctx, "id");
        StoryView v = context.library().story(id).orElse(null);
        if (v == null) {
            movedOrMissing(ctx, id, "");
            return;
        }
        ctx.json(new Views.StoryPage(Views.Story.of(v.info()), v.articles().stream().map(Views.ArticleItem::of).toList(),
                StoryTimeline.listed(v.timeline()).stream().map(Views.Event::of).toList()));
    }

    /**
     * GET /api/stories/{id}/summary?since=&sentences= : 3-5 sentences across the story's articles, in time order.
     * {@code since} is the digest's window ({@code 24h}, {@code 7d}, a date or a moment, read by
     * {@link DigestWindow#parse}): the articles the digest takes for the same {@code since}, so the summary agrees
     * with the digest's.
     */
    void storySummary(Context ctx) throws IOException {
        long id = Params.id(ctx, "id");
        String rawSince = QueryParams.text(ctx, "since", 40);
        DigestWindow window = rawSince == null ? null : window(rawSince);
        int sentences = QueryParams.wholeNumber(ctx, "sentences", 5, 1, 5);
        var summary = context.library().storySummary(id, window, sentences);
        if (summary.isEmpty()) {
            movedOrMissing(ctx, id, "/summary");
            return;
        }
        ctx.json(summary.get());
    }

    /** A story merged into another answers 301 to the other's address (same query); an unknown id is 404. */
    private void movedOrMissing(Context ctx, long id, String suffix) throws IOException {
        long to = context.library().storyRedirect(id).orElseThrow(() -> new NotFoundResponse("no story with id " + id));
        String query = ctx.queryString();
        ctx.redirect("/api/stories/" + to + suffix + (query == null || query.isEmpty() ? "" : "?" + query),
                HttpStatus.MOVED_PERMANENTLY);
    }

    /** GET /api/entities?type=&limit= : the entities mentioned in the most articles. */
    void entities(Context ctx) throws IOException {
        String rawType = QueryParams.text(ctx, "type", 40);
        EntityType type = rawType == null ? null : Params.entityType(rawType, "type");
        int limit = QueryParams.wholeNumber(ctx, "limit", 50, 1, 1_000);
        ctx.json(new Views.Entities(context.library().entities(type, limit).stream()
                .map(e -> new Views.EntityItem(e.canonical(), e.type(), e.mentions())).toList()));
    }

    /** GET /api/entities/{type}/{name} : articles mentioning it and what it said, oldest first. */
    void entity(Context ctx) throws IOException {
        EntityType type = Params.entityType(ctx.pathParam("type"), "type");
        String name = ctx.pathParam("name").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadRequestResponse("name: give the entity's canonical name (1 to " + MAX_NAME + " characters)");
        }
        EntityView v = context.library().entity(name, type)
                .orElseThrow(() -> new NotFoundResponse("no " + type.name().toLowerCase() + " named '" + QueryParams.clip(name) + "' in the library"));
        ctx.json(new Views.EntityPage(v.canonical(), v.type(), v.articles().stream().map(Views.ArticleItem::of).toList(),
                v.quotes().stream().map(q -> new Views.SaidBy(Views.ArticleItem.of(q.article()), q.quote().kind().name(), q.quote().cue(),
                        q.content(), Views.Range.of(q.quote().range()), Views.Range.of(q.quote().content()))).toList()));
    }

    /** GET /api/search?q=&from=&to=&source=&entity=&sort=relevance|date&limit=&offset= ({@code offset} skips hits, for the next pages). */
    void search(Context ctx) throws IOException {
        String q = QueryParams.text(ctx, "q", MAX_QUERY);
        LocalDate from = QueryParams.date(ctx, "from");
        LocalDate to = QueryParams.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestResponse("from: " + from + " is after to: " + to);
        }
        String source = QueryParams.text(ctx, "source", MAX_NAME);
        String entity = QueryParams.text(ctx, "entity", MAX_NAME);
        String sort = QueryParams.text(ctx, "sort", 20);
        if (sort != null && !sort.equals("relevance") && !sort.equals("date")) {
            throw new BadRequestResponse("sort: must be relevance or date, got '" + QueryParams.clip(sort) + "'");
        }
        int limit = QueryParams.wholeNumber(ctx, "limit", 20, 1, ArticleApi.MAX_PAGE);
        int offset = QueryParams.wholeNumber(ctx, "offset", 0, 0, SearchQuery.MAX_DEPTH - limit);
        // after every value is checked, so a bad value is named even when nothing to search by was given
        if (q == null && from == null && to == null && source == null && entity == null) {
            throw new BadRequestResponse("q: give a query or at least one of from, to, source, entity");
        }
        SearchQuery query = new SearchQuery(q, from, to, source, entity, "date".equals(sort), limit, offset);
        SearchResult r;
        try {
            r = context.library().search(query);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("q: " + e.getMessage());
        }
        ctx.json(new Views.SearchPage(q == null ? "" : q, offset, limit, r.total(), r.hits().stream().map(Views.Hit::of).toList(), r.sources()));
    }
}
