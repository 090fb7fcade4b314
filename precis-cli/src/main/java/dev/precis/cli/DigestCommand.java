package dev.precis.cli;

import dev.precis.model.Counts;
import dev.precis.server.digest.DigestFeed;
import dev.precis.server.digest.DigestFormats;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.Library;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis digest}: the top stories of a window, each with a summary across its articles. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "What happened: the top stories since a time, each with a short summary drawn from its articles in the window.")
final class DigestCommand implements Callable<Integer> {

    /** The reader's address under {@code precis serve}'s defaults (host 127.0.0.1, port 7070). */
    static final String SERVE_DEFAULT = "http://127.0.0.1:7070";

    /** The digest's output forms. */
    enum Format { text, markdown, html, json, atom }

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--since", defaultValue = "24h",
            description = "A duration of at least 1h (24h, 7d: published or added since then; 0h is refused), a date YYYY-MM-DD (published since;"
                    + " an undated article: added since) or a moment 2024-03-12T07:00:00Z (published since its date or added since it);"
                    + " not in the future; default ${DEFAULT-VALUE}.")
    String since;

    @Option(names = "--limit", defaultValue = "10", description = "Stories to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown, html, json or atom (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--base-url", defaultValue = "", description = "Reader URL for links (text: numbered references to its article pages; default: an article's own URL when it has one, else a plain headline; atom: " + DigestCommand.SERVE_DEFAULT + ", where 'precis serve' listens by default).")
    String base;

    @Mixin
    MailOptions mail = new MailOptions();

    /**
     * What to try when a digest lists nothing: an empty library needs articles first; otherwise nothing in
     * the library is new enough, so a longer window or an earlier date.
     */
    static String emptyHint(int articles, DigestWindow window, String dataOption) {
        if (articles == 0) {
            return "precis: the library has no articles yet: add some with 'precis ingest" + dataOption + " FILE|URL'"
                    + " or subscribe to feeds with 'precis feeds add" + dataOption + " URL'";
        }
        return "precis: none of the library's " + Counts.of(articles, "article", "articles") + " was published "
                + (window.addedSince() == null ? window.label() + " (or, undated, added since then)" : "or added " + window.label())
                + "; try a longer window, e.g. --since 30d, or an earlier date, e.g. --since 2020-01-01";
    }

    @Override
    public Integer call() throws Exception {
        dev.precis.server.digest.DigestMail mailer = mail.mail();
        if (limit < 1) {
            throw new UserInputException("--limit must be at least 1, got " + limit);
        }
        DigestWindow window;
        try {
            window = DigestWindow.parse(since, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--" + e.getMessage());
        }
        checkBaseUrl(base);
        try (Library lib = library.openExisting()) {
            Digest d = lib.digest(window, limit);
            PrintWriter out = spec.commandLine().getOut();
            String link = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            if (mailer != null) {
                try {
                    // a mail is read away from the reader: an article's own URL beats a relative link (none without one)
                    mailer.send(d, dev.precis.server.digest.DigestLinks.portable(link, ""));
                } catch (java.io.IOException e) {
                    throw new UserInputException(e.getMessage());
                }
                out.println("mailed the digest (" + Counts.of(d.stories().size(), "story", "stories") + ", " + window.label() + ") to " + String.join(", ", mail.to));
                out.flush();
                return 0;
            }
            out.print(switch (format) {
                case text -> DigestFormats.text(d, link);
                case markdown -> DigestFormats.markdown(d, link);
                // a saved or mailed page has no site for a relative link: as markdown, the article's own URL or none
                case html -> DigestFormats.html(d, dev.precis.server.digest.DigestLinks.portable(link, ""));
                case json -> DigestFormats.json(d) + "\n";
                case atom -> DigestFeed.atom(d, link.isEmpty() ? SERVE_DEFAULT : link);
            });
            out.flush();
            if (d.stories().isEmpty()) {
                // the output says the window is empty; standard error says what to try (kept out of a piped digest)
                spec.commandLine().getErr().println(emptyHint(lib.size(), window, library.dataOption()));
            }
        }
        return 0;
    }

    /** Empty (no reader's address) or an absolute http(s) URL; anything else would print links no reader can follow. */
    static void checkBaseUrl(String base) {
        if (base.isEmpty()) {
            return;
        }
        try {
            java.net.URI uri = new java.net.URI(base);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new UserInputException("--base-url " + base + ": not an http(s) URL, e.g. https://news.example.org or http://127.0.0.1:7070");
    }
}
