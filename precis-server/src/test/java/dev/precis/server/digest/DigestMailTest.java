package dev.precis.server.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.precis.server.TestLibrary;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest e-mail, sent to a real SMTP server (GreenMail) on 127.0.0.1 that requires a login. */
class DigestMailTest {

    @TempDir
    Path dir;

    @Test
    void aOneStoryDigestsSubjectSaysOneStoryNotOneStories() throws Exception {
        try (TestLibrary lib = TestLibrary.withFixtures(dir)) {
            Digest all = lib.context().library().digest(new DigestWindow(LocalDate.parse("2000-01-01"), null), 5);
            assertThat(all.stories()).hasSizeGreaterThan(1);
            DigestMail mail = DigestMail.parse("smtp://127.0.0.1:25", List.of("reader@example.org"), "precis@example.org", null, null);
            Digest one = new Digest(all.window(), all.generated(), all.stories().subList(0, 1));
            assertThat(mail.message(one, DigestLinks.portable("", "")).getSubject()).isEqualTo("Precis digest since 2000-01-01: 1 story");
            assertThat(mail.message(all, DigestLinks.portable("", "")).getSubject()).isEqualTo("Precis digest since 2000-01-01: " + all.stories().size() + " stories");
        }
    }

    @Test
    void aDigestArrivesWithItsTextAndHtmlParts() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("reader@example.org", "digest-user", "s3cret"));
        smtp.start();
        try (TestLibrary lib = TestLibrary.withFixtures(dir)) {
            Digest d = lib.context().library().digest(new DigestWindow(LocalDate.parse("2000-01-01"), null), 5);
            assertThat(d.stories()).isNotEmpty();
            String url = "smtp://127.0.0.1:" + smtp.getSmtp().getPort();
            DigestMail.parse(url, List.of("reader@example.org"), "precis@example.org", "digest-user", "s3cret")
                    .send(d, DigestLinks.portable("http://127.0.0.1:7070", ""));
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage m = smtp.getReceivedMessages()[0];
            assertThat(m.getSubject()).startsWith("Precis digest since 2000-01-01: " + d.stories().size() + " stor");
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("reader@example.org");
            assertThat(m.getContentType()).startsWith("multipart/alternative");
            MimeMultipart parts = (MimeMultipart) m.getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            BodyPart text = parts.getBodyPart(0);
            BodyPart html = parts.getBodyPart(1);
            assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(html.getContentType()).startsWith("text/html");
            String firstTitle = d.stories().get(0).story().title();
            assertThat((String) text.getContent()).isEqualTo(DigestFormats.text(d, "http://127.0.0.1:7070").replace("\n", "\r\n"));
            String story = "http://127.0.0.1:7070/stories/" + d.stories().get(0).story().id();
            long cited = d.stories().get(0).summary().sentences().get(0).articleId();
            assertThat((String) html.getContent()).contains("<html").contains(story).contains("http://127.0.0.1:7070/articles/" + cited);
            // the text part leads where the HTML part's links do (main: no address at all)
            assertThat((String) text.getContent()).contains(firstTitle).contains("   story: " + story + "\r\n")
                    .contains("] http://127.0.0.1:7070/articles/" + cited + "\r\n");

            // a wrong password is a one-line error naming the server
            assertThatThrownBy(() -> DigestMail.parse(url, List.of("reader@example.org"), "precis@example.org", "digest-user", "wrong")
                    .send(d, DigestLinks.portable("", ""))).hasMessageStartingWith("cannot send the digest through 127.0.0.1:" + smtp.getSmtp().getPort());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void badSettingsAreRefusedUpFront() {
        assertThatThrownBy(() -> DigestMail.parse("http://mail.example", List.of("a@example.org"), "p@example.org", null, null))
                .hasMessageContaining("smtp://");
        assertThatThrownBy(() -> DigestMail.parse("smtp://user:pw@mail.example", List.of("a@example.org"), "p@example.org", null, null))
                .hasMessageContaining("PRECIS_SMTP_PASSWORD");
        assertThatThrownBy(() -> DigestMail.parse("smtp://mail.example", List.of("not an address"), "p@example.org", null, null))
                .hasMessageContaining("--digest-to");
        assertThatThrownBy(() -> DigestMail.parse("smtp://mail.example", List.of(), "p@example.org", null, null))
                .hasMessageContaining("--digest-to");
        assertThatThrownBy(() -> DigestMail.parse("smtp://mail.example?tls=no", List.of("a@example.org"), "p@example.org", null, null))
                .hasMessageContaining("starttls=required");
        assertThat(DigestMail.parse("smtps://mail.example", List.of("a@example.org"), "p@example.org", "u", "pw").toString())
                .isEqualTo("DigestMail[smtps://mail.example:465 to [a@example.org] as u]").doesNotContain("pw");
    }
}
