package dev.precis.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration of the library's schema ({@link Database#flyway} registers each one explicitly, so no class-path
 * scan or naming convention is needed): its version and description, no checksum, run inside Flyway's transaction.
 */
abstract class StoreMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    StoreMigration(String version, String description) {
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
}
