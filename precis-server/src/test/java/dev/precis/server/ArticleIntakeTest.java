package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.precis.store.AddResult;
import dev.precis.store.ArticleView;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIntakeTest {

    @TempDir
    static Path dir;
    static TestLibrary lib;
    static HttpServer pages;

    @BeforeAll
    static void open() throws Exception {
        lib = TestLibrary.empty(dir);
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Fixtures.servePage(pages, "/orchard", Fixtures.ORCHARD);
        pages.createContext("/slow", ex -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        pages.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        pages.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        pages.start();
    }

    @AfterAll
    static void close() throws Exception {
        pages.stop(0);
        lib.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + pages.getAddress().getPort() + path;
    }

    @Test
    void addsPastedTextOnceAndReportsTheDuplicate() throws Exception {
        IntakeResult first = lib.intake.addText(Fixtures.CHESS.text(), Fixtures.CHESS.title(), Fixtures.CHESS.published());
        IntakeResult again = lib.intake.addText(Fixtures.CHESS.text(), "Another title", null);

        assertThat(first.status()).isEqualTo(AddResult.Status.ADDED);
        assertThat(first.added()).isTrue();
        assertThat(again.status()).isEqualTo(AddResult.Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(first.articleId());
        ArticleView view = lib.library.article(first.articleId()).orElseThrow();
        assertThat(view.article().title()).isEqualTo(Fixtures.CHESS.title());
        assertThat(view.article().published()).isEqualTo("2024-10-06");
        assertThat(view.quotes()).extracting(q -> q.speaker()).contains("Lena Brandt");
    }

    @Test
    void addsTheArticleOnAPageThroughTheFetcher() throws Exception {
        IntakeResult r = lib.intake.addUrl(url("/orchard"));
        IntakeResult again = lib.intake.addUrl(url("/orchard"));

        assertThat(r.added()).isTrue();
        assertThat(again.status()).isEqualTo(AddResult.Status.DUPLICATE);
        assertThat(again.articleId()).isEqualTo(r.articleId());
        ArticleView view = lib.library.article(r.articleId()).orElseThrow();
        assertThat(view.article().text()).contains("Lindell valley").doesNotContain("Copyright Example News");
        assertThat(view.source()).isEqualTo("127.0.0.1");
    }

    @Test
    void rejectsEmptyTextBadDatesAndHugeTitles() {
        assertProblem(() -> lib.intake.addText("  \n ", null, null), IntakeException.Problem.EMPTY_TEXT, "text");
        assertProblem(() -> lib.intake.addText(null, "t", null), IntakeException.Problem.EMPTY_TEXT, "text");
        assertProblem(() -> lib.intake.addText("Some words here.", null, "25/11/2024"), IntakeException.Problem.BAD_DATE, "published");
        assertProblem(() -> lib.intake.addText("Some words here.", "x".repeat(ArticleIntake.MAX_TITLE_CHARS + 1), null),
                IntakeException.Problem.TOO_LARGE, "title");
    }

    @Test
    void rejectsUrlsThatAreNotHttp() {
        for (String bad : List.of("", "not a url", "ftp://example.org/a", "file:///etc/passwd", "http:///nohost", "/etc/passwd")) {
            assertProblem(() -> lib.intake.addUrl(bad), IntakeException.Problem.BAD_URL, "url");
        }
    }

    @Test
    void refusesInternalAddressesUnlessAllowed() throws Exception {
        ArticleIntake strict = TestLibrary.intake(lib.library).build();
        assertProblem(() -> strict.addUrl(url("/orchard")), IntakeException.Problem.REFUSED_ADDRESS, "refused");
        assertProblem(() -> strict.addUrl("http://169.254.169.254/latest/meta-data"), IntakeException.Problem.REFUSED_ADDRESS, "refused");
    }

    @Test
    void reportsTimeoutsAndFailedFetches() {
        ArticleIntake impatient = TestLibrary.intake(lib.library).allowPrivateAddresses(true)
                .fetchTimeout(Duration.ofMillis(300)).build();
        assertProblem(() -> impatient.addUrl(url("/slow")), IntakeException.Problem.FETCH_TIMEOUT, "timed out");
        assertProblem(() -> lib.intake.addUrl(url("/missing")), IntakeException.Problem.FETCH_FAILED, "404");
    }

    @Test
    void batchesAreBounded() {
        List<String> many = java.util.Collections.nCopies(ArticleIntake.MAX_BATCH_ITEMS + 1, "{\"text\":\"x\"}");
        assertProblem(() -> lib.intake.ingest(List.of(), many, null), IntakeException.Problem.TOO_LARGE, "items");
        assertProblem(() -> lib.intake.ingest(List.of("/etc/passwd"), List.of(), null), IntakeException.Problem.BAD_URL, "url");
        assertProblem(() -> lib.intake.ingest(List.of(), List.of(), null), IntakeException.Problem.EMPTY_TEXT, "nothing");
    }

    @Test
    void ingestsJsonlItems() throws Exception {
        var report = lib.intake.ingest(List.of(), List.of(
                "{\"title\":\"" + Fixtures.BRIDGE_CLOSED.title() + "\",\"text\":" + json(Fixtures.BRIDGE_CLOSED.text())
                        + ",\"published\":\"2024-03-04\"}",
                "not json"), null);
        assertThat(report.items()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.failures()).hasSize(1);
        assertThat(report.failures().get(0).reason()).contains("not JSON");
    }

    private static String json(String s) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
    }

    interface Call {
        Object run() throws Exception;
    }

    private static void assertProblem(Call call, IntakeException.Problem problem, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(IntakeException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).contains(messagePart).doesNotContain("\n");
        });
    }

    @Test
    void concurrentAddsOfTheSameTextStoreItOnce() throws Exception {
        String text = Fixtures.XSS.text() + "\n\nA closing paragraph only this test uses.";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<IntakeResult>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> lib.intake.addText(text, Fixtures.XSS.title(), null)));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            int added = 0;
            for (var f : futures) {
                IntakeResult r = f.get();
                ids.add(r.articleId());
                added += r.added() ? 1 : 0;
            }
            assertThat(added).isEqualTo(1);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
    }
}
