package dev.precis.lab.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the BBC News articles folder, {@code <category>/NNN.txt} with the headline on the first line, a
 * blank line and the body in blank-line separated paragraphs. Accepts the corpus root (holding
 * {@code articles/}) or the articles folder itself. Files that are not UTF-8 are read as Latin-1.
 * Stateless and thread-safe.
 */
public final class BbcArticles {

    private BbcArticles() {
    }

    /**
     * One article of the set.
     *
     * @param category the folder it came from, e.g. {@code business}
     * @param number its number within the category
     * @param title the headline
     * @param paragraphs the body's paragraphs, stripped, non-empty
     */
    public record Source(String category, int number, String title, List<String> paragraphs) {

        public Source {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * Every article with a headline and at least one paragraph, sorted by category and number.
     *
     * @throws IOException when {@code dir} holds no category folders of {@code .txt} files
     */
    public static List<Source> read(Path dir) throws IOException {
        Path root = Files.isDirectory(dir.resolve("articles")) ? dir.resolve("articles") : dir;
        if (!Files.isDirectory(root)) {
            throw new IOException(dir + ": not a folder");
        }
        List<Source> out = new ArrayList<>();
        try (Stream<Path> categories = Files.list(root)) {
            for (Path category : categories.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(category)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                        Source s = parse(category.getFileName().toString(), f);
                        if (s != null) {
                            out.add(s);
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(dir + ": no BBC articles (expected <category>/NNN.txt files, headline on the first line)");
        }
        return out;
    }

    private static Source parse(String category, Path file) throws IOException {
        String raw = decode(Files.readAllBytes(file)).replace("\r\n", "\n");
        int nl = raw.indexOf('\n');
        if (nl < 0) {
            return null;
        }
        String title = raw.substring(0, nl).strip();
        List<String> paragraphs = new ArrayList<>();
        for (String block : raw.substring(nl + 1).split("\\n\\s*\\n")) {
            String p = block.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        if (title.isEmpty() || paragraphs.isEmpty()) {
            return null;
        }
        String digits = file.getFileName().toString().replaceAll("\\D", "");
        int number = digits.isEmpty() || digits.length() > 9 ? 0 : Integer.parseInt(digits);
        return new Source(category, number, title, paragraphs);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
