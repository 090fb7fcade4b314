package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import dev.precis.store.EntityCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis show ID} in text: what an article lacks reads as words, not as Java's "null". */
class ShowCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUndatedTextWithoutAddressShowsNoneAndCountsAgree() throws Exception {
        Path note = dir.resolve("ferry.txt");
        Files.writeString(note, "Ferry returns\n\nThe island ferry sailed again after a winter of repairs, the harbour office said.");
        Path lib = dir.resolve("lib");
        assertThat(CliRun.of("ingest", "--quiet", "--data", lib.toString(), note.toString()).exitCode()).isZero();
        CliRun show = CliRun.of("show", "--data", lib.toString(), "1");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("published: none").contains("url: none").doesNotContain("null")
                .doesNotContain("(1 articles)").doesNotContain("first published");
    }

    @Test
    void aNameUnderTwoTypesSaysWhichIsWhichAndOthersStayBare() {
        String line = ShowCommand.entityLine(List.of(
                new EntityCount("Russia", EntityType.LOCATION, 4),
                new EntityCount("Mira Holt", EntityType.PERSON, 3),
                new EntityCount("Russia", EntityType.ORGANIZATION, 2)));
        assertThat(line).isEqualTo("Russia (location), Mira Holt, Russia (organization)");
    }

    @Test
    void anArticleStoredFromItsFeedsTextSaysSo() throws Exception {
        String note = "stored from the feed's own text (the page could not be fetched: HTTP status 404)";
        Path lib = dir.resolve("lib");
        try (dev.precis.store.Library l = dev.precis.store.Library.open(dev.precis.store.LibraryConfig.embedded(lib))) {
            dev.precis.model.Article pier = dev.precis.model.Article.of("pier", "Pier to be rebuilt",
                    "The harbour council of Lowmere voted to rebuild the old stone pier.", List.of());
            l.add(new dev.precis.store.LibraryEntry(dev.precis.model.AnalyzedArticle.ofSentences(pier, List.of()), null, "Gazette",
                    "https://gazette.example/news/pier").withTextNote(note));
        }
        CliRun show = CliRun.of("show", "--data", lib.toString(), "1");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("\nnote: " + note + "\n");
        assertThat(CliRun.of("show", "--data", lib.toString(), "1", "--format", "json").out())
                .contains("\"textNote\" : \"stored from the feed's own text");
    }

    @Test
    void anArticleDatedByALaterChangeShowsThePublicationItsPageDeclared() throws Exception {
        Path lib = dir.resolve("lib");
        try (dev.precis.store.Library l = dev.precis.store.Library.open(dev.precis.store.LibraryConfig.embedded(lib))) {
            dev.precis.model.Article starter = dev.precis.model.Article.of("starter", "Keeping a sourdough starter",
                    "A sourdough starter needs only flour, water and patience in its first week.", List.of())
                    .withPublished("2023-11-08T10:00:00-05:00");
            l.add(new dev.precis.store.LibraryEntry(dev.precis.model.AnalyzedArticle.ofSentences(starter, List.of()), null, "Kitchen",
                    "https://kitchen.example/starter").withDeclaredPublished("2022-05-03T08:15:00-04:00"));
        }
        CliRun show = CliRun.of("show", "--data", lib.toString(), "1");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("published: 2023-11-08T10:00:00-05:00")
                .contains("\nfirst published: 2022-05-03T08:15:00-04:00\n");
        assertThat(CliRun.of("show", "--data", lib.toString(), "1", "--format", "json").out())
                .contains("\"declaredPublished\" : \"2022-05-03T08:15:00-04:00\"");
    }
}
