package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.EntityType;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person only an article's old text named has no entity once the text is replaced: no page, not in the lists of
 * names, and no say in how later articles' names are filed (a lone surname is not taken for him); a later article
 * that names him again gives him a row again. On H2, and on PostgreSQL when {@code PRECIS_TEST_PG_URL} names one. The
 * texts are invented.
 */
class TextRefreshEntitiesTest {

    private static final String TEASER = "The harbour master, Osric Vane, said the old pier would close before the storms.";
    private static final String PAGE = "The council's engineer, Hedda Marlow, said the new pier would stand on concrete caissons.\n\n"
            + "Marlow said the work would begin in October and take nine weeks.";
    private static final String LATER = "A harbour master called Vane retired on Friday after thirty years at the quay.";
    private static final String AGAIN = "Osric Vane, the former harbour master, opened the new pier on Saturday.";

    @TempDir
    Path dir;
    @RegisterExtension
    final PostgresSchemas schemas = new PostgresSchemas();

    private static LibraryEntry entry(AnalyzedArticle a) {
        Summary summary = new Summary(a.article().id(), List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0)));
        return new LibraryEntry(a, summary, "gazette", "gazette/" + a.article().id());
    }

    @Test
    void aPersonOnlyTheOldTextNamedLeavesTheLibrary() throws Exception {
        personOnlyTheOldTextNamed(LibraryConfig.embedded(dir));
    }

    @Test
    void aPersonOnlyTheOldTextNamedLeavesTheLibraryOnPostgres() throws Exception {
        personOnlyTheOldTextNamed(new LibraryConfig(dir, schemas.freshUrl()));
    }

    private static void personOnlyTheOldTextNamed(LibraryConfig config) throws Exception {
        try (Library lib = Library.open(config)) {
            long pier = lib.add(entry(Fixtures.analyzed("p1", "Pier to close", TEASER, "2026-10-01", List.of("Osric Vane"), List.of())))
                    .articleId();
            assertThat(lib.entity("Osric Vane", EntityType.PERSON)).isPresent();
            AddResult r = lib.replaceText(pier, entry(Fixtures.analyzed("p1", "Pier to rest on caissons", PAGE, "2026-10-01",
                    List.of("Hedda Marlow"), List.of())));
            assertThat(r.status()).isEqualTo(AddResult.Status.REFRESHED);
            // main: his row stayed, and his page listed no article
            assertThat(lib.entity("Osric Vane", EntityType.PERSON)).isEmpty();
            assertThat(lib.entities(EntityType.PERSON, 10)).extracting(EntityCount::canonical).containsExactly("Hedda Marlow");
            assertThat(lib.entity("Hedda Marlow", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id)
                    .containsExactly(pier);

            // a lone surname is no longer filed under the person no article names
            long later = lib.add(entry(Fixtures.analyzed("v1", "Harbour master retires", LATER, "2026-10-09", List.of("Vane"), List.of())))
                    .articleId();
            assertThat(lib.entity("Osric Vane", EntityType.PERSON)).isEmpty();
            assertThat(lib.entity("Vane", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id).containsExactly(later);
            // and his full name named again is a new row (the deleted one's id is not reused)
            long again = lib.add(entry(Fixtures.analyzed("v2", "Pier opened", AGAIN, "2026-12-05", List.of("Osric Vane"), List.of())))
                    .articleId();
            assertThat(lib.entity("Osric Vane", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id)
                    .containsExactly(again);
            assertThat(lib.check().consistent()).isTrue();
        }
    }
}
