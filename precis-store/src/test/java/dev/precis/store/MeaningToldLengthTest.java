package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library told its encoder's vector length ({@link Library#meaningWith(java.util.function.Function, int)}) takes a
 * given vector of that length without running the encoder (which would load it only to learn the length), and
 * otherwise decides as a library not told: a vector of another length is replaced by the encoder's own.
 */
class MeaningToldLengthTest {

    @TempDir
    java.nio.file.Path dir;

    private static AnalyzedArticle article(String id) {
        return Fixtures.analyzed(id, "Ferry timetable changes at the harbour",
                "The harbour board moved the evening ferry to a later slot. Walkers on the pier welcomed it.",
                "2031-04-02", List.of(), List.of());
    }

    /** An encoder of 3-long vectors that counts its runs. */
    private static Function<AnalyzedArticle, float[]> encoder(AtomicInteger runs) {
        return a -> {
            runs.incrementAndGet();
            return new float[] {0, 0, 1};
        };
    }

    @Test
    void aGivenVectorOfTheToldLengthIsTakenWithoutRunningTheEncoder() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("told")))) {
            lib.meaningWith(encoder(runs), 3);
            Library.Prepared p = lib.prepare(new LibraryEntry(article("a"), null, "wire", "wire/a"), new float[] {1, 0, 0});
            assertThat(p.features().meaning()).containsExactly(1, 0, 0);
            assertThat(runs).as("the encoder is not run for a vector of its length").hasValue(0);
            // another length: the encoder's own vector, as before
            Library.Prepared q = lib.prepare(new LibraryEntry(article("b"), null, "wire", "wire/b"), new float[] {1, 0});
            assertThat(q.features().meaning()).containsExactly(0, 0, 1);
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void notToldTheEncoderRunsToLearnTheLength() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("untold")))) {
            lib.meaningWith(encoder(runs));
            Library.Prepared p = lib.prepare(new LibraryEntry(article("a"), null, "wire", "wire/a"), new float[] {1, 0, 0});
            assertThat(p.features().meaning()).containsExactly(1, 0, 0);
            assertThat(runs).hasValue(1);
            lib.prepare(new LibraryEntry(article("b"), null, "wire", "wire/b"), new float[] {0, 1, 0});
            assertThat(runs).as("learnt once").hasValue(1);
        }
    }
}
