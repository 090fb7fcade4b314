package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.Library;
import dev.precis.store.LibraryCheck;
import dev.precis.store.LibraryConfig;
import dev.precis.testing.TestPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis watch} as a user runs it: a child JVM (the CLI's main) polls a test publisher on
 * 127.0.0.1 and gets SIGTERM, once in the middle of a read and once while it waits for the next one.
 * Each time it exits promptly with 143 (the JVM's code for SIGTERM), its last line says it stopped,
 * standard error holds no stack trace, and the library is consistent: every item stored once, none
 * marked failed; {@code feeds poll} afterwards fetches exactly the pages not stored yet, then nothing
 * (one 304).
 */
class WatchCommandIT {

    private static final int ITEMS = 8;
    private static final Pattern STOPPED = Pattern.compile("precis watch: stopped; the library has (\\d+) articles");

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsPromptlyAndLeavesEveryItemStoredOnce() throws Exception {
        Path data = tmp.resolve("lib");
        try (TestPublisher pub = new TestPublisher(Instant::now)) {
            String base = pub.base();
            // slow pages, so that the stop lands in the middle of the read
            pub.feedWithPages("/feed.xml", "w", ITEMS, 900, 700);
            CliRun add = CliRun.of("feeds", "add", "--data", data.toString(), base + "/feed.xml", "--every", "1m");
            assertThat(add.exitCode()).as(add.err()).isZero();

            // 1. SIGTERM in the middle of the read
            Child first = Child.watch(data, tmp.resolve("1"));
            waitFor(() -> pages(pub) >= 4 || !first.process.isAlive(), "four page fetches");
            assertThat(first.process.isAlive()).as("still reading when stopped: %s", first.err()).isTrue();
            int stored = first.stop();
            assertThat(stored).as("some items stored, not all").isBetween(1, ITEMS - 1);
            int pagesAtStop = pages(pub);
            checkLibrary(data, stored);

            // feeds poll afterwards: the pages not stored yet, each once; the stored ones never again
            CliRun poll = CliRun.of("feeds", "poll", "--data", data.toString(), "--host-gap", "0s",
                    "--unsafe-allow-internal-address", "127.0.0.1");
            assertThat(poll.exitCode()).as(poll.out() + poll.err()).isZero();
            assertThat(poll.out()).contains((ITEMS - stored) + " new, 0 known, 0 failed items, " + dev.precis.model.Counts.of(ITEMS - stored, "page", "pages") + " fetched");
            assertThat(pages(pub)).isEqualTo(pagesAtStop + ITEMS - stored);
            checkLibrary(data, ITEMS);
            for (int i = 0; i < ITEMS; i++) {
                assertThat(pub.hits("/page/" + i + ".html").size()).as("page %d", i).isBetween(1, 2);
            }

            // 2. SIGTERM while it waits for the next read (the feed is not due for a minute)
            int feedHits = pub.hits("/feed.xml").size();
            Child second = Child.watch(data, tmp.resolve("2"));
            waitFor(() -> second.out().contains("watching 1 subscriptions") || !second.process.isAlive(), "the watch to start");
            Thread.sleep(1500);
            assertThat(second.stop()).isEqualTo(ITEMS);
            assertThat(pub.hits("/feed.xml")).as("not due: not read").hasSize(feedHits);
            checkLibrary(data, ITEMS);

            // 3. and feeds poll once more: one conditional request, answered 304, nothing fetched
            CliRun last = CliRun.of("feeds", "poll", "--data", data.toString(), "--host-gap", "0s",
                    "--unsafe-allow-internal-address", "127.0.0.1");
            assertThat(last.out()).as(last.err()).contains("unchanged (304)", "polled 1 feed: 0 new articles, 0 feeds failed");
            assertThat(pub.hits("/feed.xml")).hasSize(feedHits + 1);
            assertThat(pages(pub)).as("nothing fetched again").isEqualTo(pagesAtStop + ITEMS - stored);
        }
    }

    /** One {@code precis watch} in a child JVM, its output in files. */
    private record Child(Process process, Path outFile, Path errFile) {

        static Child watch(Path data, Path dir) throws Exception {
            Files.createDirectories(dir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), PrecisCli.class.getName(),
                    "watch", "--data", data.toString(), "--host-gap", "0s", "--unsafe-allow-internal-address", "127.0.0.1")
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Child(p, out, err);
        }

        String out() {
            return read(outFile);
        }

        String err() {
            return read(errFile);
        }

        /** SIGTERM; checks the exit and the output; returns the article count of the last line. */
        int stop() throws Exception {
            long start = System.nanoTime();
            process.destroy(); // SIGTERM on Linux
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits within 30 s of SIGTERM").isTrue();
            System.out.printf("precis watch exited %.1f s after SIGTERM%n", (System.nanoTime() - start) / 1e9);
            assertThat(process.exitValue()).as(err()).isEqualTo(143);
            assertThat(err()).as("no stack trace, no error").doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("precis watch:");
            List<String> lines = out().lines().toList();
            assertThat(lines).isNotEmpty();
            Matcher m = STOPPED.matcher(lines.get(lines.size() - 1));
            assertThat(m.matches()).as("last line: " + lines.get(lines.size() - 1)).isTrue();
            return Integer.parseInt(m.group(1));
        }

        private static String read(Path p) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void checkLibrary(Path data, int articles) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(data))) {
            LibraryCheck check = lib.check();
            assertThat(check.consistent()).as(check.toString()).isTrue();
            assertThat(check.articles()).isEqualTo(articles);
            assertThat(lib.subscriptions().list().get(0).items()).isEqualTo(articles);
            assertThat(lib.logCounts().getOrDefault("DUPLICATE", 0)).as("no item stored twice").isZero();
            assertThat(lib.logCounts().getOrDefault("FAILED", 0)).as("no item marked failed by the stop").isZero();
        }
    }

    private static int pages(TestPublisher pub) {
        return pub.pageHits();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
