package dev.precis.cli;

import dev.precis.model.Counts;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Quote;
import dev.precis.model.TimeExpression;
import dev.precis.encoder.MiniLmNames;
import dev.precis.extract.HtmlArticleReader;
import dev.precis.nlp.analysis.Analyzer;
import dev.precis.nlp.entity.EntityModels;
import dev.precis.nlp.quote.RuleQuoteFinder;
import dev.precis.nlp.sentence.NewsSentenceSplitter;
import dev.precis.nlp.time.RuleTimeResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis analyze}: entities, quotes with speakers and resolved time expressions, for files,
 * standard input or a JSONL batch ({@code {"id","text","published"?}} in; {@code {"id","entities",
 * "quotes","times"}} out, offsets into the input text exactly as given).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Entities, quotes with speakers, and time expressions resolved to dates.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Article files; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for relative times.")
    String published;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--input", paramLabel = "IN.jsonl", description = "Batch input: {\"id\",\"text\",\"published\"?} per line; '-' for standard input."
            + " A \"text\" holding a web page's source (<!doctype html or <html first) is read as a saved page: its article body is"
            + " analysed, and written as \"text\" on the output line (offsets point into it)."
            + " A bad line is written with empty lists and an \"error\", and the command ends with exit code 2.")
    Path input;

    @Option(names = "--output", paramLabel = "OUT.jsonl", description = "Batch output: {\"id\",\"entities\",\"quotes\",\"times\"}; '-' for standard output.")
    Path output;

    @Option(names = "--ner-encoder", paramLabel = "none|minilm", defaultValue = "none",
            description = "minilm: names also weigh MiniLM's contextual token vectors (better organisations out "
                    + "of domain, many times slower; see README); none (default) is the fast path.")
    String nerEncoder;

    private final ObjectMapper json = new ObjectMapper();

    /** The analysis wiring: the shipped models. */
    static Analyzer analyzer() {
        return Analyzer.loadDefault();
    }

    /** The analysis with the name path {@code --ner-encoder} asks for. */
    static Analyzer analyzer(String nerEncoder) {
        return switch (nerEncoder) {
            case "none" -> analyzer();
            case "minilm" -> new Analyzer(new NewsSentenceSplitter(), MiniLmNames.recognizer(EntityModels.loadDefault()),
                    new RuleQuoteFinder(), new RuleTimeResolver());
            default -> throw new UserInputException("--ner-encoder must be none or minilm, not " + nerEncoder);
        };
    }

    @Override
    public Integer call() throws IOException {
        String date = published == null ? null : checkedDate(published, "--published");
        Analyzer analyzer = analyzer(nerEncoder);
        if (input != null || output != null) {
            if (input == null || output == null || !files.isEmpty()) {
                throw new UserInputException("batch mode needs both --input and --output, and no FILE arguments");
            }
            return batch(analyzer, date);
        }
        if (files.isEmpty()) {
            throw new UserInputException("no input: give a FILE, '-' for standard input, or --input/--output");
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleInput pages = new ArticleInput();
        for (String file : files) {
            TextInput in = TextInput.read(file);
            Article article;
            if (in.looksLikeHtml()) {
                // a saved page: analyse its article body (offsets into that text), not its markup and menus;
                // the page's own publication date stands unless --published is given
                Article page = pages.fromSavedPage(in);
                article = date == null ? page : page.withPublished(date);
            } else {
                String text = new String(in.bytes(), StandardCharsets.UTF_8);
                article = Article.of(in.name(), "", text, List.of()).withPublished(date);
            }
            AnalyzedArticle a = analyzer.analyze(article);
            if (format == OutputFormat.json) {
                out.println(json.writeValueAsString(AnalysisJson.of(json, in.name(), a)));
            } else {
                printText(out, file, a);
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Quotes and times first (a handful each), then the entities, one line per entity with its mentions
     * counted, most mentioned first: a long article's mentions no longer push its quotes off the screen.
     */
    static void printText(PrintWriter out, String file, AnalyzedArticle a) {
        String text = a.article().text();
        out.println("== " + file + ": " + Counts.of(a.quotes().size(), "quote", "quotes") + ", "
                + Counts.of(a.times().size(), "time", "times") + ", " + Counts.of(a.entities().size(), "entity mention", "entity mentions"));
        for (Quote q : a.quotes()) {
            out.println("quote   " + q.kind().name().toLowerCase(java.util.Locale.ROOT) + "  "
                    + (q.speaker() == null ? "(unknown)" : q.speaker()) + ": " + q.words(text));
        }
        for (TimeExpression t : a.times()) {
            out.println("time    " + t.range().slice(text) + " = " + (t.value() == null ? "not resolved to a date" : t.value())
                    + " (" + t.granularity() + ")");
        }
        java.util.Map<String, java.util.List<String>> byEntity = new java.util.LinkedHashMap<>();
        a.entities().forEach(e -> byEntity.computeIfAbsent(e.type() + "  " + e.canonical(), k -> new ArrayList<>())
                .add(e.range().slice(text)));
        byEntity.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .forEach(e -> {
                    java.util.Set<String> forms = new java.util.LinkedHashSet<>(e.getValue());
                    out.println("entity  " + e.getKey() + "  ×" + e.getValue().size() + "  (" + String.join(", ", forms) + ")");
                });
    }

    private static String checkedDate(String value, String where) {
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value).toString();
        } catch (DateTimeParseException e) {
            throw new UserInputException(where + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private int batch(Analyzer analyzer, String defaultDate) throws IOException {
        JsonlBatch.FailedRecord failed = id -> {
            var o = json.createObjectNode();
            o.set("id", id == null ? null : json.getNodeFactory().textNode(id.asText()));
            o.putArray("entities");
            o.putArray("quotes");
            o.putArray("times");
            return o;
        };
        ArticleInput pages = new ArticleInput();
        return JsonlBatch.run(input, output, spec.commandLine().getErr(), json, failed, (node, id) -> {
            String text = JsonlBatch.requiredText(node, "text");
            String date = node.path("published").isTextual()
                    ? checkedDate(node.path("published").asText(), "\"published\"") : defaultDate;
            if (HtmlArticleReader.looksLikePage(text)) {
                // a page's source, not article text: as for a saved page FILE, its article body is analysed (the
                // menus, headline and footer are not), and that body goes out with the offsets that point into it
                Article page = pages.fromPageText("\"text\" of " + id, text);
                var out = AnalysisJson.of(json, id, analyzer.analyze(date == null ? page : page.withPublished(date)));
                out.put("text", page.text());
                return out;
            }
            Article article = Article.of(id, "", text, List.of()).withPublished(date);
            return AnalysisJson.of(json, id, analyzer.analyze(article));
        });
    }
}
