package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.testing.TestPublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis feeds}: subscriptions from the command line, OPML in and out, one-line errors, poll exit codes. */
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
                // the server's feeds API refuses more than 30 days; the CLI took 31d before
                {"feeds", "add", "--data", data, "https://x.example/f", "--every", "31d"},
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
        assertThat(CliRun.of("feeds", "list", "--data", data).out()).contains("1 subscription\n").doesNotContain("blog.example");
    }

    @Test
    void anImportedFileKeepsItsOrderInTheListAndTheExport() throws Exception {
        Path opml = dir.resolve("reader.opml");
        Files.writeString(opml, "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>t</title></head><body>"
                + "<outline type=\"rss\" text=\"Zeta\" xmlUrl=\"https://zeta.example/feed.xml\"/>"
                + "<outline type=\"rss\" text=\"Mid\" xmlUrl=\"https://mid.example/feed.xml\"/>"
                + "<outline type=\"rss\" text=\"Alpha\" xmlUrl=\"https://alpha.example/feed.xml\"/>"
                + "</body></opml>");
        String data = dir.resolve("lib").toString();
        assertThat(CliRun.of("feeds", "import", "--data", data, opml.toString()).out()).startsWith("imported 3 feeds");
        // main listed (and exported) them by URL: #3 alpha, #2 mid, #1 zeta, the file's order reversed
        List<String> lines = CliRun.of("feeds", "list", "--data", data).out().lines().filter(l -> l.startsWith("#")).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("#1 ").contains("zeta.example");
        assertThat(lines.get(1)).startsWith("#2 ").contains("mid.example");
        assertThat(lines.get(2)).startsWith("#3 ").contains("alpha.example");
        String export = CliRun.of("feeds", "export", "--data", data).out();
        assertThat(export.indexOf("zeta.example")).isLessThan(export.indexOf("mid.example"));
        assertThat(export.indexOf("mid.example")).isLessThan(export.indexOf("alpha.example"));
    }

    @Test
    void aFeedUrlNoPollCouldReadAndAnOpmlFileThatIsNoTextAreRefusedInOneLine() throws Exception {
        String data = dir.resolve("c").toString();
        // a space in the host: main subscribed to it and every poll failed with "not a valid URL"
        CliRun spaced = CliRun.of("feeds", "add", "--data", data, "http://news example.org/feed.xml");
        assertThat(spaced.exitCode()).isEqualTo(2);
        assertThat(spaced.err()).isEqualTo("precis: http://news example.org/feed.xml: not an http(s) feed URL\n");
        // a feed saved as a file is pointed to ingest, which reads it once
        Path saved = dir.resolve("saved.rss");
        Files.writeString(saved, "<rss version=\"2.0\"><channel><title>Saved</title></channel></rss>");
        CliRun file = CliRun.of("feeds", "add", "--data", data, saved.toString());
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.oneLineError()).as(file.err()).isTrue();
        assertThat(file.err()).contains("not an http(s) feed URL", "precis ingest " + saved);
        // main said "FILE: FILE", "FILE: Is a directory" and "FILE: Input length = 1"
        Path binary = dir.resolve("subs-binary.opml");
        Files.write(binary, new byte[] {(byte) 0xff, 0, 1, 2, (byte) 0xfe, 0, 7});
        Map<String, String> expected = Map.of(
                dir.resolve("missing.opml").toString(), "no such file",
                dir.toString(), "is a directory, not a file",
                binary.toString(), "is binary data, not text");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            CliRun r = CliRun.of("feeds", "import", "--data", data, e.getKey());
            assertThat(r.exitCode()).as(e.getKey()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("precis: " + e.getKey() + ": " + e.getValue() + "\n");
        }
        // refused before the library is opened: nothing was subscribed, not even a library created
        assertThat(Path.of(data)).doesNotExist();
    }

    @Test
    void pollExitsTwoWhenEveryFeedFailedAndZeroWhenAnyWasRead() throws Exception {
        try (TestPublisher pub = new TestPublisher(Instant::now)) {
            String base = pub.base();
            // an item with enough text of its own is stored from the feed, no page fetched
            String[] a = TestPublisher.article(41);
            pub.route("/good.xml", req -> TestPublisher.Answer.of(200, TestPublisher.rss("Good", List.of(new TestPublisher.Item("g1",
                    base + "/page/1.html", a[0], Instant.parse("2026-03-02T08:00:00Z"), a[1]))), Map.of()));
            pub.route("/gone.xml", req -> TestPublisher.Answer.of(404, "no such feed", Map.of()));
            pub.route("/broken.xml", req -> TestPublisher.Answer.of(200, "this is not XML", Map.of("Content-Type", "text/plain")));
            String data = dir.resolve("p").toString();
            String[] poll = {"feeds", "poll", "--data", data, "--force", "--host-gap", "0s", "--unsafe-allow-internal-address", "127.0.0.1"};
            assertThat(CliRun.of("feeds", "add", "--data", data, base + "/gone.xml").exitCode()).isZero();
            assertThat(CliRun.of("feeds", "add", "--data", data, base + "/broken.xml").exitCode()).isZero();

            CliRun allFailed = CliRun.of(poll);
            assertThat(allFailed.exitCode()).as(allFailed.out()).isEqualTo(2);
            assertThat(allFailed.oneLineError()).as(allFailed.err()).isTrue();
            assertThat(allFailed.err()).contains("all 2 feeds failed");
            assertThat(allFailed.out()).contains("gone.xml: failed: HTTP status 404", "polled 2 feeds: 0 new articles, 2 feeds failed");

            // partial failure: one feed read, so the run did its work: exit 0, the failures listed
            assertThat(CliRun.of("feeds", "add", "--data", data, base + "/good.xml").exitCode()).isZero();
            CliRun partial = CliRun.of(poll);
            assertThat(partial.exitCode()).as(partial.out() + partial.err()).isZero();
            assertThat(partial.err()).isEmpty();
            assertThat(partial.out()).contains("good.xml: 1 new", "polled 3 feeds: 1 new article, 2 feeds failed", "library: 1 article\n");
            assertThat(pub.hits("/page/1.html")).isEmpty();
        }
    }

    @Test
    void aPollSaysWhichItemsCameFromTheFeedsOwnTextAndCountsInTheRightNumber() throws Exception {
        try (TestPublisher pub = new TestPublisher(Instant::now)) {
            String base = pub.base();
            // a paragraph of its own (under the 80 words that skip the fetch), and a link nobody answers
            String text = "The harbour council of Lowmere voted on Tuesday to rebuild the old stone pier before the winter storms,"
                    + " after engineers found that two of its timber supports had rotted through and the landing had begun to sink.";
            pub.route("/dead-links.xml", req -> TestPublisher.Answer.of(200, TestPublisher.rss("Gazette", List.of(new TestPublisher.Item("p1",
                    base + "/no-such-page.html", "Pier to be rebuilt", Instant.parse("2026-03-02T08:00:00Z"), text))), Map.of()));
            pub.route("/broken.xml", req -> TestPublisher.Answer.of(200, "this is not XML", Map.of("Content-Type", "text/plain")));
            String data = dir.resolve("dead").toString();
            assertThat(CliRun.of("feeds", "add", "--data", data, base + "/dead-links.xml").exitCode()).isZero();
            assertThat(CliRun.of("feeds", "add", "--data", data, base + "/broken.xml").exitCode()).isZero();
            CliRun poll = CliRun.of("feeds", "poll", "--data", data, "--force", "--host-gap", "0s", "--unsafe-allow-internal-address", "127.0.0.1");
            // main: "0 new, 0 known, 1 failed items, 1 pages fetched" and the paragraph lost
            assertThat(poll.out()).as(poll.out()).contains("dead-links.xml: 1 new, 0 known, 0 failed items, 1 page fetched:"
                    + " 1 item stored from the feed's own text: its page could not be fetched;", "library: 1 article\n");
            CliRun list = CliRun.of("feeds", "list", "--data", data);
            // main: "1 failures: not an RSS/Atom feed ..."
            assertThat(list.out()).contains("    1 failed read: not an RSS/Atom feed").doesNotContain("1 failures");
        }
    }
}
