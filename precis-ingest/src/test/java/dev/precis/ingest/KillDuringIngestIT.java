package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.Library;
import dev.precis.store.LibraryCheck;
import dev.precis.store.LibraryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a child JVM ingesting a folder is killed with SIGKILL several times; after each kill
 * the library opens, keeps everything committed before (never fewer articles, never duplicates), its
 * index agrees with the database, and a final run completes the rest. Sizes come from
 * {@code -Dprecis.crash.articles} (default 600) and {@code -Dprecis.crash.kills} (default 3); the
 * acceptance run uses 10000 and 10.
 */
class KillDuringIngestIT {

    @TempDir
    Path tmp;

    @Test
    void killNineMidIngestLeavesAConsistentLibraryAndARerunCompletesIt() throws Exception {
        int articles = Integer.getInteger("precis.crash.articles", 600);
        int kills = Integer.getInteger("precis.crash.kills", 3);
        Path in = Files.createDirectories(tmp.resolve("in"));
        writeSyntheticArticles(in, articles, new Random(7));
        Path data = tmp.resolve("lib");
        Random rnd = new Random(11);
        int previous = 0;
        int partial = 0;
        for (int k = 0; k < kills; k++) {
            Process child = start(data, in, ProcessBuilder.Redirect.PIPE);
            // kill once the child has newly added a random number of articles (stdout: "ITEM n ADDED m")
            int target = 10 + rnd.nextInt(Math.max(1, articles / (kills + 1)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
                String line;
                while ((line = lines.readLine()) != null && System.nanoTime() < deadline) {
                    if (line.startsWith("ITEM ") && Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1)) >= target) {
                        break;
                    }
                }
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux
            }
            try (Library lib = Library.open(LibraryConfig.embedded(data))) {
                LibraryCheck check = lib.check();
                assertThat(check.consistent()).as("after kill %d: %s", k, check).isTrue();
                assertThat(check.articles()).as("nothing committed is lost").isGreaterThanOrEqualTo(previous);
                assertThat(check.articles()).isLessThanOrEqualTo(articles);
                if (check.articles() > previous && check.articles() < articles) {
                    partial++;
                }
                // the record for the README: what each restart found
                System.out.printf("kill %d: library opens, %s, %d committed before (kept)%n", k + 1, check, previous);
                previous = check.articles();
            }
        }
        assertThat(partial).as("kills that landed mid-ingest").isEqualTo(kills);
        Process last = start(data, in, ProcessBuilder.Redirect.DISCARD);
        // a hang guard, not a speed test: generous on a machine shared with other builds
        long limit = Math.max(300, articles / 5);
        assertThat(last.waitFor(limit, TimeUnit.SECONDS)).as("the final run finishes within %d s", limit).isTrue();
        assertThat(last.exitValue()).isZero();
        try (Library lib = Library.open(LibraryConfig.embedded(data))) {
            LibraryCheck check = lib.check();
            assertThat(check.consistent()).as("%s", check).isTrue();
            assertThat(check.articles()).isEqualTo(articles);
        }
    }

    private static Process start(Path data, Path in, ProcessBuilder.Redirect out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashIngestMain.class.getName(), data.toString(), in.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(out).start();
    }

    /** Distinct made-up articles: random words from a fixed vocabulary, so no two are near-duplicates. */
    private static void writeSyntheticArticles(Path dir, int n, Random rnd) throws Exception {
        List<String> vocab = new ArrayList<>();
        String letters = "abcdefghiklmnoprstuvw";
        for (int i = 0; i < 3000; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = 0, len = 3 + rnd.nextInt(6); j < len; j++) {
                w.append(letters.charAt(rnd.nextInt(letters.length())));
            }
            vocab.add(w.toString());
        }
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder("Report number " + i + " on " + vocab.get(rnd.nextInt(vocab.size())) + "\n\n");
            for (int p = 0; p < 4; p++) {
                for (int s = 0; s < 3; s++) {
                    sb.append(Character.toUpperCase(vocab.get(rnd.nextInt(vocab.size())).charAt(0)));
                    for (int w = 0; w < 12; w++) {
                        sb.append(w == 0 ? vocab.get(rnd.nextInt(vocab.size())).substring(1) : " " + vocab.get(rnd.nextInt(vocab.size())));
                    }
                    sb.append(". ");
                }
                sb.append("\n\n");
            }
            Files.writeString(dir.resolve(String.format("a%05d.txt", i)), sb.toString());
        }
    }
}
