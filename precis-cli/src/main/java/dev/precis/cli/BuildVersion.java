package dev.precis.cli;

import dev.precis.model.PrecisVersion;
import picocli.CommandLine;

/** {@code --version} on every command: the version the build stamped ({@link PrecisVersion}). */
final class BuildVersion implements CommandLine.IVersionProvider {

    /** e.g. {@code 0.1.0-SNAPSHOT}; "dev" when the build did not stamp it (running from unfiltered sources). */
    static String version() {
        return PrecisVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"precis " + version()};
    }
}
