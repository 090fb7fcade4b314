package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.SummaryLength;
import dev.precis.server.TestLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article page's own summary as the server renders it (the summary open without the script) pairs the marks of a
 * line cut from a quotation that runs over several sentences, as the story page and the digest do (the list the page
 * script fills from the API: {@link ReaderDisplayBrowserIT}). Invented article.
 */
class ArticleSummaryQuotesTest {

    private static final String TEXT = "Harbour master Ruth Alder said: \"The old stone pier at Brannock is safe to use again after the winter storms. "
            + "The repairs to its north wall start in May and the ferries return in June.\"";

    @TempDir
    Path dir;

    @Test
    void theServerRenderedSummaryShowsEachLinesQuotationPaired() throws Exception {
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            long id = lib.intake.addText(TEXT, "Brannock pier safe again", "2023-04-02").articleId();
            lib.library.flush();
            List<String> lines = new ArticlePages(lib.context()).build(id, true, SummaryLength.sentences(1)).summary();
            assertThat(lines).hasSize(1);
            String line = lines.get(0);
            // whichever of the two sentences is chosen, it holds one mark of the quotation and is shown with its partner
            assertThat(line.chars().filter(c -> c == '"').count()).isEqualTo(2);
            assertThat(line).satisfiesAnyOf(l -> assertThat(l).startsWith("Harbour master Ruth Alder said: \"The old").endsWith("storms.\""),
                    l -> assertThat(l).startsWith("\"The repairs").endsWith("in June.\""));
        }
    }
}
