package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.precis.testing.TestPublisher;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code precis serve --smtp-url … --digest-to … --digest-at 07:00} as wired by the command (the same
 * {@link ServeCommand#start()}), on a virtual clock: the digest arrives at a real SMTP server (GreenMail
 * on 127.0.0.1, with a login) at 07:00 and not before, as text and HTML, once a day; a day the server is
 * down costs one log line, and the next day's digest is sent.
 */
class ServeDigestMailTest {

    private static final String USER = "digest-user";
    private static final String PASSWORD = "s3cret-for-test";

    @TempDir
    Path dir;

    @Test
    void theDigestIsMailedOnceADayAtItsTimeAndADayWithoutServerIsOneLogLine() throws Exception {
        Path data = dir.resolve("lib");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String[] a = TestPublisher.article(300 + i);
            Path f = dir.resolve("a" + i + ".txt");
            Files.writeString(f, a[0] + "\n\n" + a[1].replaceAll("</?p>", ""), StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        List<String> ingest = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--published", "2026-03-02"));
        ingest.addAll(files);
        CliRun in = CliRun.of(ingest.toArray(String[]::new));
        assertThat(in.exitCode()).as(in.err()).isZero();

        GreenMail smtp = greenMail(0);
        int port = smtp.getSmtp().getPort();
        VirtualTime time = new VirtualTime(Instant.parse("2026-03-02T18:00:00Z"));
        StringWriter out = new StringWriter();
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.parseArgs("--data", data.toString(), "--port", "0", "--token", "t0ken-for-test", "--no-poll",
                "--smtp-url", "smtp://127.0.0.1:" + port, "--digest-to", "reader@example.org", "--digest-at", "07:00");
        Map<String, String> env = Map.of("PRECIS_SMTP_USER", USER, "PRECIS_SMTP_PASSWORD", PASSWORD);
        cmd.mail.environment = env::get;
        cmd.clock = time;
        cmd.digestTimer = time;
        ServeCommand.Running running = cmd.start();
        GreenMail second = null;
        try {
            assertThat(out.toString()).contains("mailing the digest to reader@example.org daily at 07:00 UTC, first 2026-03-03T07:00:00Z");
            time.advanceTo(Instant.parse("2026-03-03T06:59:59Z"));
            assertThat(smtp.getReceivedMessages()).as("nothing before 07:00").isEmpty();
            time.advanceTo(Instant.parse("2026-03-03T07:00:00Z"));
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage m = smtp.getReceivedMessages()[0];
            assertThat(m.getSubject()).matches("Precis digest since 2026-03-02 07:00 UTC: (1 story|([2-9]|[1-9]\\d+) stories)");
            assertThat(m.getContentType()).startsWith("multipart/alternative");
            MimeMultipart parts = (MimeMultipart) m.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
            assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
            String firstTitle = TestPublisher.article(300)[0];
            assertThat(((String) parts.getBodyPart(0).getContent()) + parts.getBodyPart(1).getContent()).containsAnyOf(firstTitle,
                    TestPublisher.article(301)[0], TestPublisher.article(302)[0]);
            assertThat((String) parts.getBodyPart(1).getContent()).contains("<html").contains(running.url() + "stories/");

            time.advanceTo(Instant.parse("2026-03-04T06:59:00Z"));
            assertThat(smtp.getReceivedMessages()).as("once a day, not twice").hasSize(1);

            // the next morning the mail server is down: one line in the log, no stack trace
            smtp.stop();
            PrintStream realErr = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            try {
                time.advanceTo(Instant.parse("2026-03-04T12:00:00Z"));
            } finally {
                System.setErr(realErr);
            }
            String logged = log.toString(StandardCharsets.UTF_8);
            List<String> lines = logged.lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).as(logged).hasSize(1);
            assertThat(lines.get(0)).contains("WARN", "the daily digest was not mailed: cannot send the digest through 127.0.0.1:" + port)
                    .doesNotContain("Exception");

            // and the day after, with the server back, the digest goes out again
            second = greenMail(port);
            time.advanceTo(Instant.parse("2026-03-05T06:59:59Z"));
            assertThat(second.getReceivedMessages()).isEmpty();
            time.advanceTo(Instant.parse("2026-03-05T07:00:00Z"));
            assertThat(second.waitForIncomingEmail(10_000, 1)).isTrue();
            assertThat(second.getReceivedMessages()[0].getSubject()).startsWith("Precis digest since 2026-03-04 07:00 UTC");
            assertThat(time.waiting()).as("one send scheduled: the next day's").isEqualTo(1);
        } finally {
            running.stop();
            smtp.stop();
            if (second != null) {
                second.stop();
            }
        }
        assertThat(time.waiting()).as("stopping the server ends the schedule").isZero();
    }

    @Test
    void theMailLinksArticlesToTheirOwnUrlAndToTheServerOnlyWithoutOneOrAllToTheBaseUrl() throws Exception {
        Path data = dir.resolve("pier");
        Path jsonl = dir.resolve("pier.jsonl");
        Files.writeString(jsonl, "{\"url\": \"https://courier.example/westby-pier\", \"title\": \"Westby votes to rebuild its harbour pier\","
                + " \"text\": \"The town council of Westby voted on Monday to rebuild the harbour pier, which storms damaged in January."
                + " The work will cost four million euros, the council said. Fishing boats use the pier every day.\"}\n"
                + "{\"title\": \"Harbour pier rebuild approved in Westby\", \"text\": \"Westby's council approved the rebuilding of the"
                + " harbour pier on Monday after the January storms. Fishermen welcomed the vote, saying the pier is needed every day."
                + " Building starts in May.\"}\n", StandardCharsets.UTF_8);
        CliRun in = CliRun.of("ingest", "--quiet", "--data", data.toString(), "--published", "2026-03-02", jsonl.toString());
        assertThat(in.exitCode()).as(in.err()).isZero();
        GreenMail smtp = greenMail(0);
        try {
            String[] served = mailedAtSeven(data, smtp, 1);
            String server = served[0];
            // main: every link led to the server's own address, 127.0.0.1 here
            assertThat(served[1]).contains("note: the mailed digest links each article's own URL; stories and articles without one"
                    + " (files, pasted text) link to " + server + ", which mail readers elsewhere may not reach: give --base-url");
            assertThat(served[2]).contains("href=\"https://courier.example/westby-pier\"").contains("href=\"" + server + "articles/");
            assertThat(served[3]).contains("] https://courier.example/westby-pier\r\n");

            String[] based = mailedAtSeven(data, smtp, 2, "--base-url", "https://news.example.org/");
            assertThat(based[1]).doesNotContain("note: the mailed digest");
            assertThat(based[2] + based[3]).contains("https://news.example.org/articles/", "https://news.example.org/stories/")
                    .doesNotContain("127.0.0.1").doesNotContain("courier.example");
        } finally {
            smtp.stop();
        }
    }

    /** {@code serve --smtp-url …} on {@code data} until 07:00 the next day: the server's URL, what it printed, and the mail's HTML and text. */
    private static String[] mailedAtSeven(Path data, GreenMail smtp, int nth, String... options) throws Exception {
        VirtualTime time = new VirtualTime(Instant.parse("2026-03-02T18:00:00Z"));
        StringWriter out = new StringWriter();
        ServeCommand cmd = new ServeCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--port", "0", "--token", "t0ken-for-test", "--no-poll",
                "--smtp-url", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "--digest-to", "reader@example.org"));
        args.addAll(List.of(options));
        cl.parseArgs(args.toArray(String[]::new));
        cmd.mail.environment = Map.of("PRECIS_SMTP_USER", USER, "PRECIS_SMTP_PASSWORD", PASSWORD)::get;
        cmd.clock = time;
        cmd.digestTimer = time;
        ServeCommand.Running running = cmd.start();
        try {
            time.advanceTo(Instant.parse("2026-03-03T07:00:00Z"));
            assertThat(smtp.waitForIncomingEmail(10_000, nth)).isTrue();
            MimeMultipart parts = (MimeMultipart) smtp.getReceivedMessages()[nth - 1].getContent();
            return new String[] {running.url(), out.toString(), (String) parts.getBodyPart(1).getContent(),
                    (String) parts.getBodyPart(0).getContent()};
        } finally {
            running.stop();
        }
    }

    private static GreenMail greenMail(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail g = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("reader@example.org", USER, PASSWORD));
        g.start();
        return g;
    }
}
