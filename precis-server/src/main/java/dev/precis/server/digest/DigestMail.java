package dev.precis.server.digest;

import dev.precis.model.Counts;
import dev.precis.store.Digest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Sends a digest by e-mail as multipart/alternative (plain text, then HTML) through Jakarta Mail
 * (Eclipse Angus). The server is a URL: {@code smtp://host:port} (STARTTLS when the server offers it),
 * {@code smtp://host:port?starttls=required} or {@code smtps://host:465}; the user name and password
 * come from the caller (the environment, never the command line). Thread-safe (immutable).
 *
 * <pre>{@code
 * DigestMail mail = DigestMail.parse("smtp://mail.example:587?starttls=required", List.of("me@example.org"),
 *         "precis@example.org", System.getenv("PRECIS_SMTP_USER"), System.getenv("PRECIS_SMTP_PASSWORD"));
 * mail.send(digest, DigestLinks.portable("https://news.example", ""));
 * }</pre>
 */
public final class DigestMail {

    private final String host;
    private final int port;
    private final boolean ssl;
    private final boolean requireStartTls;
    private final List<InternetAddress> to;
    private final InternetAddress from;
    private final String user;
    private final String password;

    private DigestMail(String host, int port, boolean ssl, boolean requireStartTls, List<InternetAddress> to, InternetAddress from,
                       String user, String password) {
        this.host = host;
        this.port = port;
        this.ssl = ssl;
        this.requireStartTls = requireStartTls;
        this.to = List.copyOf(to);
        this.from = from;
        this.user = user;
        this.password = password;
    }

    /**
     * Checks the settings (a bad one fails here, with a message naming it, not at the first send).
     *
     * @param smtpUrl {@code smtp://host[:port][?starttls=required]} or {@code smtps://host[:port]}
     * @param to the recipients
     * @param from the sender address
     * @param user the SMTP user, or null for none
     * @param password the SMTP password, or null
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    public static DigestMail parse(String smtpUrl, List<String> to, String from, String user, String password) {
        URI uri;
        try {
            uri = new URI(smtpUrl.strip());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("--smtp-url " + smtpUrl + ": not a URL like smtp://mail.example:587");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("smtp") && !scheme.equals("smtps") || uri.getHost() == null) {
            throw new IllegalArgumentException("--smtp-url " + smtpUrl + ": expected smtp://host:port or smtps://host:port");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("--smtp-url: put no credentials in the URL; set PRECIS_SMTP_USER and PRECIS_SMTP_PASSWORD");
        }
        boolean ssl = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 465 : 25;
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        if (!query.isEmpty() && !query.equals("starttls=required")) {
            throw new IllegalArgumentException("--smtp-url: the only option is ?starttls=required, got ?" + query);
        }
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("--digest-to: give at least one address");
        }
        return new DigestMail(uri.getHost(), port, ssl, !query.isEmpty(), to.stream().map(a -> address("--digest-to", a)).toList(),
                address("--digest-from", from), user, password);
    }

    private static InternetAddress address(String option, String value) {
        try {
            InternetAddress a = new InternetAddress(value, true);
            a.validate();
            return a;
        } catch (AddressException | NullPointerException e) {
            throw new IllegalArgumentException(option + " " + value + ": not an e-mail address");
        }
    }

    /** The message for {@code d}: subject, text part and HTML part, both linking where {@code links} say. */
    MimeMessage message(Digest d, DigestLinks links) throws MessagingException {
        MimeMessage m = new MimeMessage(session());
        m.setFrom(from);
        m.setRecipients(Message.RecipientType.TO, to.toArray(new InternetAddress[0]));
        m.setSubject("Precis digest " + d.window().label() + ": " + Counts.of(d.stories().size(), "story", "stories"), "UTF-8");
        m.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(DigestFormats.text(d, links), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(DigestFormats.html(d, links), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text); // least preferred first (RFC 2046)
        alternative.addBodyPart(html);
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }

    /** Sends the digest; the exception's message names the server and the problem. */
    public void send(Digest d, DigestLinks links) throws IOException {
        try {
            MimeMessage m = message(d, links);
            if (user != null) {
                Transport.send(m, user, password == null ? "" : password);
            } else {
                Transport.send(m);
            }
        } catch (MessagingException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IOException("cannot send the digest through " + host + ":" + port + ": " + why, e);
        }
    }

    private Session session() {
        String p = ssl ? "mail.smtps." : "mail.smtp.";
        Properties props = new Properties();
        props.put("mail.transport.protocol", ssl ? "smtps" : "smtp");
        props.put(p + "host", host);
        props.put(p + "port", Integer.toString(port));
        props.put(p + "auth", Boolean.toString(user != null));
        props.put(p + "connectiontimeout", "10000");
        props.put(p + "timeout", "30000");
        props.put(p + "writetimeout", "30000");
        if (!ssl) {
            props.put(p + "starttls.enable", "true");
            props.put(p + "starttls.required", Boolean.toString(requireStartTls));
        } else {
            props.put(p + "ssl.checkserveridentity", "true");
        }
        return Session.getInstance(props);
    }

    @Override
    public String toString() {
        return "DigestMail[" + (ssl ? "smtps" : "smtp") + "://" + host + ":" + port + " to " + to + (user == null ? "" : " as " + user) + "]";
    }
}
