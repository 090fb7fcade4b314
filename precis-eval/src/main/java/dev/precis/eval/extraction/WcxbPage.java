package dev.precis.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One page of WCXB (Web Content eXtraction Benchmark): its file id, URL, gold page type and gold
 * title, author, publication date and main content. The HTML stays on disk until {@link #html()}
 * (the dev split is 400 MB unpacked). Immutable and thread-safe.
 *
 * @param id the file id, e.g. {@code 0690}
 * @param file the gzipped HTML
 * @param url the page's address, or null
 * @param pageType WCXB's primary type: article, forum, product, collection, listing, documentation, service
 * @param title gold title, "" when none
 * @param author gold author, "" when none
 * @param publishDate gold date {@code yyyy-mm-dd}, or null
 * @param mainContent gold body text
 */
public record WcxbPage(String id, Path file, String url, String pageType, String title, String author,
                       String publishDate, String mainContent) {

    /** Which pages of the split to use: the tuning half is the odd file ids, the test half the even ones. */
    public enum Split {
        ALL, TUNE, TEST;

        /** Parses "all", "tune" or "test". */
        public static Split of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** Whether the page with numeric file id {@code id} is in this split. */
        public boolean includes(String id) {
            if (this == ALL) {
                return true;
            }
            boolean odd = (Long.parseLong(id.replaceAll("\\D", "0")) & 1) == 1;
            return this == TUNE ? odd : !odd;
        }
    }

    /** Whether the gold labels this page an article. */
    public boolean isArticle() {
        return "article".equals(pageType);
    }

    /** The page's bytes, unpacked. */
    public byte[] html() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    /**
     * Reads {@code dir/ground-truth/*.json} for the pages of {@code split} that have their
     * {@code dir/html/<id>.html.gz}, sorted by id.
     *
     * @throws IOException when the folder is not WCXB (the message names what is missing)
     */
    public static List<WcxbPage> readAll(Path dir, Split split) throws IOException {
        Path truthDir = dir.resolve("ground-truth");
        Path htmlDir = dir.resolve("html");
        if (!Files.isDirectory(truthDir) || !Files.isDirectory(htmlDir)) {
            throw new IOException(dir + " is not WCXB: ground-truth/ or html/ is missing");
        }
        ObjectMapper json = new ObjectMapper();
        List<WcxbPage> pages = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(truthDir, "*.json")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(0, name.length() - ".json".length());
                Path gz = htmlDir.resolve(id + ".html.gz");
                if (!split.includes(id) || !Files.isRegularFile(gz)) {
                    continue;
                }
                pages.add(of(id, gz, json.readTree(f.toFile())));
            }
        }
        if (pages.isEmpty()) {
            throw new IOException(dir + " holds no WCXB pages (ground-truth/NNNN.json with html/NNNN.html.gz)");
        }
        pages.sort((a, b) -> a.id().compareTo(b.id()));
        return pages;
    }

    private static WcxbPage of(String id, Path gz, JsonNode root) {
        JsonNode gt = root.path("ground_truth");
        JsonNode type = root.path("_internal").path("page_type").path("primary");
        return new WcxbPage(id, gz, text(root.path("url")), type.isTextual() ? type.asText() : "article",
                orEmpty(text(gt.path("title"))), orEmpty(text(gt.path("author"))), text(gt.path("publish_date")),
                orEmpty(text(gt.path("main_content"))));
    }

    private static String text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
