package dev.precis.server.web;

import static dev.precis.server.web.ReaderHttp.cookie;
import static dev.precis.server.web.ReaderHttp.csrf;
import static dev.precis.server.web.ReaderHttp.enc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.SearchQuery;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signing in, adding an article and reading a protected library through the reader's forms, over a small fixture library. */
class EditorSignInTest extends FixtureLibraryTest {

    @Test
    void writingNeedsTheTokenAndEveryFormPostItsCsrfToken() throws Exception {
        serve(false, origin -> {
            // no session at all: 401
            assertThat(post(origin, "/add", null, "text=" + enc("A title\n\nSome text here.")).statusCode()).isEqualTo(401);
            // the add form sends visitors to sign in
            HttpResponse<String> addForm = get(origin, "/add", null);
            assertThat(addForm.statusCode()).isEqualTo(303);
            assertThat(addForm.headers().firstValue("Location")).hasValue("/login?next=/add");

            HttpResponse<String> loginForm = get(origin, "/login?next=/add", null);
            String anon = cookie(loginForm);
            String csrf = csrf(loginForm.body());
            assertThat(loginForm.headers().firstValue("Set-Cookie")).hasValueSatisfying(v ->
                    assertThat(v).contains("HttpOnly").contains("SameSite=Strict"));
            // sign-in without the CSRF token: 403; with a wrong token: 401
            assertThat(post(origin, "/login", anon, "token=" + ReaderFixtures.TOKEN).statusCode()).isEqualTo(403);
            HttpResponse<String> wrong = post(origin, "/login", anon, "csrf=" + enc(csrf) + "&token=nope");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("not the server");
            // an anonymous session cannot add even with its CSRF token
            assertThat(post(origin, "/add", anon, "csrf=" + enc(csrf) + "&text=x").statusCode()).isEqualTo(401);

            HttpResponse<String> ok = post(origin, "/login", anon, "csrf=" + enc(csrf) + "&next=" + enc("/add") + "&token=" + ReaderFixtures.TOKEN);
            assertThat(ok.statusCode()).isEqualTo(303);
            assertThat(ok.headers().firstValue("Location")).hasValue("/add");
            String session = cookie(ok);
            assertThat(session).isNotEqualTo(anon);
            // the old anonymous session id is gone (no fixation)
            assertThat(post(origin, "/add", anon, "csrf=" + enc(csrf) + "&text=x").statusCode()).isEqualTo(401);

            HttpResponse<String> form = get(origin, "/add", session);
            assertThat(form.statusCode()).isEqualTo(200);
            String formCsrf = csrf(form.body());
            String text = "Orchard growers report a record apple harvest\n\nOrchard growers in the valley reported a record apple "
                    + "harvest on Friday after a warm and dry summer.\n\nPrices at the regional market fell by a tenth.";
            assertThat(post(origin, "/add", session, "text=" + enc(text)).statusCode()).isEqualTo(403);
            assertThat(post(origin, "/add", session, "csrf=wrong&text=" + enc(text)).statusCode()).isEqualTo(403);
            assertThat(post(origin, "/add", session, "csrf=" + enc(formCsrf)).statusCode()).isEqualTo(400);
            assertThat(post(origin, "/add", session, "csrf=" + enc(formCsrf) + "&url=" + enc("file:///etc/passwd")).statusCode()).isEqualTo(400);
            HttpResponse<String> added = post(origin, "/add", session, "csrf=" + enc(formCsrf) + "&text=" + enc(text));
            assertThat(added.statusCode()).isEqualTo(201);
            Matcher link = Pattern.compile("<a href=\"/articles/(\\d+)\">Read it</a>").matcher(added.body());
            assertThat(link.find()).isTrue();
            assertThat(get(origin, "/articles/" + link.group(1), null).body()).contains("Orchard growers report a record apple harvest");
            assertThat(built.library().search(SearchQuery.of("orchard apple")).total()).isEqualTo(1);

            // sign out needs the CSRF token too, and ends the session
            assertThat(post(origin, "/logout", session, "").statusCode()).isEqualTo(403);
            assertThat(post(origin, "/logout", session, "csrf=" + enc(formCsrf)).statusCode()).isEqualTo(303);
            assertThat(get(origin, "/add", session).statusCode()).isEqualTo(303);
        });
    }

    @Test
    void signInOnlyRedirectsWithinTheSite() {
        assertThat(EditorForms.safeNext("/articles/3")).isEqualTo("/articles/3");
        assertThat(EditorForms.safeNext("//evil.example")).isEqualTo("/");
        assertThat(EditorForms.safeNext("https://evil.example")).isEqualTo("/");
        assertThat(EditorForms.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(EditorForms.safeNext(null)).isEqualTo("/");
    }

    @Test
    void protectedReadsSendVisitorsToSignIn() {
        serve(true, origin -> {
            HttpResponse<String> r = get(origin, "/articles/" + id("pier"), null);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/login?next="));
            assertThat(get(origin, "/", null).statusCode()).isEqualTo(302);
            assertThat(get(origin, "/static/reader.css", null).statusCode()).isEqualTo(200);
            HttpResponse<String> form = get(origin, "/login", null);
            assertThat(form.statusCode()).isEqualTo(200);
            String anon = cookie(form);
            HttpResponse<String> in = post(origin, "/login", anon, "csrf=" + enc(csrf(form.body())) + "&token=" + ReaderFixtures.TOKEN);
            assertThat(in.statusCode()).isEqualTo(303);
            // every cookie the sign-in set: the reader's session and the core's session for the API
            String cookies = String.join("; ", in.headers().allValues("Set-Cookie").stream()
                    .map(c -> c.substring(0, c.indexOf(';'))).toList());
            assertThat(in.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").contains("SameSite=Strict"));
            assertThat(get(origin, "/articles/" + id("pier"), cookies).statusCode()).isEqualTo(200);
            HttpResponse<String> api = get(origin, "/api/articles/" + id("pier") + "/summary?sentences=2", cookies);
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"sentences\"");
        });
    }
}
