package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.testing.TestPublisher;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code precis ingest URL --unsafe-allow-internal-address}: a page on a loopback address is refused by default
 * with a line naming the URL and the option, read when its address is allowed, and the option reads as it does
 * for {@code feeds poll}. The page is invented and served on 127.0.0.1.
 */
class IngestInternalAddressTest {

    @TempDir
    Path dir;

    @Test
    void aPageOnALoopbackAddressIsRefusedByDefaultNamingTheOptionAndReadWhenItsAddressIsAllowed() throws Exception {
        try (TestPublisher pub = new TestPublisher(Instant::now)) {
            pub.route("/page/1.html", req -> TestPublisher.Answer.of(200, TestPublisher.page(3),
                    Map.of("Content-Type", "text/html; charset=utf-8")));
            String url = pub.base() + "/page/1.html";
            String data = dir.resolve("lib").toString();

            CliRun refused = CliRun.of("ingest", "--quiet", "--data", data, url);
            assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(2);
            assertThat(refused.out()).contains("  failed: " + url + ": refused, 127.0.0.1 resolves to the internal address 127.0.0.1"
                    + " (to read it anyway, on a test or private network only: --unsafe-allow-internal-address 127.0.0.1)\n");
            assertThat(pub.hits("/page/1.html")).as("refused before any request").isEmpty();

            CliRun read = CliRun.of("ingest", "--quiet", "--data", data, "--unsafe-allow-internal-address", "127.0.0.1", url);
            assertThat(read.exitCode()).as(read.out() + read.err()).isZero();
            assertThat(read.out()).contains(": 1 added,", "library: 1 article\n");

            CliRun other = CliRun.of("ingest", "--quiet", "--data", data, "--unsafe-allow-internal-address", "10.0.0.0/8", url);
            assertThat(other.out()).as("another block allows only itself").contains("refused, 127.0.0.1 resolves to");

            CliRun bad = CliRun.of("ingest", "--data", data, "--unsafe-allow-internal-address", "localhost", url);
            assertThat(bad.exitCode()).isEqualTo(2);
            assertThat(bad.oneLineError()).as(bad.err()).isTrue();
            assertThat(bad.err()).startsWith("precis: --unsafe-allow-internal-address: ");
        }
    }

    @Test
    void theOptionsHelpReadsAsForFeedsPoll() {
        String ingest = CliRun.of("ingest", "--help").out().replaceAll("\\s+", " ");
        String poll = CliRun.of("feeds", "poll", "--help").out().replaceAll("\\s+", " ");
        assertThat(ingest).contains("--unsafe-allow-internal-address=IP_OR_CIDR " + PollOptions.UNSAFE_INTERNAL_HELP);
        assertThat(poll).contains("--unsafe-allow-internal-address=IP_OR_CIDR " + PollOptions.UNSAFE_INTERNAL_HELP);
    }
}
