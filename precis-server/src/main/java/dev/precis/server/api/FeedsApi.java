package dev.precis.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.FeedPoller;
import dev.precis.ingest.OpmlSubscriptions;
import dev.precis.server.ApiJson;
import dev.precis.server.BoundedBody;
import dev.precis.server.FeedPolls;
import dev.precis.server.ServerContext;
import dev.precis.store.Feed;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/feeds}: the subscriptions with their health, and as OPML; subscribing, importing OPML,
 * unsubscribing and "poll now" (a background job on the server's own poller) need the token.
 * Thread-safe (stateless over the shared context).
 */
final class FeedsApi {

    private static final Set<String> ADD_KEYS = Set.of("url", "every", "category", "title");

    private final ServerContext context;

    FeedsApi(ServerContext context) {
        this.context = context;
    }

    void list(Context ctx) throws Exception {
        List<Views.FeedView> feeds = context.library().subscriptions().list().stream().map(FeedsApi::view).toList();
        ctx.json(new Views.FeedList(feeds));
    }

    void get(Context ctx) throws Exception {
        long id = Params.id(ctx, "id");
        Feed f = context.library().subscriptions().byId(id).orElseThrow(() -> new NotFoundResponse("no feed with id " + id));
        ctx.json(view(f));
    }

    void add(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        JsonNode body = ApiJson.MAPPER.readTree(BoundedBody.read(ctx, context.config().maxRequestBytes()));
        if (body == null || !body.isObject()) {
            throw new BadRequestResponse("send a JSON object {\"url\", \"every\"?, \"category\"?, \"title\"?}");
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!ADD_KEYS.contains(key)) {
                throw new BadRequestResponse("unknown key '" + dev.precis.server.QueryParams.clip(key) + "': send {\"url\", \"every\"?, \"category\"?, \"title\"?}");
            }
            if (!body.get(key).isTextual()) {
                throw new BadRequestResponse("\"" + key + "\" must be a string");
            }
        }
        String url = text(body, "url", 4000);
        if (url == null || !url.matches("(?i)https?://[^\\s/]+\\S*")) {
            throw new BadRequestResponse("\"url\" must be an http(s) URL");
        }
        Duration interval;
        try {
            interval = FeedPoller.parseInterval(body.has("every") ? body.get("every").asText() : "30m");
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("\"every\": " + e.getMessage());
        }
        Optional<Feed> f = context.library().subscriptions().add(url, text(body, "title", 1000), text(body, "category", 500),
                interval, Instant.now());
        if (f.isEmpty()) {
            throw new ConflictResponse("already subscribed to " + dev.precis.server.QueryParams.clip(url));
        }
        ctx.status(201);
        ctx.header("Location", "/api/feeds/" + f.get().id());
        ctx.json(view(f.get()));
    }

    void remove(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        long id = Params.id(ctx, "id");
        if (!context.library().subscriptions().remove(id)) {
            throw new NotFoundResponse("no feed with id " + id);
        }
        ctx.status(204);
    }

    /**
     * {@code POST /api/feeds/poll[?force=true]}: reads every feed now (except, without force, those whose
     * publisher asked to wait), in the background; 202 with the job and its {@code Location}.
     */
    void pollAll(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        boolean force = force(ctx);
        accepted(ctx, polls().all(force));
    }

    /** {@code POST /api/feeds/{id}/poll[?force=true]}: reads one feed now; 409 when it cannot start now. */
    void pollOne(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        long id = Params.id(ctx, "id");
        boolean force = force(ctx);
        Feed f = context.library().subscriptions().byId(id).orElseThrow(() -> new NotFoundResponse("no feed with id " + id));
        try {
            accepted(ctx, polls().one(f, force));
        } catch (FeedPolls.Refused e) {
            throw new ConflictResponse(e.getMessage());
        }
    }

    /** {@code GET /api/feeds/polls/{id}}: a "poll now" job, running or done. */
    void pollJob(Context ctx) throws Exception {
        long id = Params.id(ctx, "id");
        FeedPolls.Job job = polls().job(id).orElseThrow(() -> new NotFoundResponse("no poll with id " + id + " (or it is too old)"));
        ctx.json(view(job, false));
    }

    private FeedPolls polls() {
        return context.feedPolls().orElseThrow(() -> new ConflictResponse("this server has no feed poller (it was started without one)"));
    }

    private static boolean force(Context ctx) {
        String v = ctx.queryParam("force");
        if (v == null || v.equals("false")) {
            return false;
        }
        if (v.equals("true")) {
            return true;
        }
        throw new BadRequestResponse("force: must be true or false, got '" + dev.precis.server.QueryParams.clip(v) + "'");
    }

    private static void accepted(Context ctx, FeedPolls.Started started) {
        ctx.status(202);
        ctx.header("Location", "/api/feeds/polls/" + started.job().id());
        ctx.json(view(started.job(), started.joined()));
    }

    static Views.FeedPoll view(FeedPolls.Job job, boolean joined) {
        List<Views.FeedRead> results = job.results().stream().map(r -> new Views.FeedRead(r.feedId(), r.url(), r.status(), r.ok(),
                r.added(), r.known(), r.failed(), r.pagesFetched(), r.error(), iso(r.nextPoll()))).toList();
        return new Views.FeedPoll(job.id(), job.state(), job.feedId(), job.force(), joined, iso(job.started()), iso(job.finished()),
                job.feeds(), results, job.skipped(), results.stream().mapToInt(Views.FeedRead::added).sum(),
                (int) results.stream().filter(r -> !r.ok()).count(), job.error());
    }

    /** The subscriptions as OPML 2.0, a folder per category, as {@code precis feeds export} writes them. */
    void exportOpml(Context ctx) throws Exception {
        String xml = OpmlSubscriptions.write(context.library().subscriptions().list(), "Precis subscriptions",
                Date.from(Instant.now()));
        ctx.contentType("text/x-opml; charset=utf-8").result(xml);
    }

    /**
     * Subscribes to every http(s) feed of the OPML body, as {@code precis feeds import} does; {@code every}
     * is the interval for outlines that give none.
     */
    void importOpml(Context ctx) throws Exception {
        context.security().requireToken(ctx);
        Duration interval;
        try {
            interval = FeedPoller.parseInterval(Optional.ofNullable(ctx.queryParam("every")).orElse("30m"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("every: " + e.getMessage());
        }
        List<OpmlSubscriptions.Entry> entries;
        try {
            entries = OpmlSubscriptions.read(BoundedBody.read(ctx, context.config().maxRequestBytes()));
        } catch (java.io.IOException e) {
            // the reader's one line ("not an OPML file: Invalid XML: Error on line 1: ..."), said of the body, whole
            throw new BadRequestResponse(String.valueOf(e.getMessage()).replaceFirst("^not an OPML file", "not an OPML document"));
        }
        OpmlSubscriptions.Imported imported = OpmlSubscriptions.subscribe(context.library().subscriptions(), entries,
                interval, Instant.now());
        Map<String, Integer> result = new LinkedHashMap<>();
        result.put("added", imported.added());
        result.put("skipped", imported.skipped());
        ctx.json(result);
    }

    private static String text(JsonNode body, String key, int max) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        String s = v.asText().strip();
        if (s.length() > max) {
            throw new BadRequestResponse("\"" + key + "\" is longer than " + max + " characters");
        }
        return s;
    }

    static Views.FeedView view(Feed f) {
        return new Views.FeedView(f.id(), f.url(), f.title(), f.category(), f.interval().toMinutes(), f.health(), f.failures(),
                f.lastError(), f.lastStatus(), iso(f.lastPolled()), iso(f.lastSuccess()), iso(f.lastNewItem()), iso(f.nextPoll()), f.items());
    }

    private static String iso(Instant t) {
        return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
