package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link BulkCache} (off in the product): H2's page cache raised for a bulk load and set back to what it was when it ends. */
class BulkCacheTest {

    @TempDir
    Path dir;

    @Test
    void theBulkCacheIsAnEighthOfTheHeapAtMostAndNeverSmallerThanTheCacheBefore() {
        assertThat(BulkCache.bulkKb(16 * 1024, 8L << 30)).isEqualTo(256 * 1024);
        assertThat(BulkCache.bulkKb(16 * 1024, 512L << 20)).isEqualTo(64 * 1024);
        assertThat(BulkCache.bulkKb(16 * 1024, 64L << 20)).isEqualTo(16 * 1024);
        assertThat(BulkCache.bulkKb(512 * 1024, 8L << 30)).isEqualTo(512 * 1024);
    }

    @Test
    void aBulkLoadRaisesTheCacheAndItsEndSetsItBack() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE 8192");
            }
            BulkCache cache = new BulkCache(c);
            cache.start();
            long during = cache.current();
            assertThat(during).isEqualTo(BulkCache.bulkKb(8192, Runtime.getRuntime().maxMemory())).isGreaterThan(8192);
            cache.start(); // a second start keeps the value from before the first
            cache.stop();
            assertThat(cache.current()).isEqualTo(8192);
            cache.stop(); // nothing to set back
            assertThat(cache.current()).isEqualTo(8192);
        }
    }
}
