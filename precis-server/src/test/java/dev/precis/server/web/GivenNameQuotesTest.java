package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.server.TestLibrary;
import dev.precis.server.web.Pages.SaidItem;
import dev.precis.store.LibraryEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quote the store files under a lone given name ("Anna") is on the entity page of the one person of that given
 * name its article names in full, as the article's page shows it; not where the article names two such people.
 * Invented articles, analysed by hand.
 */
class GivenNameQuotesTest {

    @TempDir
    Path dir;

    @Test
    void aQuoteFiledUnderTheGivenNameIsOnTheFullNamesPage() throws Exception {
        try (TestLibrary lib = TestLibrary.empty(dir)) {
            add(lib, "pier", "2023-04-02", "Anna Berg opened the pier. \"The pier is safe again,\" Anna said.", "Anna Berg");
            add(lib, "ferry", "2023-04-01", "Anna Berg spoke first. \"Ferries will run daily,\" Anna Berg said.", "Anna Berg");
            add(lib, "vote", "2023-04-03", "Anna Berg and Anna Lund met. \"We vote in May,\" Anna said.", "Anna Berg", "Anna Lund");
            lib.library.flush();
            ReaderQueries queries = new ReaderQueries(lib.context());
            List<SaidItem> said = queries.entity("Anna Berg", EntityType.PERSON).orElseThrow().said();
            assertThat(said).extracting(SaidItem::content).containsExactly("Ferries will run daily,", "The pier is safe again,");
            // the lone name's own page still holds all its quotes
            assertThat(queries.entity("Anna", EntityType.PERSON).orElseThrow().said()).hasSize(2);
        }
    }

    /** An article naming {@code people} in full from its start and quoting the name after the last quotation mark. */
    private static void add(TestLibrary lib, String id, String published, String text, String... people) throws IOException {
        List<EntityMention> mentions = new ArrayList<>();
        for (String p : people) {
            int at = text.indexOf(p);
            mentions.add(new EntityMention(new TextRange(at, at + p.length()), EntityType.PERSON, p, null));
        }
        int open = text.indexOf('"');
        int close = text.indexOf('"', open + 1);
        String speaker = text.substring(close + 2, text.lastIndexOf(" said"));
        if (speaker.equals("Anna")) {
            mentions.add(new EntityMention(new TextRange(close + 2, close + 6), EntityType.PERSON, "Anna", null));
        }
        mentions.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        Quote quote = new Quote(new TextRange(open, text.length()), new TextRange(open + 1, close), QuoteKind.DIRECT, speaker,
                new TextRange(close + 2, close + 2 + speaker.length()), "said");
        Article a = Article.of(id, "Harbour news " + id, text, List.of(new TextRange(0, text.length()))).withPublished(published);
        lib.library.add(new LibraryEntry(new AnalyzedArticle(a, List.of(), mentions, List.of(quote), List.of()), null, "gazette", id));
    }
}
