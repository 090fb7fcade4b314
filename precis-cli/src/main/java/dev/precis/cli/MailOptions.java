package dev.precis.cli;

import dev.precis.server.digest.DigestMail;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the digest is mailed: {@code --smtp-url}, {@code --digest-to}; credentials only from the environment. */
final class MailOptions {

    @Option(names = "--smtp-url", paramLabel = "URL",
            description = "Mail the digest through this server: smtp://host:587, smtp://host:587?starttls=required or smtps://host:465."
                    + " The login comes from $PRECIS_SMTP_USER and $PRECIS_SMTP_PASSWORD.")
    String smtpUrl;

    @Option(names = "--digest-to", paramLabel = "ADDRESS", split = ",", description = "Recipients of the digest e-mail (repeatable or comma-separated).")
    List<String> to = new ArrayList<>();

    @Option(names = "--digest-from", paramLabel = "ADDRESS", defaultValue = "precis@localhost",
            description = "Sender of the digest e-mail (default ${DEFAULT-VALUE}).")
    String from;

    /** The environment (replaced in tests). */
    java.util.function.UnaryOperator<String> environment = System::getenv;

    /** The mailer, or null when no --smtp-url was given; a bad setting is a user error naming it. */
    DigestMail mail() {
        if (smtpUrl == null) {
            if (!to.isEmpty()) {
                throw new UserInputException("--digest-to needs --smtp-url");
            }
            return null;
        }
        try {
            return DigestMail.parse(smtpUrl, to, from, blank(environment.apply("PRECIS_SMTP_USER")), environment.apply("PRECIS_SMTP_PASSWORD"));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
