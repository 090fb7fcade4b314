package dev.precis.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Access to the evaluation data in {@code ../shared} beside the checkout. Tests that need it call
 * {@link #require(String)}, which skips the test with a clear message when the data is absent (a
 * user's fresh clone) and finds it in CI, where it is present.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder: system property {@code precis.shared}, else {@code ../shared} upwards. */
    public static Optional<Path> root() {
        String prop = System.getProperty("precis.shared");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Optional.of(Path.of(prop).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** {@code relative} inside the shared folder; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(),
                "../shared is not beside the checkout: skipping a test that reads evaluation data");
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), "../shared/" + relative + " is missing: skipping");
        return path;
    }
}
