package dev.precis.nlp.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GUM's standard splits, read from the {@code splits.md} that comes with the corpus ("## test" then
 * "  * GUM_news_nasa" lines). Documents of the test split are held out from training and scored by
 * {@code precis eval ner}. Stateless and thread-safe.
 */
public final class GumSplits {

    private GumSplits() {
    }

    /** Names of the documents in {@code split} ("dev", "test") listed in the splits file. */
    public static Set<String> documents(Path splitsFile, String split) throws IOException {
        Set<String> out = new HashSet<>();
        String section = null;
        for (String line : Files.readAllLines(splitsFile, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("## ")) {
                section = t.substring(3).strip();
            } else if (t.startsWith("* ") && split.equals(section)) {
                out.add(t.substring(2).strip());
            }
        }
        return out;
    }

    /** True when {@code conllu} belongs to the test split of the {@code splits.md} in its folder. */
    static boolean heldOut(Path conllu) throws IOException {
        Path splits = conllu.resolveSibling("splits.md");
        if (!Files.isRegularFile(splits)) {
            return false;
        }
        String name = conllu.getFileName().toString();
        return documents(splits, "test").contains(name.substring(0, name.length() - ".conllu".length()));
    }

    /** The held-out test documents among the {@code .conllu} files of a GUM folder, in name order. */
    public static List<Path> testFiles(Path folder) throws IOException {
        Set<String> test = documents(folder.resolve("splits.md"), "test");
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".conllu"))
                    .filter(p -> test.contains(p.getFileName().toString().replace(".conllu", "")))
                    .sorted().toList();
        }
    }
}
