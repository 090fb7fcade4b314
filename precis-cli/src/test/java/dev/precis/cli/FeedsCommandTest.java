package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis feeds}: subscriptions from the command line, OPML in and out, one-line errors. */
class FeedsCommandTest {

    @TempDir
    Path dir;

    @Test
    void addListExportImportRemove() throws Exception {
        String data = dir.resolve("a").toString();
        assertThat(CliRun.of("feeds", "add", "--data", data, "https://news.example/world.xml", "--every", "2h", "--category", "World")
                .out()).startsWith("subscribed: #1 https://news.example/world.xml every 2h");
        assertThat(CliRun.of("feeds", "add", "--data", data, "https://blog.example/atom").exitCode()).isZero();
        CliRun again = CliRun.of("feeds", "add", "--data", data, "https://blog.example/atom");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.oneLineError()).isTrue();
        assertThat(again.err()).contains("already subscribed");
        for (String[] bad : new String[][] {{"feeds", "add", "--data", data, "file:///etc/passwd"},
                {"feeds", "add", "--data", data, "https://x.example/f", "--every", "10s"},
                {"feeds", "add", "--data", data, "https://x.example/f", "--every", "soon"},
                {"feeds", "remove", "--data", data, "99"},
                {"feeds", "import", "--data", data, dir.resolve("missing.opml").toString()},
                {"feeds", "poll", "--data", data, "--unsafe-allow-internal-address", "localhost"}}) {
            CliRun r = CliRun.of(bad);
            assertThat(r.exitCode()).as(String.join(" ", bad)).isNotZero();
            assertThat(r.oneLineError()).as(r.err()).isTrue();
        }
        CliRun list = CliRun.of("feeds", "list", "--data", data);
        assertThat(list.out()).contains("#1 new     https://news.example/world.xml", "[World], every 2h", "2 subscriptions");

        Path opml = dir.resolve("subs.opml");
        Files.writeString(opml, CliRun.of("feeds", "export", "--data", data).out());
        String other = dir.resolve("b").toString();
        assertThat(CliRun.of("feeds", "import", "--data", other, opml.toString()).out()).startsWith("imported 2 feeds");
        assertThat(CliRun.of("feeds", "export", "--data", other).out().replaceAll("<dateCreated>.*</dateCreated>", ""))
                .isEqualTo(Files.readString(opml).replaceAll("<dateCreated>.*</dateCreated>", ""));

        assertThat(CliRun.of("feeds", "remove", "--data", data, "https://blog.example/atom").out()).startsWith("unsubscribed: #2");
        assertThat(CliRun.of("feeds", "list", "--data", data).out()).contains("1 subscriptions").doesNotContain("blog.example");
    }
}
