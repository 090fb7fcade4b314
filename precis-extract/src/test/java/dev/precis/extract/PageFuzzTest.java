package dev.precis.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.precis.model.Article;
import dev.precis.model.ExtractedPage;
import dev.precis.model.TextRange;

/**
 * Fuzz target: page bytes (any encoding, possibly gzip) through the decoder and the extractor. The
 * contract is that a page gives an article or an {@link ExtractionException} with a one-line message;
 * any other exception or error (a stack overflow, a parser's index error, running out of memory) is a
 * finding. The first byte also picks the Content-Type header, so charset handling is reached too.
 *
 * <p>In a normal build this replays the seed corpus and every kept crash in
 * {@code src/test/resources/dev/precis/extract/PageFuzzTestInputs/fuzz/} (Jazzer's regression mode);
 * {@code bench/fuzz.sh page SECONDS} fuzzes it (see the README's "Fuzzing").
 */
public class PageFuzzTest {

    private static final String[] CONTENT_TYPES = {
        null, "text/html", "text/html; charset=utf-8", "text/html; charset=ISO-8859-1", "text/html;charset=\"windows-1251\"",
        "text/html; charset=shift_jis", "text/html; charset=utf-16", "text/html; charset=no-such-charset", "application/xhtml+xml",
    };

    private static HtmlArticleReader reader;

    /** Jazzer's command-line driver calls this once. */
    public static void fuzzerInitialize() {
        reader = HtmlArticleReader.withLanguageModel();
        // load the extractor's classes before the first timed input
        fuzzerTestOneInput("<html><head><title>A</title></head><body><article><h1>A</h1><p>One sentence here. Another one there, with more words.</p></article></body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** One input; throws only when the contract is broken. */
    public static void fuzzerTestOneInput(byte[] data) {
        if (reader == null) {
            fuzzerInitialize();
        }
        String type = data.length == 0 ? null : CONTENT_TYPES[(data[0] & 0xff) % CONTENT_TYPES.length];
        ExtractedPage page;
        try {
            page = reader.read(data, "https://news.example/2024/story.html", type);
        } catch (ExtractionException e) {
            FuzzChecks.oneLine(e.getMessage());
            return;
        }
        Article a = page.article();
        int previousEnd = 0;
        for (TextRange p : a.paragraphs()) {
            if (p.start() < previousEnd || p.end() > a.text().length()) {
                throw new IllegalStateException("paragraph " + p + " outside the text of " + a.text().length() + " chars");
            }
            previousEnd = p.end();
        }
        if (a.title().indexOf('\n') >= 0) {
            throw new IllegalStateException("title with a line break: " + a.title());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void fuzz(byte[] data) {
        fuzzerTestOneInput(data);
    }
}
