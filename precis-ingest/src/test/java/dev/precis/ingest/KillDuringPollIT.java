package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.LibraryCheck;
import dev.precis.store.LibraryConfig;
import dev.precis.testing.TestPublisher;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of polling: a child JVM reading a 40-item feed is killed with SIGKILL twice while it
 * fetches the items' pages; after each kill the library is consistent and keeps what was stored, and
 * a final run stores the rest: every item exactly once, none analysed and stored twice.
 */
class KillDuringPollIT {

    @TempDir
    Path tmp;

    private static final int ITEMS = 40;

    @Test
    void killNineMidPollThenRestartLosesNothingAndStoresNothingTwice() throws Exception {
        Path data = tmp.resolve("lib");
        try (TestPublisher pub = new TestPublisher(Instant::now)) {
            String base = pub.base();
            pub.feedWithPages("/feed.xml", "k", ITEMS, 5000, 40);
            try (Library lib = Library.open(LibraryConfig.embedded(data))) {
                lib.subscriptions().add(base + "/feed.xml", null, null, Duration.ofMinutes(30), Instant.now()).orElseThrow();
            }
            Random rnd = new Random(3);
            int previous = 0;
            for (int k = 0; k < 2; k++) {
                int pagesBefore = pages(pub);
                Process child = start(data);
                int target = pagesBefore + 5 + rnd.nextInt(10);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
                while (pages(pub) < target && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(child.isAlive()).as("the child is still polling when killed").isTrue();
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux
                try (Library lib = Library.open(LibraryConfig.embedded(data))) {
                    LibraryCheck check = lib.check();
                    assertThat(check.consistent()).as("after kill %d: %s", k, check).isTrue();
                    assertThat(check.articles()).isGreaterThanOrEqualTo(previous).isLessThan(ITEMS);
                    Feed f = lib.subscriptions().list().get(0);
                    assertThat(f.etag()).as("validators are not stored before the items are handled").isNull();
                    System.out.printf("kill %d after %d page fetches: %s%n", k + 1, pages(pub), check);
                    previous = check.articles();
                }
            }
            Process last = start(data);
            assertThat(last.waitFor(240, TimeUnit.SECONDS)).as("the final run finishes").isTrue();
            assertThat(last.exitValue()).isZero();
            try (Library lib = Library.open(LibraryConfig.embedded(data))) {
                LibraryCheck check = lib.check();
                assertThat(check.consistent()).isTrue();
                assertThat(check.articles()).isEqualTo(ITEMS);
                for (int i = 0; i < ITEMS; i++) {
                    assertThat(lib.hasUrl(base + "/page/" + i + ".html")).isTrue();
                    // fetched at most once per run that reached it: never again once stored
                    assertThat(pub.hits("/page/" + i + ".html").size()).isBetween(1, 3);
                }
                Feed f = lib.subscriptions().list().get(0);
                assertThat(f.items()).isEqualTo(ITEMS);
                assertThat(f.etag()).isEqualTo("\"k\"");
                assertThat(lib.logCounts().getOrDefault("DUPLICATE", 0)).as("no article analysed and stored twice").isZero();
                assertThat(lib.logCounts().get("ADDED")).isEqualTo(ITEMS);
            }
            // one more run: one conditional request, nothing fetched
            int pagesNow = pages(pub);
            Process again = start(data);
            assertThat(again.waitFor(240, TimeUnit.SECONDS)).isTrue();
            assertThat(pages(pub)).isEqualTo(pagesNow);
            assertThat(pub.hits("/feed.xml").get(pub.hits("/feed.xml").size() - 1).status()).isEqualTo(304);
        }
    }

    private static int pages(TestPublisher pub) {
        return pub.pageHits();
    }

    private static Process start(Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), CrashPollMain.class.getName(), data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
