package dev.precis.server.api;

import dev.precis.server.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.server.ApiJson;
import dev.precis.server.ArticleSummary;
import dev.precis.server.BoundedBody;
import dev.precis.server.IntakeResult;
import dev.precis.server.ServerContext;
import dev.precis.store.ArticleView;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The article endpoints under {@code /api/articles}. Thread-safe (stateless over the shared context). */
final class ArticleApi {

    static final int MAX_PAGE = 200;
    private static final Set<String> ADD_KEYS = Set.of("url", "text", "title", "published");

    private final ServerContext context;

    ArticleApi(ServerContext context) {
        this.context = context;
    }

    /** GET /api/articles?offset=&limit= : newest first. */
    void list(Context ctx) throws IOException {
        int offset = QueryParams.wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE - MAX_PAGE);
        int limit = QueryParams.wholeNumber(ctx, "limit", 20, 1, MAX_PAGE);
        List<Views.ArticleItem> items = context.library().latest(offset, limit).stream().map(Views.ArticleItem::of).toList();
        ctx.json(new Views.ArticlePage(offset, limit, context.library().size(), items));
    }

    /** GET /api/articles/{id} */
    void get(Context ctx) throws IOException {
        ArticleView v = view(ctx);
        dev.precis.model.Article a = v.article();
        ctx.json(new Views.Article(v.id(), Views.withoutPath(a.id()), a.title(), a.text(), a.paragraphs().stream().map(Views.Range::of).toList(),
                a.url(), a.byline(), a.published(), v.declaredPublished(), a.language(), v.source(), Views.Story.of(v.story()), v.summary(),
                v.copies().stream().map(Views::copyWithoutPath).toList(), v.textNote()));
    }

    /** GET /api/articles/{id}/summary?sentences=N|words=N|ratio=R */
    void summary(Context ctx) throws IOException {
        long id = Params.id(ctx, "id");
        var length = Params.summaryLength(ctx);
        ArticleSummary s = context.summaries().summary(id, length).orElseThrow(() -> notFound(id));
        ctx.json(s);
    }

    /** GET /api/articles/{id}/analysis */
    void analysis(Context ctx) throws IOException {
        ArticleView v = view(ctx);
        String text = v.article().text();
        ctx.json(new Views.Analysis(v.id(), Views.entities(context.library().mentions(v.id())),
                v.quotes().stream().map(q -> Views.QuoteView.of(q, text)).toList(),
                v.times().stream().map(t -> Views.Time.of(t, text)).toList()));
    }

    /** GET /api/articles/{id}/related */
    void related(Context ctx) throws IOException {
        ArticleView v = view(ctx);
        ctx.json(new Views.Related(v.id(), v.related().stream().map(Views.RelatedItem::of).toList()));
    }

    /** GET /api/articles/{id}/neighbours */
    void neighbours(Context ctx) throws IOException {
        ArticleView v = view(ctx);
        ctx.json(new Views.NeighbourSet(v.id(), Views.Pair.of(v.inLibrary()), Views.Pair.of(v.inSource()), Views.Pair.of(v.inStory())));
    }

    /** POST /api/articles with {"url"} or {"text","title"?,"published"?}: 201 when added, 200 for a duplicate. */
    void add(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        AddRequest req = addRequest(BoundedBody.read(ctx, context.config().maxRequestBytes()));
        IntakeResult r = req.url() != null ? context.intake().addUrl(req.url())
                : context.intake().addText(req.text(), req.title(), req.published());
        String location = "/api/articles/" + r.articleId();
        ctx.status(r.added() ? 201 : 200);
        if (r.added()) {
            ctx.header("Location", location);
        }
        ctx.json(new Views.Added(r.articleId(), r.status().name().toLowerCase(Locale.ROOT), r.storyId(), location));
    }

    /** What {@code POST /api/articles} asks for: a URL, or a text with an optional title and date. */
    record AddRequest(String url, String text, String title, String published) {
    }

    /** The body of {@code POST /api/articles}; 400 ({@link BadRequestResponse} or Jackson's exception) when malformed. */
    static AddRequest addRequest(String raw) throws IOException {
        JsonNode body = jsonObject(raw);
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ADD_KEYS.contains(key)) {
                throw new BadRequestResponse("unknown key '" + QueryParams.clip(key) + "': send {\"url\"} or {\"text\", \"title\"?, \"published\"?}");
            }
        }
        String url = string(body, "url");
        String text = string(body, "text");
        if ((url == null) == (text == null)) {
            throw new BadRequestResponse("send exactly one of \"url\" or \"text\"");
        }
        if (url != null && (body.has("title") || body.has("published"))) {
            throw new BadRequestResponse("\"title\" and \"published\" go with \"text\"; a URL's page gives its own");
        }
        return new AddRequest(url, text, string(body, "title"), string(body, "published"));
    }

    private ArticleView view(Context ctx) throws IOException {
        long id = Params.id(ctx, "id");
        return context.library().article(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundResponse notFound(long id) {
        return new NotFoundResponse("no article with id " + id);
    }

    /** The body as a JSON object, or 400. */
    static JsonNode jsonObject(String body) throws IOException {
        if (body.isBlank()) {
            throw new BadRequestResponse("empty body: send a JSON object");
        }
        JsonNode n = ApiJson.MAPPER.readTree(body);
        if (n == null || !n.isObject()) {
            throw new BadRequestResponse("the body must be a JSON object");
        }
        return n;
    }

    /** A string field, null when absent or JSON null; 400 when it is not a string. */
    static String string(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequestResponse("\"" + key + "\" must be a string");
        }
        return v.asText();
    }
}
