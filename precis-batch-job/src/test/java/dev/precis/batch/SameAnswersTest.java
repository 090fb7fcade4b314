package dev.precis.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same answers as the single-JVM commands: 200 BBC articles (../shared, skipped when absent; 40 from
 * each section) go through the job in local[2] and through {@code precis summarize --input} and {@code
 * precis analyze --input} of the CLI's jar; every article's summary, entities, quotes and times agree.
 */
class SameAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_SECTION = 40;

    @TempDir
    Path tmp;

    @Test
    void theJobAgreesWithSummarizeAndAnalyzeOnEveryArticle() throws Exception {
        Path bbc = SharedData.require("data/bbc-news-summary/articles");
        Path jar = Path.of("").toAbsolutePath().resolveSibling("precis-cli").resolve("target/precis.jar");
        Assumptions.assumeTrue(Files.exists(jar), jar + " is not built: run the reactor build (it builds precis-cli first)");
        Path in = Files.createDirectories(tmp.resolve("in")).resolve("bbc.jsonl");
        List<String> lines = new ArrayList<>();
        try (Stream<Path> sections = Files.list(bbc)) {
            for (Path section : sections.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(section)) {
                    for (Path f : files.sorted().limit(PER_SECTION).toList()) {
                        String raw = InputReader.decode(Files.readAllBytes(f), null);
                        int cut = raw.indexOf('\n');
                        ObjectNode o = JSON.createObjectNode();
                        o.put("id", section.getFileName() + "-" + f.getFileName());
                        o.put("title", raw.substring(0, cut).strip());
                        o.put("text", raw.substring(cut).strip());
                        o.put("published", "2005-03-01");
                        lines.add(JSON.writeValueAsString(o));
                    }
                }
            }
        }
        Files.write(in, lines);

        Path out = tmp.resolve("out");
        SparkSession spark = LocalSpark.start();
        try {
            BatchJob.run(spark, BatchOptions.parse("--input", in.getParent().toString(), "--output", out.toString()));
        } finally {
            spark.stop();
        }
        Map<String, JsonNode> job = byId(BatchJobTest.lines(out.resolve("json")));
        Map<String, JsonNode> summaries = byId(cli(jar, "summarize", in));
        Map<String, JsonNode> analyses = byId(cli(jar, "analyze", in));

        assertThat(job).hasSize(lines.size());
        assertThat(summaries.keySet()).isEqualTo(job.keySet());
        assertThat(analyses.keySet()).isEqualTo(job.keySet());
        int quotes = 0;
        int times = 0;
        for (Map.Entry<String, JsonNode> e : job.entrySet()) {
            JsonNode a = e.getValue();
            assertThat(a.get("summary")).as("summary of %s", e.getKey()).isEqualTo(summaries.get(e.getKey()).get("summary"));
            for (String field : List.of("entities", "quotes", "times")) {
                assertThat(a.get(field)).as("%s of %s", field, e.getKey()).isEqualTo(analyses.get(e.getKey()).get(field));
            }
            quotes += a.get("quotes").size();
            times += a.get("times").size();
        }
        // the comparison is not between empty lists
        assertThat(quotes).isPositive();
        assertThat(times).isPositive();
    }

    private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (String l : lines) {
            JsonNode n = JSON.readTree(l);
            out.put(n.get("id").asText(), n);
        }
        return out;
    }

    private List<String> cli(Path jar, String command, Path in) throws Exception {
        Path out = tmp.resolve(command + ".jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), command, "--input", in.toString(),
                "--output", out.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve(command + ".log").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("precis %s finished", command).isTrue();
        assertThat(p.exitValue()).as("precis %s: %s", command, Files.readString(tmp.resolve(command + ".log"))).isZero();
        return Files.readAllLines(out);
    }
}
