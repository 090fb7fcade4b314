package dev.precis.nlp.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The project's golden sentence set: blocks of one-sentence lines, joined by a space to form a paragraph. */
record GoldenSentences(List<List<String>> blocks) {

    static GoldenSentences load() {
        try (InputStream in = GoldenSentences.class.getResourceAsStream("golden-sentences.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> blocks = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (String line : all.split("\n", -1)) {
                if (line.isBlank()) {
                    if (!current.isEmpty()) {
                        blocks.add(current);
                        current = new ArrayList<>();
                    }
                } else if (!line.startsWith("#")) {
                    current.add(line);
                }
            }
            if (!current.isEmpty()) {
                blocks.add(current);
            }
            return new GoldenSentences(blocks);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int sentenceCount() {
        return blocks.stream().mapToInt(List::size).sum();
    }
}
