package dev.precis.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.testing.SharedData;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a check: writes the page-type features of every WCXB dev page, with its gold type, to the TSV
 * file named by {@code -Dprecis.pagetype.dump=FILE}, for {@code bench/pagetype-fit.py} to fit
 * {@link PageTypeClassifier}'s weights on the tuning half. Skipped unless the property is set:
 * {@code ./mvnw -o -pl precis-extract test -Dtest=PageSignalsDumpTest -Dprecis.pagetype.dump=/tmp/pt.tsv}.
 */
class PageSignalsDumpTest {

    @Test
    void dump() throws Exception {
        String target = System.getProperty("precis.pagetype.dump");
        Assumptions.assumeTrue(target != null, "set -Dprecis.pagetype.dump=FILE to write the page-type features");
        Path dir = SharedData.require("data/wcxb-dev");
        ObjectMapper json = new ObjectMapper();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(target)));
             Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
            out.println("id\tgold\ttype\tscore\tevidence\trule_decides\tbody_chars\t" + String.join("\t", PageFeatures.NAMES));
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String id = f.getFileName().toString().replace(".json", "");
                JsonNode gt = json.readTree(f.toFile());
                String url = gt.path("url").isTextual() && !gt.get("url").asText().isBlank() ? gt.get("url").asText() : null; // as the eval reads it
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
                    bytes = in.readAllBytes();
                }
                // as DensityArticleExtractor reads a page: streamed parts placed, the raw markup's script dates read
                String html = PageDecoder.decode(bytes, null);
                Document doc = Jsoup.parse(RawTextStripper.strip(html), url == null ? "" : url);
                StreamedSegments.place(doc, html);
                MetadataReader.Metadata meta = new MetadataReader(Clock.systemUTC(), true, null).read(doc, url, html);
                PageSignals s = PageSignals.of(doc);
                List<String> paragraphs = AuthorBios.drop(BodyExtractor.extract(doc, meta.title()).core(), meta.authorBios());
                boolean published = meta.dated();
                boolean byline = meta.byline() != null;
                String address = url != null ? url : meta.url();
                double[] x = PageFeatures.of(s, paragraphs, address, published, byline);
                StringBuilder line = new StringBuilder(id).append('\t')
                        .append(gt.path("_internal").path("page_type").path("primary").asText("article")).append('\t')
                        .append(PageTypeClassifier.classify(s, paragraphs, address, published, byline).label()).append('\t')
                        .append(String.format(java.util.Locale.ROOT, "%.3f", PageTypeClassifier.score(s, paragraphs, address, published, byline))).append('\t')
                        .append(PageTypeClassifier.evidence(s, address, published, byline) ? 1 : 0).append('\t')
                        .append(PageTypeClassifier.byRules(s, paragraphs, address) != null ? 1 : 0).append('\t')
                        .append(paragraphs.stream().mapToInt(String::length).sum());
                for (double v : x) {
                    line.append('\t').append(v);
                }
                out.println(line);
            }
        }
    }
}
