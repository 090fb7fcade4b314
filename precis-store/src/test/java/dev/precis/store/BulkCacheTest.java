package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's page cache is larger during a bulk load and set back to what it was when the load ends, and no cache size is
 * stored in the library for it.
 */
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

    @Test
    void aLibraryBulkLoadEndsWithTheCacheItStartedWith() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long before = cacheKb(lib);
            lib.bulkLoad(true);
            assertThat(cacheKb(lib)).isGreaterThan(before);
            lib.bulkLoad(false);
            assertThat(cacheKb(lib)).isEqualTo(before);
        }
    }

    @Test
    void aBulkCacheLeavesNoCacheSizeInTheDatabase() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE notes(id INT PRIMARY KEY)");
            }
            c.commit();
            BulkCache cache = new BulkCache(c);
            long before = cache.current();
            cache.start();
            assertThat(cache.current()).isGreaterThan(before);
            cache.stop();
            assertThat(cache.current()).isEqualTo(before);
            // H2 writes a SET CACHE_SIZE it was sent into the database; the bulk cache sends it none
            assertThat(script(c)).contains("CREATE CACHED TABLE").doesNotContain("CACHE_SIZE");
            // the statement (the way a bulk load set it before) writes one
            try (Statement s = c.createStatement()) {
                s.execute("SET CACHE_SIZE " + before);
            }
            assertThat(script(c)).contains("SET CACHE_SIZE " + before);
        }
    }

    private static String script(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT NODATA")) {
            StringBuilder script = new StringBuilder();
            while (rs.next()) {
                script.append(rs.getString(1)).append('\n');
            }
            return script.toString();
        }
    }

    private long cacheKb(Library lib) throws Exception {
        // the library's own database, read through a second connection of this JVM
        try (Connection c = DriverManager.getConnection(LibraryConfig.embedded(dir).effectiveJdbcUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertThat(rs.next()).isTrue();
            return Long.parseLong(rs.getString(1).trim()) * 1024; // MB
        }
    }
}
