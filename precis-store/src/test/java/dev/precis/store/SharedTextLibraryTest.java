package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link StoryParams#sharedText()} in a library: stored features without the shared closing lines, also across an open. */
class SharedTextLibraryTest {

    private static final String CLOSING = " For interviews, call Dorin Pashek at Harlow Dale Press on 555 0171 or write to"
            + " desk at harlow dale. Harlow Dale Press publishes news releases for boatyards, chandlers and marinas"
            + " along the northern coast.";

    private static final String MASTS = "A boatyard in Fenwick will build carbon masts for racing yachts from next spring."
            + " The yard has hired twelve riggers and bought an autoclave for curing the masts. Each mast is wound"
            + " from carbon tape around a steel mould, cured overnight and then sanded by hand; the first order, for a"
            + " crew from the Orran sailing club, is due in April. The yard built wooden fishing boats until the"
            + " nineteen-eighties and later repaired pleasure craft, and its owners say racing work pays better." + CLOSING;

    private static final String FERRY = "The island ferry will carry electric cars free of charge through the winter."
            + " Chandlers on the quay expect more visitors, and the harbour will add charging points. The island"
            + " council pays for the crossings from a fund for cleaner transport, and islanders have asked that the"
            + " offer be kept for delivery vans as well. The ferry company says the crossing takes forty minutes and"
            + " that bookings for December are already twice those of last year, when only petrol cars paid a fare." + CLOSING;

    @Test
    @Timeout(60)
    void aReleaseAddedAfterAnOpenLosesTheClosingLinesOfOneAddedBeforeItAsInOneSession(@TempDir Path dir) throws Exception {
        long ferryId;
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("two")))) {
            lib.add(entry("masts", MASTS));
        }
        Map<Long, ArticleFeatures> reopened;
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("two")))) {
            ferryId = lib.add(entry("ferry", FERRY)).articleId();
            reopened = stored(lib);
        }
        Map<Long, ArticleFeatures> oneSession;
        long ferryInOne;
        try (Library lib = Library.open(LibraryConfig.embedded(dir.resolve("one")))) {
            lib.add(entry("masts", MASTS));
            ferryInOne = lib.add(entry("ferry", FERRY)).articleId();
            oneSession = stored(lib);
        }
        ArticleFeatures ferry = reopened.get(ferryId);
        assertThat(ferry.terms()).containsKey("ferry").containsKey("chandlers")
                .doesNotContainKey("interviews").doesNotContainKey("marinas").doesNotContainKey("boatyards");
        assertThat(ferry.terms()).isEqualTo(oneSession.get(ferryInOne).terms());
        assertThat(ferry.keys()).isEqualTo(oneSession.get(ferryInOne).keys());
        // the first release keeps its whole text: nothing came before it
        ArticleFeatures masts = oneSession.values().stream().filter(f -> f.terms().containsKey("masts")).findFirst().orElseThrow();
        assertThat(masts.terms()).containsKey("marinas");
    }

    private static Map<Long, ArticleFeatures> stored(Library lib) throws Exception {
        try (Statement s = lib.connection().createStatement()) {
            return StoredStoryFeatures.features(s);
        }
    }

    private static LibraryEntry entry(String id, String text) {
        return Fixtures.summarisedWhole(Fixtures.analyzed(id, "Release " + id, text, "2024-05-02", List.of(), List.of()), "wire");
    }
}
