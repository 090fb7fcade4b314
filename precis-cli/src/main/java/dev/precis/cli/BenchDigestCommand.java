package dev.precis.cli;

import dev.precis.server.digest.DigestFormats;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.Library;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis bench digest}: how long the digest of a library takes to build and render as HTML. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Build and render the digest of --data repeatedly; report the median and worst milliseconds after warm-up.")
final class BenchDigestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--since", defaultValue = "24h", description = "Window (default ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--limit", defaultValue = "10", description = "Stories (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", defaultValue = "20", description = "Measured rounds (default ${DEFAULT-VALUE}), after 5 warm-up rounds.")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || limit < 1) {
            throw new UserInputException("--rounds and --limit must be at least 1");
        }
        DigestWindow window;
        try {
            window = DigestWindow.parse(since, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--" + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Library lib = library.openExisting()) {
            double[] ms = new double[rounds];
            int chars = 0;
            int stories = 0;
            for (int i = -5; i < rounds; i++) {
                long t0 = System.nanoTime();
                Digest d = lib.digest(window, limit);
                chars = DigestFormats.html(d, "").length();
                stories = d.stories().size();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "bench digest: library %d articles, %d stories shown, %d characters of HTML: median %.1f ms, worst %.1f ms over %d rounds%n",
                    lib.size(), stories, chars, ms[ms.length / 2], ms[ms.length - 1], rounds);
        }
        return 0;
    }
}
