package dev.precis.pipeline.text;

import dev.precis.model.Article;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text article: when the first non-empty line is followed by a blank line, it is the
 * title; the rest is the body, paragraphs separated by blank lines. Page chrome pasted along with the
 * article ("No time to read?", "Previous Article" and the headlines linked after it) is dropped (see
 * {@link PageChrome}). HTML character references and {@code <br>} tags left in the text are decoded first
 * ({@link CharacterReferences}). The article's canonical text is the kept paragraphs joined by a blank line.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * Article a = new PlainTextArticleReader().read("story-1", Files.readString(path));
 * }</pre>
 */
public final class PlainTextArticleReader {

    /** The article in {@code content}; {@code id} becomes its id. Never null; the body may be empty. */
    public Article read(String id, String content) {
        String normalized = CharacterReferences.decode(content).replace("\r\n", "\n").replace('\r', '\n');
        if (!normalized.isEmpty() && normalized.charAt(0) == '\uFEFF') {
            normalized = normalized.substring(1);
        }
        List<List<String>> blocks = blocks(normalized);
        String title = "";
        if (blocks.size() > 1 && blocks.get(0).size() == 1) {
            title = blocks.remove(0).get(0);
        }
        List<String> flat = new ArrayList<>();
        blocks.forEach(flat::addAll);
        boolean[] chrome = PageChrome.mark(flat);

        StringBuilder text = new StringBuilder();
        List<TextRange> paragraphs = new ArrayList<>();
        int line = 0;
        for (List<String> block : blocks) {
            StringBuilder paragraph = new StringBuilder();
            for (String l : block) {
                if (!chrome[line++]) {
                    if (!paragraph.isEmpty()) {
                        paragraph.append('\n');
                    }
                    paragraph.append(l);
                }
            }
            if (!paragraph.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                paragraphs.add(new TextRange(text.length(), text.length() + paragraph.length()));
                text.append(paragraph);
            }
        }
        return Article.of(id, title, text.toString(), paragraphs);
    }

    /** Non-empty trimmed lines grouped into blocks separated by blank lines. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
