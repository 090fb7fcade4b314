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

    @Option(names = "--min-size", defaultValue = "2", description = "Only stories of at least this many articles (default ${DEFAULT-VALUE}).")
    int minSize;
    @Option(names = "--limit", defaultValue = "50", description = "Stories per page (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--offset", defaultValue = "0", description = "Stories to skip, for the next pages (default ${DEFAULT-VALUE}).")
    int offset;
    @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || offset < 0) {
            throw new UserInputException("--limit must be >= 1 and --offset >= 0, got " + limit + " and " + offset);
        }
        if (minSize < 1) {
            // main listed every story "of at least -1 articles"; the API refuses minSize below 1 too
            throw new UserInputException("--min-size must be at least 1, got " + minSize);
        }
        try (Library lib = library.openExisting()) {
            List<StoryInfo> stories = lib.stories(minSize, offset, limit);
            int total = lib.storyCount(minSize);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(stories));
            } else {
                out.println(pageLine(total, minSize, offset, stories.size()));
                for (StoryInfo s : stories) {
                    out.printf("%6d  %3d articles  %s  [%s]%n", s.id(), s.size(), s.title(), String.join(", ", s.keyEntities()));
                }
            }
            out.flush();
        }
        return 0;
    }

    /** "stories 51–100 of 213 (of at least 2 articles); next page: --offset 100". */
    static String pageLine(int total, int minSize, int offset, int shown) {
        String range = shown == 0 ? "no stories" : "stories " + (offset + 1) + "–" + (offset + shown);
        String next = offset + shown < total ? "; next page: --offset " + (offset + shown) : "";
        return range + " of " + total + " (of at least " + dev.precis.model.Counts.of(minSize, "article", "articles") + ")" + next;
    }
}
