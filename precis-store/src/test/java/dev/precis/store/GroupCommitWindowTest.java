package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When an open group is due to commit, read from a clock the test moves (no database: only the timing is asked). */
class GroupCommitWindowTest {

    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(5_000 * MS);
    private final GroupCommit group = new GroupCommit(null, null, null, () -> { }, now::get);

    @Test
    void anEmptyGroupIsNeverDue() {
        now.addAndGet(60_000 * MS);
        assertThat(group.due()).isFalse();
    }

    @Test
    void aLoneWriteCommitsOnceTheWindowPassesWithoutAnother() {
        group.touch();
        now.addAndGet(GroupCommit.GROUP_WINDOW_MS * MS - 1);
        assertThat(group.due()).isFalse();
        now.addAndGet(1);
        assertThat(group.due()).isTrue();
    }

    @Test
    void writesThatKeepComingHoldTheGroupUntilItsLongestAge() {
        group.touch();
        long step = GroupCommit.GROUP_WINDOW_MS / 2;
        for (long t = step; t < GroupCommit.GROUP_MAX_AGE_MS; t += step) {
            now.addAndGet(step * MS);
            assertThat(group.due()).as("%d ms", t).isFalse();
            group.touch();
        }
        now.set(5_000 * MS + GroupCommit.GROUP_MAX_AGE_MS * MS);
        assertThat(group.due()).isTrue();
    }

    @Test
    void aGroupOfManyWritesIsDueAtOnce() {
        for (int i = 0; i < 4 * GroupCommit.GROUP_SIZE; i++) {
            group.touch();
            now.addAndGet(MS);
            assertThat(group.due()).as("after %d writes", i + 1).isEqualTo(i + 1 == 4 * GroupCommit.GROUP_SIZE);
        }
    }
}
