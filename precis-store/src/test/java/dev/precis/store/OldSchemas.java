package dev.precis.store;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.baseline.BaselineMigrationConfigurationExtension;

/**
 * For tests that build a library of an older schema: Flyway replaying the migrations one by one up to a target,
 * as libraries made before the baseline script ({@code db/h2/B1_12__library.sql}) were built. Without this an empty
 * H2 database starts from the baseline, whatever the target.
 */
final class OldSchemas {

    private OldSchemas() {
    }

    /** {@code f} with no file taken for a baseline script (none has this prefix). */
    static FluentConfiguration replay(FluentConfiguration f) {
        f.getConfigurationExtension(BaselineMigrationConfigurationExtension.class).setBaselineMigrationPrefix("NOBASELINE");
        return f;
    }

    /** The library's Flyway ({@link Database#flyway}), replaying. */
    static FluentConfiguration flyway(String url, String password) {
        return replay(Database.flyway(url, password));
    }
}
