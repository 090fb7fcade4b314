package dev.precis.store;

import static dev.precis.store.LibraryContract.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.EntityType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One entity page per person across the library, whatever the spelling, run against every supported database. */
abstract class PersonPagesContract {

    @TempDir
    Path dir;

    /** A fresh, empty library configuration. */
    abstract LibraryConfig config(Path dataDir) throws Exception;

    @Test
    void oneEntityPagePerPersonWhateverTheSpellingOrASurnameAlone() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long first = lib.add(entry(Fixtures.analyzed("a", "Talks", "Sergey Lavrov met envoys in Valletta on Monday.",
                    "2022-01-28", List.of("Sergey Lavrov"), List.of()), "wire")).articleId();
            long second = lib.add(entry(Fixtures.analyzed("b", "Talks again", "Sergei Lavrov flew to Malta for more talks.",
                    "2024-12-05", List.of("Sergei Lavrov"), List.of()), "wire")).articleId();
            long third = lib.add(entry(Fixtures.analyzed("c", "Reply", "Lavrov answered the critics of the treaty in a letter.",
                    "2024-12-06", List.of("Lavrov"), List.of()), "wire")).articleId();
            EntityView page = lib.entity("Sergey Lavrov", EntityType.PERSON).orElseThrow();
            assertThat(page.articles()).extracting(ArticleRef::id).containsExactly(first, second, third);
            // the other spelling and the surname alone open the same page, under the stored name
            assertThat(lib.entity("Sergei Lavrov", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Sergey Lavrov");
            assertThat(lib.entity("Lavrov", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Sergey Lavrov");
        }
    }

    @Test
    void aShortGivenNameOrAParticleLeftOutIsTheSamePage() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long first = lib.add(entry(Fixtures.analyzed("a", "Tax", "Vincent Harrowgate attacked the tax plan.",
                    "2023-03-06", List.of("Vincent Harrowgate"), List.of()), "wire")).articleId();
            long second = lib.add(entry(Fixtures.analyzed("b", "Tax again", "Vince Harrowgate said the plan would fail.",
                    "2023-03-07", List.of("Vince Harrowgate"), List.of()), "wire")).articleId();
            long third = lib.add(entry(Fixtures.analyzed("c", "Debt", "Julio de Pallares met the bankers in Lima.",
                    "2023-03-08", List.of("Julio de Pallares"), List.of()), "wire")).articleId();
            long fourth = lib.add(entry(Fixtures.analyzed("d", "Debt again", "De Pallares said the debt would be paid.",
                    "2023-03-09", List.of("De Pallares"), List.of()), "wire")).articleId();
            assertThat(lib.entity("Vincent Harrowgate", EntityType.PERSON).orElseThrow().articles())
                    .extracting(ArticleRef::id).containsExactly(first, second);
            assertThat(lib.entity("Julio de Pallares", EntityType.PERSON).orElseThrow().articles())
                    .extracting(ArticleRef::id).containsExactly(third, fourth);
            assertThat(lib.entity("Vince Harrowgate", EntityType.PERSON).orElseThrow().canonical())
                    .isEqualTo("Vincent Harrowgate");
        }
    }

    @Test
    void aSurnameTwoPeopleShareOrADifferentGivenNameFindsNoPage() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            lib.add(entry(Fixtures.analyzed("a", "Harbour", "Marta Quillan opened the new harbour wall on Monday.",
                    "2023-03-06", List.of("Marta Quillan"), List.of()), "wire"));
            lib.add(entry(Fixtures.analyzed("b", "Ferry", "Tomas Quillan ran the ferry across the bay for years.",
                    "2023-03-07", List.of("Tomas Quillan"), List.of()), "wire"));
            assertThat(lib.entity("Quillan", EntityType.PERSON)).isEmpty();
            assertThat(lib.entity("Petra Quillan", EntityType.PERSON)).isEmpty();
            assertThat(lib.entity("Marta Quilan", EntityType.PERSON).orElseThrow().canonical()).isEqualTo("Marta Quillan");
            assertThat(lib.entity("Quillan", EntityType.LOCATION)).isEmpty();
        }
    }

    @Test
    void aLoneWordTwoLettersFromTheOnlyPersonOfThatSurnameStaysItsOwnEntity() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            lib.add(entry(Fixtures.analyzed("a", "Harbour", "Marta Quillan opened the new harbour wall on Monday.",
                    "2023-03-06", List.of("Marta Quillan"), List.of()), "wire"));
            long slip = lib.add(entry(Fixtures.analyzed("b", "Wall", "Quillen said the wall would hold.",
                    "2023-03-07", List.of("Quillen"), List.of()), "wire")).articleId();
            long other = lib.add(entry(Fixtures.analyzed("c", "Market", "Quyllen opened a market stall by the quay.",
                    "2023-03-08", List.of("Quyllen"), List.of()), "wire")).articleId();
            assertThat(lib.entity("Marta Quillan", EntityType.PERSON).orElseThrow().articles())
                    .extracting(ArticleRef::id).contains(slip).doesNotContain(other);
            assertThat(lib.entity("Quyllen", EntityType.PERSON).orElseThrow().articles())
                    .extracting(ArticleRef::id).containsExactly(other);
        }
    }
}
