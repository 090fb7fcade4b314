package dev.precis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.Article;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.pipeline.Precis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code precis summarize}: "No time to read? Get a summary" on the terminal, for files, standard
 * input, or a JSONL batch whose contract ({@code {"id","title","text"}} in, {@code {"id","summary"}}
 * out, sentences verbatim and in document order) is kept stable for outside evaluation.
 */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = "Summarize articles: plain text or saved web pages, http(s) URLs, '-' for standard input, or a JSONL batch.")
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", arity = "0..*", description = "Article files (text or HTML), URLs; '-' reads standard input.")
    List<String> files = new ArrayList<>();

    @Mixin
    LengthOptions length = new LengthOptions();

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--input", paramLabel = "IN.jsonl", description = "Batch input: one {\"id\",\"title\",\"text\"} per line; '-' for standard input."
            + " A bad line is written as {\"id\",\"summary\":[],\"error\"} and the command ends with exit code 2.")
    Path input;

    @Option(names = "--output", paramLabel = "OUT.jsonl", description = "Batch output: one {\"id\",\"summary\"} per line; '-' for standard output.")
    Path output;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        SummaryLength len = length.toLength();
        Precis precis = Precis.builder().build();
        if (input != null || output != null) {
            if (input == null || output == null || !files.isEmpty()) {
                throw new UserInputException("batch mode needs both --input and --output, and no FILE arguments");
            }
            return batch(precis, len);
        }
        if (files.isEmpty()) {
            throw new UserInputException("no input: give a FILE, '-' for standard input, or --input/--output");
        }
        PrintWriter out = spec.commandLine().getOut();
        ArticleInput articles = new ArticleInput();
        for (String file : files) {
            Article article = articles.read(precis, file);
            Summary summary = precis.summarize(article, len);
            List<String> sentences = summary.texts(article.text());
            if (format == OutputFormat.json) {
                ObjectNode node = json.createObjectNode();
                node.put("id", article.id());
                node.put("title", article.title());
                node.set("summary", json.valueToTree(sentences));
                out.println(json.writeValueAsString(node));
            } else {
                if (files.size() > 1) {
                    out.println("== " + file + (article.title().isEmpty() ? "" : ": " + article.title()));
                }
                sentences.forEach(out::println);
                if (files.size() > 1) {
                    out.println();
                }
            }
        }
        out.flush();
        return 0;
    }

    private int batch(Precis precis, SummaryLength len) throws IOException {
        JsonlBatch.FailedRecord failed = id -> {
            ObjectNode o = json.createObjectNode();
            o.set("id", id);
            o.putArray("summary");
            return o;
        };
        return JsonlBatch.run(input, output, spec.commandLine().getErr(), json, failed, (node, id) -> {
            String text = JsonlBatch.requiredText(node, "text");
            Article article = Article.of(id, node.path("title").asText(""), text, List.of());
            ObjectNode result = json.createObjectNode();
            result.set("id", node.has("id") ? node.get("id") : json.getNodeFactory().textNode(id));
            result.set("summary", json.valueToTree(precis.summarize(article, len).texts(article.text())));
            return result;
        });
    }
}
