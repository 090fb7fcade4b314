package dev.precis.server.web;

import dev.precis.server.IntakeException;
import dev.precis.server.IntakeResult;
import dev.precis.server.ServerContext;
import dev.precis.server.web.Pages.AddPage;
import dev.precis.server.web.Pages.Chrome;
import dev.precis.server.web.Pages.LoginPage;
import dev.precis.server.web.ReaderSessions.Session;
import io.javalin.http.Context;

/**
 * The editor's forms: sign in with the write token, sign out, and add an article by pasting a URL or
 * its text. Every form carries the session's CSRF token; posts without a signed-in session get 401,
 * posts without the right CSRF token 403. Thread-safe.
 */
final class EditorForms {

    private final ServerContext context;
    private final ReaderSessions sessions;
    private final Templates templates;

    EditorForms(ServerContext context, ReaderSessions sessions, Templates templates) {
        this.context = context;
        this.sessions = sessions;
        this.templates = templates;
    }

    void loginForm(Context ctx, Chrome ignored) {
        Session s = sessions.currentOrNew(ctx);
        templates.render(ctx, 200, "login.jte", chrome(s), new LoginPage(s.csrf(), safeNext(ctx.queryParam("next")), null));
    }

    void login(Context ctx, Chrome ignored) {
        sessions.checkPost(ctx, false);
        String next = safeNext(ctx.formParam("next"));
        if (!sessions.isWriteToken(ctx.formParam("token"))) {
            Session s = sessions.currentOrNew(ctx);
            templates.render(ctx, 401, "login.jte", chrome(s), new LoginPage(s.csrf(), next, "That is not the server's write token."));
            return;
        }
        sessions.signIn(ctx);
        // the core's session too, so same-origin API reads (the summary button) work when reads are protected
        context.security().logIn(ctx);
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx, Chrome ignored) {
        sessions.checkPost(ctx, false);
        sessions.signOut(ctx);
        context.security().logOut(ctx);
        ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void addForm(Context ctx, Chrome ignored) {
        Session s = sessions.current(ctx).filter(Session::signedIn).orElse(null);
        if (s == null) {
            ctx.redirect("/login?next=/add", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        templates.render(ctx, 200, "add.jte", chrome(s), new AddPage(s.csrf(), null, null, "", ""));
    }

    void add(Context ctx, Chrome ignored) throws Exception {
        Session s = sessions.checkPost(ctx, true);
        String url = trim(ctx.formParam("url"));
        String text = trim(ctx.formParam("text"));
        String published = trim(ctx.formParam("published"));
        if (url.isEmpty() == text.isEmpty()) {
            renderAdd(ctx, s, 400, "Paste either the article's URL or its text (headline on the first line), not both.",
                    null, url, text);
            return;
        }
        try {
            IntakeResult r = url.isEmpty()
                    ? context.intake().addText(text, null, published.isEmpty() ? null : published)
                    : context.intake().addUrl(url);
            renderAdd(ctx, s, r.added() ? 201 : 200, r.added() ? "Added." : "The library already holds this article.",
                    r.articleId(), "", "");
        } catch (IntakeException e) {
            renderAdd(ctx, s, e.problem().httpStatus(), e.getMessage(), null, url, text);
        }
    }

    private void renderAdd(Context ctx, Session s, int status, String message, Long id, String url, String text) {
        templates.render(ctx, status, "add.jte", chrome(s), new AddPage(s.csrf(), message, id, url, text));
    }

    private static Chrome chrome(Session s) {
        return new Chrome(s.signedIn(), s.csrf(), "");
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Only same-site paths may follow a sign-in ("/x", never "//host" or "https://host"). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length() > 500) {
            return "/";
        }
        return next;
    }
}
