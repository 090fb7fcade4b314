package dev.precis.cli;

import dev.precis.model.Counts;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.store.Library;
import dev.precis.store.SearchHit;
import dev.precis.store.SearchQuery;
import dev.precis.store.SearchResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code precis search}: full text, entity fields, dates and sources. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the library. Fields: title: body: person: organization: location: entity: source:")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Words to find (all of them), \"a phrase\", OR, -word, field:word, e.g. 'OSCE Malta' or 'person:Lavrov'.")
    String query = "";

    @Mixin
    LibraryOptions library = new LibraryOptions();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only articles published on or after this day.") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only articles published on or before this day.") String to;
    @Option(names = "--source", description = "Only articles of this source (its name, as `precis search` lists them).") String source;
    @Option(names = "--entity", description = "Only articles that mention this entity (person, organization, place).") String entity;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date (default ${DEFAULT-VALUE}).") String sort;
    @Option(names = "--limit", defaultValue = "10", description = "Most articles to list (default ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new UserInputException("--sort must be relevance or date, got " + sort);
        }
        if (limit < 1) {
            throw new UserInputException("--limit must be >= 1, got " + limit);
        }
        SearchQuery q = new SearchQuery(query, date("--from", from), date("--to", to), source, entity, sort.equals("date"), limit);
        try (Library lib = library.openExisting()) {
            SearchResult r = lib.search(q);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.json) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
            } else {
                out.println(Counts.of(r.total(), "matching article", "matching articles") + (r.sources().isEmpty() ? "" : " " + r.sources()));
                for (SearchHit h : r.hits()) {
                    out.printf("%6d  %s  [%s%s]%n        %s%n", h.articleId(), h.title(), h.source() == null ? "" : h.source(),
                            h.published() == null ? "" : ", " + h.published(), h.snippet());
                }
            }
            out.flush();
        }
        return 0;
    }

    static LocalDate date(String flag, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserInputException(flag + " must be a date like 2024-12-05, got " + value);
        }
    }
}
