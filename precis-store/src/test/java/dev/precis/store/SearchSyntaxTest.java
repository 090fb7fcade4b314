package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people type into a search box is searched, never a parser error or a crash. */
class SearchSyntaxTest {

    private static final String TEXT = "The band AC/DC played a 1/2 hour encore in Valletta.\n\n"
            + "Fans of AC/DC said the treaty of rock was signed that night.";

    @TempDir
    Path dir;
    long id;

    @BeforeEach
    void add() throws Exception {
        AnalyzedArticle a = Fixtures.analyzed("acdc", "AC/DC in Valletta", TEXT, "2024-03-10", List.of(), List.of());
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            id = lib.add(new LibraryEntry(a, null, "wire", "wire/acdc")).articleId();
        }
    }

    private List<Long> hits(String query) throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            return lib.search(SearchQuery.of(query)).hits().stream().map(SearchHit::articleId).toList();
        }
    }

    @Test
    void aSlashIsAnOrdinaryCharacter() throws Exception {
        assertThat(hits("AC/DC")).containsExactly(id);
        assertThat(hits("1/2 hour")).containsExactly(id);
    }

    @Test
    void strayQuotesAndParenthesesAreSearchedAsPlainWords() throws Exception {
        assertThat(hits("\"treaty of rock")).containsExactly(id);
        assertThat(hits("encore (Valletta")).containsExactly(id);
        assertThat(hits("Valletta)")).containsExactly(id);
    }

    @Test
    void aSyntaxCharacterStandingAloneIsTextNotAnOperator() throws Exception {
        // "encore" is in the body only; main found nothing for "encore !", "encore *", "encore -" (the lone
        // character was parsed as an operator on the field names), and "Valletta \"" lost the body's hit
        for (String q : new String[] {"encore !", "encore *", "encore -", "encore +", "encore ?", "encore ~", "encore ^",
                "encore :", "encore \"", "\" encore", "encore \\", "! encore", "encore ...", "encore — Valletta", "encore && Valletta"}) {
            assertThat(hits(q)).as(q).containsExactly(id);
        }
        for (String q : new String[] {"\"", "!", "*", "-", "+", ":", "\\", "? ~ ^", "...", "encore && nothing"}) {
            assertThat(hits(q)).as(q).isEmpty();
        }
        assertThat(hits("nothing || encore")).containsExactly(id);
        assertThat(hits("( encore )")).containsExactly(id);
    }

    @Test
    void aDanglingOperatorIsDroppedNotAnError() throws Exception {
        assertThat(hits("Valletta AND")).containsExactly(id);
        assertThat(hits("OR encore")).containsExactly(id);
        assertThat(hits("NOT")).isEmpty();
        assertThat(hits("title:(")).isEmpty();
    }

    @Test
    void queryLanguageStillWorks() throws Exception {
        assertThat(hits("title:Valletta AND (encore OR nothing)")).containsExactly(id);
        assertThat(hits("\"treaty of rock\" -encore")).isEmpty();
    }

    @Test
    void deepNestingIsNoStackOverflow() throws Exception {
        String deep = "(".repeat(5_000) + "encore" + ")".repeat(5_000);
        assertThat(hits(deep)).containsExactly(id);
        assertThat(hits("(".repeat(5_000))).isEmpty();
    }

    @Test
    void tooManyWordsIsOneLineError() throws Exception {
        String many = "encore ".repeat(QueryTextLimits.clauses() + 10);
        assertThatThrownBy(() -> hits(many)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the query has too many words");
    }

    /** Lucene's clause limit, read so the test follows the library's setting. */
    static final class QueryTextLimits {
        static int clauses() {
            return org.apache.lucene.search.IndexSearcher.getMaxClauseCount();
        }
    }
}
