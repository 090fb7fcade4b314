package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.api.ApiRoutes;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityTest {

    @TempDir
    static Path dir;
    static TestLibrary lib;

    @BeforeAll
    static void open() {
        lib = TestLibrary.empty(dir);
    }

    @AfterAll
    static void close() throws Exception {
        lib.close();
    }

    @Test
    void tokensMatchOnlyExactly() {
        Security s = new Security(ServerConfig.loopback("s3cret-token"));
        assertThat(s.tokenMatches("s3cret-token")).isTrue();
        assertThat(s.tokenMatches("s3cret-toke")).isFalse();
        assertThat(s.tokenMatches("s3cret-token ")).isFalse();
        assertThat(s.tokenMatches("S3CRET-TOKEN")).isFalse();
        assertThat(s.tokenMatches("")).isFalse();
        assertThat(s.tokenMatches(null)).isFalse();
    }

    @Test
    void randomTokensAreLongAndDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String t = Security.randomToken();
            assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]+");
            seen.add(t);
        }
        assertThat(seen).hasSize(50);
    }

    @Test
    void aLoginSessionOpensProtectedReadsButNotApiWrites() {
        ServerContext context = lib.context(ServerConfig.loopback(TestLibrary.TOKEN).withProtectReads(true));
        Security security = context.security();
        security.allowAnonymous("/test/login");
        Javalin app = PrecisServer.create(context, routes -> {
            routes.post("/test/login", ctx -> {
                if (security.tokenMatches(ctx.formParam("token"))) {
                    security.logIn(ctx);
                    ctx.result("in");
                } else {
                    ctx.status(403).result("no");
                }
            });
            routes.get("/test/private", ctx -> ctx.result("private page"));
            routes.post("/test/logout", ctx -> security.logOut(ctx));
        });
        TestServer.test(app, (server, client) -> {
            var cookies = new java.util.concurrent.ConcurrentHashMap<String, okhttp3.Cookie>();
            okhttp3.OkHttpClient http = client.getOkHttp().newBuilder().cookieJar(new okhttp3.CookieJar() {
                @Override
                public void saveFromResponse(okhttp3.HttpUrl url, java.util.List<okhttp3.Cookie> list) {
                    list.forEach(c -> cookies.put(c.name(), c));
                }

                @Override
                public java.util.List<okhttp3.Cookie> loadForRequest(okhttp3.HttpUrl url) {
                    return new java.util.ArrayList<>(cookies.values());
                }
            }).build();
            String origin = client.getOrigin();
            var anonymous = Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/test/private").build()).execute());
            assertThat(anonymous.status()).isEqualTo(401);
            var wrong = Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/test/login")
                    .post(new okhttp3.FormBody.Builder().add("token", "nope").build()).build()).execute());
            assertThat(wrong.status()).isEqualTo(403);
            assertThat(cookies).isEmpty();
            var login = Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/test/login")
                    .post(new okhttp3.FormBody.Builder().add("token", TestLibrary.TOKEN).build()).build()).execute());
            assertThat(login.status()).isEqualTo(200);
            var page = Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/test/private").build()).execute());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).isEqualTo("private page");
            assertThat(Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/api/articles").build()).execute()).status())
                    .isEqualTo(200);
            // the session cookie alone never authorizes API writes (no CSRF through the API)
            var write = Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/api/articles")
                    .post(okhttp3.RequestBody.create("{\"text\":\"A few words.\"}", Http.JSON_TYPE)).build()).execute());
            assertThat(write.status()).isEqualTo(401);
            Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/test/logout")
                    .post(okhttp3.RequestBody.create("", null)).build()).execute());
            assertThat(Http.answer(http.newCall(new okhttp3.Request.Builder().url(origin + "/test/private").build()).execute()).status())
                    .isEqualTo(401);
        });
        assertThat(ApiRoutes.routes()).isNotEmpty();
    }
}
