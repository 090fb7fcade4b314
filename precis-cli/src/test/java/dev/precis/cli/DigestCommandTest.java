package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis digest} as a new user runs it after an ingest: the feed's links and the window forms. */
class DigestCommandTest {

    @TempDir
    Path dir;

    @Test
    void theAtomFeedLinksToTheReaderWherePrecisServeListensAndToItsWindowsMoment() throws Exception {
        Path note = ferryNote();
        Path lib = dir.resolve("lib");
        // dated long ago: only "added within the last 24 hours" brings it into the default window
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), "--published", "2019-05-06", note.toString()).exitCode()).isZero();
        CliRun atom = CliRun.of("digest", "--data", lib.toString(), "--format", "atom");
        assertThat(atom.exitCode()).as(atom.err()).isZero();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.out()));
        // precis serve's default address, not another port
        assertThat(feed.getLinks()).isNotEmpty().allSatisfy(l -> assertThat(l.getHref()).startsWith("http://127.0.0.1:7070/digest"));
        String entryLink = feed.getEntries().get(0).getLink();
        assertThat(entryLink).matches("http://127\\.0\\.0\\.1:7070/digest\\?since=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        // the moment in the link reads back as a window that still holds the story
        String since = entryLink.substring(entryLink.indexOf("since=") + 6);
        CliRun again = CliRun.of("digest", "--data", lib.toString(), "--since", since);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Ferry returns").contains("(1 story)");
        CliRun bad = CliRun.of("digest", "--data", lib.toString(), "--since", "2024-03-12T07:00");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.oneLineError()).as(bad.err()).isTrue();
        assertThat(bad.err()).contains("--since 2024-03-12T07:00");
        // a window of no length: refused in one line, not an empty digest (main printed "0 stories", exit 0)
        CliRun zero = CliRun.of("digest", "--data", lib.toString(), "--since", "0h");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.oneLineError()).as(zero.err()).isTrue();
        assertThat(zero.err()).contains("0h: a duration must be at least 1h or 1d");
        assertThat(zero.out()).isEmpty();
        assertThat(CliRun.of("digest", "--help").out()).contains("at least 1h").contains("0h is refused");
        // a date still to come: refused in one line naming it (main printed an empty digest, exit 0)
        CliRun future = CliRun.of("digest", "--data", lib.toString(), "--since", "2999-01-01", "--format", "json");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.oneLineError()).as(future.err()).isTrue();
        assertThat(future.err()).startsWith("precis: --since 2999-01-01: in the future (now is ");
        assertThat(future.out()).isEmpty();
        // today's date is a good window
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        CliRun todays = CliRun.of("digest", "--data", lib.toString(), "--since", today, "--format", "json");
        assertThat(todays.exitCode()).as(todays.err()).isZero();
        assertThat(todays.out()).contains("\"addedSince\" : \"" + today + "T00:00:00Z\"", "\"addedSinceFor\" : \"undated\"");
    }

    @Test
    void anEmptyDigestSaysNothingIsInTheWindowAndWhatToTry() throws Exception {
        Path note = ferryNote();
        Path lib = dir.resolve("lib");
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), "--published", "2019-05-06", note.toString()).exitCode()).isZero();
        for (String format : new String[] {"text", "markdown"}) {
            // a date window after the one article's date: main printed the heading alone
            CliRun empty = CliRun.of("digest", "--data", lib.toString(), "--since", "2020-01-01", "--format", format);
            assertThat(empty.exitCode()).as(empty.err()).isZero();
            assertThat(empty.out()).as(format).contains("since 2020-01-01").contains("No new stories in this window.");
            assertThat(empty.oneLineError()).as(empty.err()).isTrue();
            assertThat(empty.err()).contains("1 article was published since 2020-01-01", "--since 30d", "--since 2020-01-01");
        }
        // JSON stays the documented object (an empty list), the hint on standard error only
        CliRun json = CliRun.of("digest", "--data", lib.toString(), "--since", "2020-01-01", "--format", "json");
        assertThat(json.out()).contains("\"stories\" : [ ]").doesNotContain("No new stories");
        assertThat(json.err()).contains("try a longer window");
        // a digest with stories prints no hint
        CliRun full = CliRun.of("digest", "--data", lib.toString(), "--since", "2019-01-01");
        assertThat(full.out()).contains("Ferry returns").doesNotContain("No new stories");
        assertThat(full.err()).isEmpty();
        // an empty library: add articles first
        Path none = dir.resolve("none");
        assertThat(CliRun.of("feeds", "add", "--data", none.toString(), "https://news.example/world.xml").exitCode()).isZero();
        CliRun fresh = CliRun.of("digest", "--data", none.toString());
        assertThat(fresh.exitCode()).isZero();
        assertThat(fresh.out()).contains("No new stories in this window.");
        assertThat(fresh.err()).isEqualTo("precis: the library has no articles yet: add some with 'precis ingest --data " + none
                + " FILE|URL' or subscribe to feeds with 'precis feeds add --data " + none + " URL'\n");
    }

    @Test
    void markdownLinksFollowTheBaseUrlAndFormatNamesTakeAnyCase() throws Exception {
        Path note = ferryNote();
        Path lib = dir.resolve("lib-md");
        assertThat(CliRun.of("ingest", "--quiet", "--no-meaning", "--data", lib.toString(), note.toString()).exitCode()).isZero();
        // main: the Markdown kept "(/stories/1)" whatever --base-url said, and "Markdown" was refused as case-sensitive
        CliRun md = CliRun.of("digest", "--data", lib.toString(), "--format", "Markdown", "--base-url", "https://news.example.org/");
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).containsPattern("\\]\\(https://news\\.example\\.org/stories/\\d+\\)")
                .containsPattern("\\]\\(https://news\\.example\\.org/articles/\\d+\\)").doesNotContain("](/");
        // main: the text form ignored --base-url and named no address at all
        CliRun text = CliRun.of("digest", "--data", lib.toString(), "--base-url", "https://news.example.org/");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("\\) \\[1\\]\n").containsPattern("\n   story: https://news\\.example\\.org/stories/\\d+\n")
                .containsPattern("\n   \\[1\\] https://news\\.example\\.org/articles/\\d+\n");
        // a file has no address of its own, and without --base-url there is no reader's: no number
        assertThat(CliRun.of("digest", "--data", lib.toString()).out()).doesNotContain("[1]").doesNotContain("http");
        // main: any text was taken, and every link printed broken
        CliRun bad = CliRun.of("digest", "--data", lib.toString(), "--format", "markdown", "--base-url", "news example");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.oneLineError()).as(bad.err()).isTrue();
        assertThat(bad.err()).contains("--base-url news example: not an http(s) URL");
    }

    @Test
    void aDateWindowShowsAnUndatedArticleAddedSinceAndCitesItByHeadline() throws Exception {
        Path note = ferryNote();
        Path lib = dir.resolve("lib-undated");
        assertThat(CliRun.of("ingest", "--quiet", "--no-meaning", "--data", lib.toString(), note.toString()).exitCode()).isZero();
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        // main: an undated article was in no date window at all
        CliRun text = CliRun.of("digest", "--data", lib.toString(), "--since", yesterday);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("1. Ferry returns").contains("(Ferry returns, ").doesNotContainPattern("#\\d+ \\d+–\\d+");
        // a date after its adding: refused as a future date now (it listed an empty digest)
        assertThat(CliRun.of("digest", "--data", lib.toString(), "--since", "2999-01-01").err()).contains("2999-01-01: in the future");
        // JSON keeps the sentence's range beside the headline
        CliRun json = CliRun.of("digest", "--data", lib.toString(), "--since", yesterday, "--format", "json");
        assertThat(json.out()).contains("\"articleTitle\" : \"Ferry returns\"").contains("\"start\" : ");
        assertThat(CliRun.of("digest", "--help").out()).contains("an undated article: added since");
    }

    @Test
    void aDigestMailedWithoutBaseUrlLinksTheArticlesOwnUrlAndNothingRelative() throws Exception {
        Path jsonl = ferryLine();
        Path lib = dir.resolve("lib-mail");
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), "--published", "2026-03-02", jsonl.toString()).exitCode()).isZero();
        com.icegreen.greenmail.util.GreenMail smtp = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try {
            CliRun mailed = CliRun.of("digest", "--data", lib.toString(), "--since", "2026-03-01", "--smtp-url",
                    "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "--digest-to", "reader@example.org");
            assertThat(mailed.exitCode()).as(mailed.err()).isZero();
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) smtp.getReceivedMessages()[0].getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            // main: href="/stories/1" and href="/articles/1", relative to nothing in a mail
            assertThat(html).contains("<a href=\"https://courier.example/ferry\">Ferry returns to the island</a>").doesNotContain("href=\"/");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void savedHtmlAndMarkdownWithoutBaseUrlLinkAnArticlesOwnUrlElseAPlainHeadline() throws Exception {
        Path jsonl = ferryLine();
        // a pasted text: no address of its own
        Path note = dir.resolve("bridge.txt");
        Files.writeString(note, "Bridge repairs begin\n\nWorkers began repairing the old town bridge on Tuesday, the council said."
                + " The road stays closed to cars until the summer.");
        Path lib = dir.resolve("lib-saved");
        assertThat(CliRun.of("ingest", "--quiet", "--no-meaning", "--data", lib.toString(), jsonl.toString(), note.toString())
                .exitCode()).isZero();
        // main: href="/stories/1" and "](/articles/2)", relative to nothing once the file is saved or mailed
        CliRun html = CliRun.of("digest", "--data", lib.toString(), "--format", "html");
        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).contains("<a href=\"https://courier.example/ferry\">Ferry returns to the island</a>")
                .contains("<h2>Bridge repairs begin</h2>").contains("(Bridge repairs begin, ").doesNotContain("href=\"/");
        CliRun md = CliRun.of("digest", "--data", lib.toString(), "--format", "markdown");
        assertThat(md.exitCode()).as(md.err()).isZero();
        assertThat(md.out()).contains("[Ferry returns to the island](https://courier.example/ferry)")
                .contains("## Bridge repairs begin\n").contains("(Bridge repairs begin, ").doesNotContain("](/");
        // with --base-url every link is the reader's page
        assertThat(CliRun.of("digest", "--data", lib.toString(), "--format", "html", "--base-url", "https://news.example.org").out())
                .containsPattern("href=\"https://news\\.example\\.org/stories/\\d+\"").doesNotContain("courier.example");
    }

    /** The ferry article as a JSONL line read from a publisher's page: it has an address of its own. */
    private Path ferryLine() throws java.io.IOException {
        Path jsonl = dir.resolve("ferry.jsonl");
        Files.writeString(jsonl, "{\"url\": \"https://courier.example/ferry\", \"title\": \"Ferry returns to the island\","
                + " \"text\": \"The island ferry sailed again on Monday after a winter of repairs, the harbour office said."
                + " Passengers cheered as it left the quay.\"}\n");
        return jsonl;
    }

    /** The one-article text the digests here are made of. */
    private Path ferryNote() throws java.io.IOException {
        Path note = dir.resolve("ferry.txt");
        Files.writeString(note, "Ferry returns\n\nThe island ferry sailed again on Monday after a winter of repairs, the harbour office said."
                + " Passengers cheered as it left the quay.");
        return note;
    }
}
