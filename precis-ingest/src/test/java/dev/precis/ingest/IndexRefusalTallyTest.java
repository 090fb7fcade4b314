package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.store.AddResult;
import org.junit.jupiter.api.Test;

/**
 * Where a one-off load puts an article the index refused: one it added or refreshed becomes its input's failure (out of
 * the added or refreshed count, so the counts still add up); one another load added (refused when its story moved during
 * this one) is one note naming the article, not a failure of this load's input.
 */
class IndexRefusalTallyTest {

    @Test
    void anAddedOrRefreshedArticleIsItsInputsFailureAnotherLoadsIsANote() {
        IngestTally t = new IngestTally(3, System.nanoTime(), p -> { });
        t.count(new AddResult(AddResult.Status.ADDED, 5, 1), "notes/pier.txt");
        t.count(new AddResult(AddResult.Status.REFRESHED, 6, 2), "https://example.org/feed.xml#item-2");
        t.count(new AddResult(AddResult.Status.ADDED, 8, 3), "notes/ferry.txt");

        IngestFailure added = t.indexRefused(5, "cannot index: invented index fault");
        assertThat(added).isEqualTo(new IngestFailure("notes/pier.txt", "cannot index: invented index fault"));
        IngestFailure refreshed = t.indexRefused(6, "cannot index: invented index fault");
        assertThat(refreshed).isEqualTo(new IngestFailure("https://example.org/feed.xml#item-2", "cannot index: invented index fault"));
        assertThat(t.indexRefused(7, "cannot index: invented index fault")).isNull();

        IngestReport r = t.report(0);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.refreshed()).isZero();
        assertThat(r.notes()).containsExactly("article 7 (stored before this load): cannot index: invented index fault; it stays"
                + " stored and in its story, and is searchable after the library next opens");
    }
}
