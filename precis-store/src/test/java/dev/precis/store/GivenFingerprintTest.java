package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A caller that fingerprinted an article's text already (ingest --analyzed) gives it to the library, which uses it as its own. */
class GivenFingerprintTest {

    private static final String TEXT = "The lighthouse keepers of Skerrow Point handed over the lamp to an automatic beacon on Sunday.\n\n"
            + "The last keeper, Ina Dallow, said the island would miss the light that was tended by hand for a century.";

    @TempDir
    Path dir;

    @Test
    void theCopyCheckAndThePrepareTakeTheGivenFingerprint() throws Exception {
        AnalyzedArticle a = Fixtures.analyzed("keeper", "The last keeper leaves Skerrow Point", TEXT, "2024-09-01", List.of(), List.of());
        ContentFingerprint fp = ContentFingerprint.of(TEXT);
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            assertThat(lib.knows(null, fp)).isFalse();
            Library.Prepared given = lib.prepare(new LibraryEntry(a, null, "wire", "wire/keeper"), fp, null, null);
            assertThat(given.fingerprint()).isSameAs(fp);
            // the same as the library computes without it
            Library.Prepared own = lib.prepare(new LibraryEntry(a, null, "wire", "wire/keeper"));
            assertThat(own.fingerprint().contentHash()).isEqualTo(fp.contentHash());
            assertThat(own.fingerprint().minhash()).containsExactly(fp.minhash());
            lib.add(given);
            // the copy check by fingerprint answers as the one by text, for the stored text and another
            assertThat(lib.knows(null, fp)).isTrue().isEqualTo(lib.knows(null, TEXT));
            String other = TEXT.replace("Sunday", "Monday");
            assertThat(lib.knows(null, ContentFingerprint.of(other))).isFalse().isEqualTo(lib.knows(null, other));
        }
    }
}
