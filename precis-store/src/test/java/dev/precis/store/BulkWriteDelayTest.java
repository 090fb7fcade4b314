package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's write delay during a bulk load: set for a file database, put back after, other databases left alone. */
class BulkWriteDelayTest {

    @TempDir
    Path dir;

    private static int writeDelay(Connection c) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            r.next();
            return Integer.parseInt(r.getString(1));
        }
    }

    @Test
    void aFileDatabaseWritesWithTheDelayDuringTheLoadAndGetsItsOwnBackAfter() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("t") + ";WRITE_DELAY=0")) {
            c.setAutoCommit(false);
            BulkWriteDelay delay = new BulkWriteDelay(c);
            delay.start();
            assertThat(writeDelay(c)).isEqualTo(BulkWriteDelay.DELAY_MS);
            delay.start(); // a second start keeps the delay to put back
            delay.stop();
            assertThat(writeDelay(c)).isZero();
            delay.stop(); // nothing to put back
            assertThat(writeDelay(c)).isZero();
        }
    }

    @Test
    void anInMemoryDatabaseIsLeftAsItIs() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:bulkdelay;WRITE_DELAY=0")) {
            BulkWriteDelay delay = new BulkWriteDelay(c);
            delay.start();
            assertThat(writeDelay(c)).isZero();
            delay.stop();
            assertThat(writeDelay(c)).isZero();
        }
    }
}
