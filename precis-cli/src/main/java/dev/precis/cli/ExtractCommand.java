package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.extract.DensityArticleExtractor;
import dev.precis.extract.ExtractionException;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.extract.SafeFetcher;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code precis extract [FILE|URL|-]... [--format json|text]} and the batch form
 * {@code precis extract --input IN.jsonl --output OUT.jsonl}. Each output record has the stable keys
 * id, title, byline, authors, published, modified, declaredPublished (the publication the page's structured
 * data declares when another date was chosen as published, else null), language, siteName, url, pageType (article,
 * listing, forum, product, documentation, other), text (paragraphs separated by a blank line); a page
 * that is no article gets its pageType and an empty text, a page that cannot be extracted an empty
 * text and an "error" key. A single page that is no article is refused ("not an article: …").
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (title, byline, dates, language, body) from web pages.")
final class ExtractCommand implements Runnable {

    enum Format { json, text }

    @Parameters(arity = "0..*", paramLabel = "FILE|URL|-", description = "Saved pages, http(s) URLs, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", defaultValue = "json", description = "json or text (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--input", paramLabel = "IN.jsonl", description = "Batch input: one {\"id\", \"html\", \"url\", \"fetched\"} per line (url and fetched optional;"
            + " fetched: when the page was fetched, ISO-8601 or an HTTP date); '-' for standard input.")
    Path batchInput;

    @Option(names = "--output", paramLabel = "OUT.jsonl", description = "Batch output (with --input); default standard output; '-' for standard output.")
    Path batchOutput;

    @Option(names = "--allow-private", description = "Allow fetching loopback and private-network URLs.")
    boolean allowPrivate;

    private static final ObjectMapper JSON = new ObjectMapper();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (batchInput == null && inputs.isEmpty()) {
            throw new UserInputException("give a FILE, URL or - to extract, or --input IN.jsonl");
        }
        if (batchInput != null && !inputs.isEmpty()) {
            throw new UserInputException("--input cannot be combined with FILE|URL arguments");
        }
        if (batchInput != null) {
            EmptyInputs.requireContent(batchInput); // before the language model loads
        }
        HtmlArticleReader reader = HtmlArticleReader.withLanguageModel();
        if (batchInput != null) {
            runBatch(reader);
            return;
        }
        java.io.PrintWriter out = spec.commandLine().getOut();
        SafeFetcher.Policy policy = allowPrivate ? SafeFetcher.Policy.DEFAULT.allowingPrivateAddresses() : SafeFetcher.Policy.DEFAULT;
        SafeFetcher fetcher = new SafeFetcher(policy);
        for (String input : inputs) {
            ExtractedPage page = extractOne(reader, fetcher, input);
            if (format == Format.text) {
                Article a = page.article();
                if (!a.title().isEmpty()) {
                    out.println(a.title());
                    out.println();
                }
                out.println(a.text());
                out.println();
            } else {
                ObjectNode node = record(null, page, null);
                try {
                    out.println(inputs.size() == 1
                            ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                            : JSON.writeValueAsString(node));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private ExtractedPage extractOne(HtmlArticleReader reader, SafeFetcher fetcher, String input) {
        byte[] bytes;
        String url = null;
        String contentType = null;
        try {
            if ("-".equals(input)) {
                bytes = System.in.readNBytes(64 * 1024 * 1024);
            } else if (input.startsWith("http://") || input.startsWith("https://")) {
                SafeFetcher.Page fetched;
                try {
                    fetched = fetcher.fetch(input);
                } catch (IOException e) {
                    // the fetcher's message already names the URL
                    throw new UserInputException(e.getMessage(), e);
                }
                bytes = fetched.bytes();
                url = fetched.url();
                contentType = fetched.contentType();
            } else if (Files.isDirectory(Path.of(input))) {
                throw new UserInputException(input + ": is a directory, not a file (for many pages, give --input IN.jsonl)");
            } else {
                bytes = Files.readAllBytes(Path.of(input));
            }
        } catch (NoSuchFileException e) {
            throw new UserInputException(input + ": no such file");
        } catch (IOException e) {
            throw new UserInputException(input + ": " + e.getMessage(), e);
        }
        try {
            // a page fetched just now is read against the clock; a file's fetch time is unknown (its
            // modification time says when it was saved or copied, not when the page said "3 hours ago")
            return DensityArticleExtractor.requireArticle(url != null ? reader.read(bytes, url, contentType)
                    : reader.read(bytes, url, contentType, null));
        } catch (ExtractionException e) {
            throw new UserInputException(input + ": " + e.getMessage(), e);
        }
    }

    private void runBatch(HtmlArticleReader reader) {
        try (java.io.Writer out = batchOutput == null
                ? new NonClosingWriter(spec.commandLine().getOut())
                : StdStreams.writerOnFirstWrite(batchOutput)) {
            new ExtractBatch(reader.extractor(), spec.commandLine().getErr()).run(batchInput, out);
        } catch (IOException e) {
            throw new UserInputException(batchOutput + ": " + e.getMessage(), e);
        }
    }

    /** The stable output record; {@code page} null means extraction failed with {@code error}. */
    static ObjectNode record(JsonNode id, ExtractedPage page, String error) {
        ObjectNode o = JSON.createObjectNode();
        if (id != null) {
            o.set("id", id);
        } else {
            o.put("id", page == null ? null : page.article().id());
        }
        Article a = page == null ? null : page.article();
        o.put("title", a == null ? null : a.title());
        o.put("byline", a == null ? null : a.byline());
        ArrayNode authors = o.putArray("authors");
        if (page != null) {
            page.authors().forEach(authors::add);
        }
        o.put("published", a == null ? null : a.published());
        o.put("modified", page == null ? null : page.modified());
        o.put("declaredPublished", page == null ? null : page.declaredPublished());
        o.put("language", a == null ? null : a.language());
        o.put("siteName", page == null ? null : page.siteName());
        o.put("url", a == null ? null : a.url());
        o.put("pageType", page == null ? null : page.pageType().label());
        // every page's main content, whatever its type: pageType tells whether it is an article (a
        // listing's text is its main block, not an article made up from it). Emptying the text of pages
        // judged no article lost the whole body of every article misjudged so (1.5% of WCXB's articles)
        // and the main content WCXB's gold holds for the other page types.
        o.put("text", a == null ? "" : a.text());
        if (error != null) {
            o.put("error", error);
        }
        return o;
    }

    static {
        JSON.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** Standard output must stay open after the batch. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
