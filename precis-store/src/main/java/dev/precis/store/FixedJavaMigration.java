package dev.precis.store;

import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration registered by {@link Database#flyway} (not found by a class-path scan, so its version and
 * description are given here rather than read from a class name): run in a transaction, without a checksum.
 */
abstract class FixedJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    FixedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /** Narrows Flyway's {@code throws Exception}, so {@link FreshSchema} runs these as plain JDBC work. */
    @Override
    public abstract void migrate(Context context) throws SQLException;
}
