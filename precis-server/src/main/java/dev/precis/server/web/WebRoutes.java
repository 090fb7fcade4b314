package dev.precis.server.web;

import dev.precis.server.QueryParams;
import dev.precis.model.EntityType;
import dev.precis.server.ServerContext;
import dev.precis.server.web.Pages.Chrome;
import dev.precis.server.web.Pages.EntityPage;
import dev.precis.server.web.Pages.ErrorPage;
import dev.precis.server.web.Pages.Hit;
import dev.precis.server.web.Pages.HomePage;
import dev.precis.server.web.Pages.SearchPage;
import dev.precis.server.web.Pages.StoryPage;
import dev.precis.store.ArticleRef;
import dev.precis.store.SearchQuery;
import dev.precis.store.SearchResult;
import dev.precis.store.StoryView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader: server-rendered HTML pages (JTE) and their static assets. Every page works without
 * JavaScript; {@code /static/reader.js} only opens the summary in place. Errors are pages with the
 * right status (400 bad parameter, 401/403 for forms, 404 nothing there), never stack traces.
 * Handlers are thread-safe.
 *
 * <p>Routes: {@code /}, {@code /articles/{id}}, {@code /articles/{id}/summary?length=75-words},
 * {@code /stories/{id}}, {@code /entities/{type}/{name}}, {@code /search?q=&from=&to=&source=&entity=},
 * {@code /feeds}, {@code /add}, {@code /login}, {@code /logout}, {@code /static/*}.
 */
public final class WebRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(WebRoutes.class);
    private static final int PAGE_SIZE = 20;
    /** Request attribute: a reader handler answered this request (error mappers leave it alone). */
    private static final String HANDLED = "precis.web.handled";

    /** A page handler that may fail with {@link WebException}. */
    @FunctionalInterface
    interface PageHandler {
        void handle(Context ctx, Chrome chrome) throws Exception;
    }

    private final ServerContext context;
    private final Templates templates = new Templates();
    private final ReaderSessions sessions;
    private final ArticlePages articles;
    private final ReaderQueries queries;
    private final EditorForms forms;
    private final HomeDigest homeDigest;

    private WebRoutes(ServerContext context) {
        this.context = context;
        this.sessions = new ReaderSessions(context.config().token(), Clock.systemUTC());
        this.articles = new ArticlePages(context);
        this.queries = new ReaderQueries(context);
        this.forms = new EditorForms(context, sessions, templates);
        this.homeDigest = new HomeDigest(context, Clock.systemUTC());
    }

    /** Adds the reader's routes to {@code app}. */
    public static void register(RoutesConfig app, ServerContext context) {
        WebRoutes r = new WebRoutes(context);
        app.get("/", ctx -> r.page(ctx, false, r::home));
        app.get("/articles/{id}", ctx -> r.page(ctx, false, (c, chrome) -> r.article(c, chrome, false)));
        app.get("/articles/{id}/summary", ctx -> r.page(ctx, false, (c, chrome) -> r.article(c, chrome, true)));
        app.get("/stories/{id}", ctx -> r.page(ctx, false, r::story));
        DigestPages digest = new DigestPages(context, Clock.systemUTC(), r.templates);
        app.get("/digest", ctx -> r.page(ctx, false, digest::page));
        app.get("/digest.atom", ctx -> r.page(ctx, false, digest::feed));
        app.get("/entities/{type}/{name}", ctx -> r.page(ctx, false, r::entity));
        app.get("/search", ctx -> r.page(ctx, false, r::search));
        app.get("/feeds", ctx -> r.page(ctx, false, (c, chrome) -> r.templates.render(c, 200, "feeds.jte", chrome,
                new FeedsPage(context.library().subscriptions().list(), context.polling()))));
        app.get("/add", ctx -> r.page(ctx, true, r.forms::addForm));
        app.post("/add", ctx -> r.page(ctx, true, r.forms::add));
        app.get("/login", ctx -> r.page(ctx, true, r.forms::loginForm));
        app.post("/login", ctx -> r.page(ctx, true, r.forms::login));
        app.post("/logout", ctx -> r.page(ctx, true, r.forms::logout));
        app.get("/static/{file}", StaticAssets::serve);
        // when reads are protected, the sign-in page and its assets stay reachable
        context.security().allowAnonymous("/login", "/logout", "/static");
        // the core answers refusals and unknown paths in JSON; browsers (Accept: text/html) get pages
        app.error(404, ctx -> {
            if (wantsNotFoundPage(ctx)) {
                r.error(ctx, new WebException(404, "There is no page at this address."));
            }
        });
        // a reader address asked with a method it does not take (POST /digest): the page, with JsonErrors' Allow header
        app.error(405, ctx -> {
            if (wantsNotFoundPage(ctx)) {
                r.error(ctx, new WebException(405, "This address does not take " + ctx.method().name() + " requests."));
            }
        });
        app.error(401, ctx -> {
            if (wantsPage(ctx)) {
                if ("GET".equals(ctx.method().name())) {
                    ctx.redirect(loginFor(ctx.path()));
                } else {
                    r.error(ctx, new WebException(401, "Sign in with the server's write token first."));
                }
            }
        });
    }

    /** Runs a page handler, turning failures into error pages; {@code open} pages skip the read check. */
    private void page(Context ctx, boolean open, PageHandler handler) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        try {
            if (!open && !context.security().mayRead(ctx) && !sessions.signedIn(ctx)) {
                ctx.redirect(loginFor(ctx.path()));
                return;
            }
            handler.handle(ctx, chrome(ctx, ""));
        } catch (WebException e) {
            error(ctx, e);
        } catch (IllegalArgumentException e) {
            // the store's and model's one-line complaints about a parameter (e.g. unparseable query)
            error(ctx, new WebException(400, String.valueOf(e.getMessage())));
        } catch (Exception e) {
            int refused = dev.precis.server.JsonErrors.refusedStatus(e);
            if (refused == 413) {
                error(ctx, new WebException(413, "The form is larger than this server accepts."));
                return;
            } else if (refused != 0) {
                error(ctx, new WebException(400, "The request could not be read."));
                return;
            }
            LOG.error("reader page {} failed", ctx.path(), e);
            error(ctx, new WebException(500, "Something went wrong on our side. The error has been logged."));
        }
    }

    private void error(Context ctx, WebException e) {
        String title = switch (e.status()) {
            case 400 -> "Bad request";
            case 401 -> "Sign in required";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Too large";
            default -> "Server error";
        };
        templates.render(ctx, e.status(), "error.jte", chrome(ctx, ""), new ErrorPage(e.status(), title, e.getMessage()));
    }

    Chrome chrome(Context ctx, String query) {
        return sessions.current(ctx).map(s -> new Chrome(s.signedIn(), s.csrf(), query))
                .orElse(new Chrome(false, null, query));
    }

    private void home(Context ctx, Chrome chrome) throws Exception {
        int offset = QueryParams.wholeNumber(ctx, "offset", 0, 0, 1_000_000);
        List<ArticleRef> latest = queries.latest(offset, PAGE_SIZE + 1);
        int next = latest.size() > PAGE_SIZE ? offset + PAGE_SIZE : -1;
        // the home page opens with the digest: what happened since the reader last looked
        String digest = offset == 0 ? homeDigest.html(ctx, chrome) : null;
        templates.render(ctx, 200, "home.jte", chrome,
                new HomePage(digest, latest.stream().limit(PAGE_SIZE).toList(), context.library().stories(2, 12), offset, next));
    }

    private void article(Context ctx, Chrome chrome, boolean open) throws Exception {
        long id = pathId(ctx, "id", "Article");
        templates.render(ctx, 200, "article.jte", chrome, articles.build(id, open, ReaderLength.of(ctx)));
    }

    private void story(Context ctx, Chrome chrome) throws Exception {
        long id = pathId(ctx, "id", "Story");
        StoryView v = context.library().story(id).orElse(null);
        if (v == null) {
            // a story merged into another lives on under the other's id
            long to = context.library().storyRedirect(id).orElseThrow(() -> WebException.notFound("Story " + id));
            ctx.redirect("/stories/" + to, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        dev.precis.store.StorySummary summary = context.library().storySummary(id, null, 5).orElse(null);
        templates.render(ctx, 200, "story.jte", chrome, new StoryPage(v.info(), v.articles(), Moments.of(v.timeline(), 0, 320), summary));
    }

    private void entity(Context ctx, Chrome chrome) throws Exception {
        EntityType type = entityType(ctx.pathParam("type"));
        String name = ctx.pathParam("name").trim();
        if (name.isEmpty() || name.length() > 200) {
            throw WebException.badRequest("An entity name must have 1 to 200 characters.");
        }
        EntityPage page = queries.entity(name, type).orElseThrow(() -> WebException.notFound(
                "The " + type.name().toLowerCase(Locale.ROOT) + " '" + QueryParams.clip(name) + "'"));
        if (!page.name().equals(name)) {
            // another spelling of a stored person: send the reader to that person's one page
            ctx.redirect(ArticlePages.entityHref(type, page.name()), io.javalin.http.HttpStatus.FOUND);
            return;
        }
        templates.render(ctx, 200, "entity.jte", chrome, page);
    }

    private static EntityType entityType(String raw) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equalsIgnoreCase(raw)) {
                return t;
            }
        }
        throw WebException.notFound("The entity type '" + QueryParams.clip(raw) + "'");
    }

    private void search(Context ctx, Chrome chrome) throws Exception {
        String q = QueryParams.text(ctx, "q", 500);
        LocalDate from = QueryParams.date(ctx, "from");
        LocalDate to = QueryParams.date(ctx, "to");
        String source = QueryParams.text(ctx, "source", 200);
        String entity = QueryParams.text(ctx, "entity", 200);
        if (from != null && to != null && from.isAfter(to)) {
            throw WebException.badRequest("'from' (" + from + ") is after 'to' (" + to + ").");
        }
        int offset = QueryParams.wholeNumber(ctx, "offset", 0, 0, SearchQuery.MAX_DEPTH - PAGE_SIZE);
        boolean searched = q != null || from != null || to != null || source != null || entity != null;
        long total = 0;
        List<Hit> hits = List.of();
        String error = null;
        if (searched) {
            SearchQuery query = new SearchQuery(q, from, to, source, entity, false, PAGE_SIZE, offset);
            try {
                SearchResult r = context.library().search(query);
                total = r.total();
                hits = r.hits().stream().map(h -> new Hit(h, Snippets.split(h.snippet()))).toList();
            } catch (IllegalArgumentException e) {
                // the store's one-line complaint about the query, shown above the form that keeps it
                error = String.valueOf(e.getMessage());
            }
        }
        SearchPage page = new SearchPage(q == null ? "" : q, from == null ? "" : from.toString(), to == null ? "" : to.toString(),
                source == null ? "" : source, entity == null ? "" : entity, searched && error == null, offset, PAGE_SIZE, total, hits, error);
        templates.render(ctx, error == null ? 200 : 400, "search.jte", chrome(ctx, page.q()), page);
    }

    private static String loginFor(String path) {
        return "/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A browser's request outside the API that no reader handler has answered yet. */
    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.attribute(HANDLED) == null && accept != null && accept.contains("text/html") && isReaderPath(ctx.path());
    }

    /**
     * An unknown reader address (not under /api/) gets the reader's 404 page unless the client asks for
     * JSON only: a link typed into a browser, curl or a crawler sees the site's page, an API client its JSON.
     */
    private static boolean wantsNotFoundPage(Context ctx) {
        String accept = ctx.header("Accept");
        boolean jsonOnly = accept != null && accept.contains("json") && !accept.contains("text/html");
        return ctx.attribute(HANDLED) == null && !jsonOnly && isReaderPath(ctx.path());
    }

    private static boolean isReaderPath(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.equals("/openapi.json")
                || path.equals("/health") || path.equals("/metrics"));
    }

    /** A positive numeric id from the path; anything else names a page that does not exist. */
    private static long pathId(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WebException.notFound(what + " " + QueryParams.clip(raw));
    }
}
