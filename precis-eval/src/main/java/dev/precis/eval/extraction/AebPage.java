package dev.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * One page of the article-extraction-benchmark: its id, raw (gunzipped) bytes, URL and true body.
 * Immutable and thread-safe.
 */
public record AebPage(String id, byte[] html, String url, String truth) {

    /**
     * Reads {@code dir/ground-truth.json} and {@code dir/html/<id>.html.gz}, sorted by id.
     *
     * @throws IOException when the folder is not the benchmark (message names the missing file)
     */
    public static List<AebPage> readAll(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException(dir + " is not the article-extraction-benchmark: ground-truth.json is missing");
        }
        JsonNode root = new ObjectMapper().readTree(truthFile.toFile());
        List<AebPage> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path gz = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(gz)) {
                throw new IOException("benchmark page " + gz + " is missing");
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                bytes = in.readAllBytes();
            }
            pages.add(new AebPage(e.getKey(), bytes, e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText("")));
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }
}
