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
    @Option(names = "--offset", defaultValue = "0", description = "Matching articles to skip, for the next pages (default ${DEFAULT-VALUE}).") int offset;
    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).") OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new UserInputException("--sort must be relevance or date, got " + sort);
        }
        if (limit < 1 || limit > SearchQuery.MAX_DEPTH) {
            throw new UserInputException("--limit must be from 1 to " + SearchQuery.MAX_DEPTH + ", got " + limit);
        }
        if (offset < 0 || offset > SearchQuery.MAX_DEPTH - limit) {
            throw new UserInputException("--offset must be from 0 to " + (SearchQuery.MAX_DEPTH - limit)
                    + " (a search pages at most " + SearchQuery.MAX_DEPTH + " articles deep), got " + offset);
        }
        LocalDate fromDay = date("--from", from);
        LocalDate toDay = date("--to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            // an empty window, as the API's 400 says: most likely the two dates are swapped
            throw new UserInputException("--from " + fromDay + " is after --to " + toDay);
        }
        SearchQuery q = new SearchQuery(query, fromDay, toDay, source, entity, sort.equals("date"), limit, offset);
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
                if (offset > 0 || offset + r.hits().size() < r.total()) {
                    out.println(pageLine(r.total(), offset, r.hits().size()));
                }
            }
            out.flush();
        }
        return 0;
    }

    /** "articles 11–20 of 57; next page: --offset 20" (no next page past the last hit or the deepest page). */
    static String pageLine(long total, int offset, int shown) {
        String range = shown == 0 ? "no articles at --offset " + offset : "articles " + (offset + 1) + "–" + (offset + shown);
        boolean more = offset + shown < total && offset + 2L * shown <= SearchQuery.MAX_DEPTH;
        return range + " of " + total + (more ? "; next page: --offset " + (offset + shown) : "");
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
