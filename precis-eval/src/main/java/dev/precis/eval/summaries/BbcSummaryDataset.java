package dev.precis.eval.summaries;

import dev.precis.model.Article;
import dev.precis.model.TextRange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the BBC News Summary corpus: {@code articles/<category>/NNN.txt} (headline, blank line, body)
 * paired with {@code summaries/<category>/NNN.txt}. The reference summaries are article sentences glued
 * without a space after the stop; they are cut back into sentences where a stop follows a lower-case
 * letter or digit and a capital follows the stop. Files that are not UTF-8 are read as Latin-1.
 */
public final class BbcSummaryDataset {

    private static final Pattern GLUED_SENTENCE_END =
            Pattern.compile("(?<=[\\p{Ll}\\d%)][.!?][\"”’']?)(?=[\\p{Lu}\"“‘])");

    private BbcSummaryDataset() {
    }

    /** All cases under {@code root}, sorted by category and number. */
    public static List<SummaryCase> read(Path root) throws IOException {
        Path articles = root.resolve("articles");
        Path summaries = root.resolve("summaries");
        if (!Files.isDirectory(articles) || !Files.isDirectory(summaries)) {
            throw new IOException(root + ": not a BBC News Summary folder (needs articles/ and summaries/)");
        }
        List<SummaryCase> cases = new ArrayList<>();
        try (Stream<Path> categories = Files.list(articles)) {
            for (Path category : categories.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(category)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        String group = category.getFileName().toString();
                        Path summary = summaries.resolve(group).resolve(file.getFileName());
                        if (Files.exists(summary)) {
                            cases.add(readCase(file, summary, group));
                        }
                    }
                }
            }
        }
        return cases;
    }

    private static SummaryCase readCase(Path articleFile, Path summaryFile, String group) throws IOException {
        String name = articleFile.getFileName().toString();
        int number = Integer.parseInt(name.replaceAll("\\D", "").isEmpty() ? "0" : name.replaceAll("\\D", ""));
        String raw = decode(Files.readAllBytes(articleFile)).replace("\r\n", "\n");
        int titleEnd = raw.indexOf('\n');
        String title = titleEnd < 0 ? "" : raw.substring(0, titleEnd).strip();
        String body = titleEnd < 0 ? raw : raw.substring(titleEnd + 1);
        Article article = articleOf(group + "/" + name, title, body);
        String reference = decode(Files.readAllBytes(summaryFile)).strip();
        List<String> sentences = Arrays.stream(GLUED_SENTENCE_END.split(reference))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new SummaryCase(article, sentences, group, number);
    }

    /** An article whose paragraphs are the body's blank-line separated blocks. */
    static Article articleOf(String id, String title, String body) {
        StringBuilder text = new StringBuilder();
        List<TextRange> paragraphs = new ArrayList<>();
        for (String block : body.split("\\n\\s*\\n")) {
            String p = block.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            paragraphs.add(new TextRange(text.length(), text.length() + p.length()));
            text.append(p);
        }
        return Article.of(id, title, text.toString(), paragraphs);
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
