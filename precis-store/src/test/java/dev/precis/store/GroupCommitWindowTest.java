package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain group commits after its time window; a bulk load's group only by size, however long it has been open
 * (so a slow, loaded host commits as many groups as a quiet one); a plain group set to size only (a one-off ingest)
 * likewise by {@link GroupCommit#GROUP_SIZE} alone.
 */
class GroupCommitWindowTest {

    @TempDir
    Path dir;

    private Connection open() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        c.setAutoCommit(false);
        return c;
    }

    @Test
    void aBulkGroupIsDueBySizeAloneAndAPlainOneAlsoByItsAge() throws Exception {
        try (Connection c = open()) {
            GroupCommit group = new GroupCommit(c, new ArticleWriter(c), null, () -> { });
            long hour = TimeUnit.HOURS.toNanos(1);

            group.touch();
            long now = System.nanoTime();
            assertThat(group.dueAt(now)).isFalse();
            assertThat(group.dueAt(now + TimeUnit.MILLISECONDS.toNanos(GroupCommit.GROUP_WINDOW_MS) + 1)).isTrue();
            group.commit();

            group.startBulk();
            group.touch();
            now = System.nanoTime();
            assertThat(group.dueAt(now + hour)).as("an hour-old bulk group with one write").isFalse();
            // 4 × BULK_GROUP_SIZE writes make it due at once
            for (int i = 1; i < 4 * GroupCommit.BULK_GROUP_SIZE - 1; i++) {
                group.touch();
            }
            assertThat(group.dueAt(now + hour)).isFalse();
            group.touch();
            assertThat(group.dueAt(now)).isTrue();
            group.stopBulkIndexer();
            group.stopTimer();
        }
    }

    @Test
    void aPlainGroupSetToSizeOnlyIsDueBySizeAloneUntilTheWindowIsRestored() throws Exception {
        try (Connection c = open()) {
            GroupCommit group = new GroupCommit(c, new ArticleWriter(c), null, () -> { });
            long hour = TimeUnit.HOURS.toNanos(1);
            group.sizeOnly(true);

            group.touch();
            long now = System.nanoTime();
            assertThat(group.dueAt(now + hour)).as("an hour-old size-only group with one write").isFalse();
            for (int i = 1; i < 4 * GroupCommit.GROUP_SIZE - 1; i++) {
                group.touch();
            }
            assertThat(group.dueAt(now + hour)).isFalse();
            group.touch();
            assertThat(group.dueAt(now)).as("4 × GROUP_SIZE writes").isTrue();
            group.commit();

            group.sizeOnly(false);
            group.touch();
            now = System.nanoTime();
            assertThat(group.dueAt(now + TimeUnit.MILLISECONDS.toNanos(GroupCommit.GROUP_WINDOW_MS) + 1))
                    .as("the window restored").isTrue();
            group.commit();
            group.stopTimer();
        }
    }
}
