package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.Counts;
import dev.precis.store.ArticleRef;
import dev.precis.store.ArticleView;
import dev.precis.store.EntityCount;
import dev.precis.store.Library;
import dev.precis.store.Neighbours;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis show ID}: an article with its summary, entities, quotes, times, related and story. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one article of the library.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's number, as `precis search` lists it.") long id;

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        try (Library lib = library.openExisting()) {
            ArticleView v = lib.article(id).orElseThrow(() -> new UserInputException("no article " + id + " in the library"));
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(v));
                out.flush();
                return 0;
            }
            out.println("#" + v.id() + "  " + v.article().title());
            // what an article does not carry reads as "none", not as Java's "null"
            out.println("source: " + orNone(v.source()) + "   published: " + orNone(v.article().published()) + "   url: " + orNone(v.article().url()));
            if (v.declaredPublished() != null) {
                // the page is dated by a later change; the publication it declares is kept beside that date
                out.println("first published: " + v.declaredPublished());
            }
            if (v.textNote() != null) {
                out.println("note: " + v.textNote());
            }
            out.println();
            out.println("Summary:");
            v.summary().forEach(s -> out.println("  - " + s));
            out.println();
            out.println("Entities: " + entityLine(v.entities()));
            v.quotes().forEach(q -> out.println("Quote (" + q.kind().name().toLowerCase() + ", " + (q.speaker() == null ? "speaker unknown" : q.speaker()) + "): "
                    + q.content().slice(v.article().text())));
            v.times().forEach(t -> out.println("Time: " + t.range().slice(v.article().text()) + " = "
                    + (t.value() == null ? "not resolved to a date" : t.value())));
            out.println();
            if (v.story() != null) {
                out.println("Story #" + v.story().id() + " (" + Counts.of(v.story().size(), "article", "articles") + "): " + v.story().title());
            }
            out.println("Related:");
            for (ArticleRef r : v.related()) {
                out.printf("  %6d  %.2f  %s [%s]%n", r.id(), r.score(), r.title(), r.source());
            }
            nav(out, "library", v.inLibrary());
            nav(out, "source", v.inSource());
            nav(out, "story", v.inStory());
            v.copies().forEach(c -> out.println("Also seen as " + c));
            out.println();
            out.println(v.article().text());
            out.flush();
        }
        return 0;
    }

    /**
     * The first 15 entities by name; a name the article carries under two types ("Russia" the place and
     * "Russia" the government) says which is which, so the line never reads "Russia, Russia".
     */
    static String entityLine(List<EntityCount> entities) {
        List<EntityCount> shown = entities.stream().limit(15).toList();
        Map<String, Long> perName = shown.stream().collect(Collectors.groupingBy(EntityCount::canonical, Collectors.counting()));
        return shown.stream()
                .map(e -> perName.get(e.canonical()) > 1 ? e.canonical() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")" : e.canonical())
                .collect(Collectors.joining(", "));
    }

    private static void nav(PrintWriter out, String scope, Neighbours n) {
        out.println("In " + scope + ": previous " + (n.previous() == null ? "-" : "#" + n.previous().id())
                + ", next " + (n.next() == null ? "-" : "#" + n.next().id()));
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "none" : value;
    }
}
