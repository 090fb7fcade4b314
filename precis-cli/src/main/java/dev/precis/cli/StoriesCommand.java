package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.store.Library;
import dev.precis.store.StoryInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code precis stories}: the library's stories, largest first. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "List stories (clusters of articles on one topic).")
final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--min-size", defaultValue = "2") int minSize;
    @Option(names = "--limit", defaultValue = "50") int limit;
    @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        try (Library lib = library.open()) {
            List<StoryInfo> stories = lib.stories(minSize, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(stories));
            } else {
                for (StoryInfo s : stories) {
                    out.printf("%6d  %3d articles  %s  [%s]%n", s.id(), s.size(), s.title(), String.join(", ", s.keyEntities()));
                }
            }
            out.flush();
        }
        return 0;
    }
}
