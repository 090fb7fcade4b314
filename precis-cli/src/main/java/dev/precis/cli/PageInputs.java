package dev.precis.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether an ingest's inputs can hold a web page, told before the models load: only when every input is a local
 * plain-text file ({@code .txt}, {@code .text}, each also as {@code .gz}) or a folder holding nothing else can no
 * page come, and the page extractor need not be loaded in the background ({@link
 * dev.precis.pipeline.ShippedModels#loadInBackground(boolean)}). Anything else — a URL, standard input, a page,
 * a feed, a batch, a WARC file, a folder with any other file, a path that cannot be read — counts as possibly
 * holding pages, and the extractor loads as before. Either way the articles are the same: a page that comes
 * after a wrong "no" is read by the same extractor, loaded on first use.
 */
final class PageInputs {

    private PageInputs() {
    }

    static boolean mayHoldPages(List<String> inputs) {
        for (String input : inputs) {
            if (!plainText(input)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainText(String input) {
        if (input.equals("-") || input.contains("://")) {
            return false;
        }
        try {
            Path p = Path.of(input);
            if (Files.isRegularFile(p)) {
                return plainTextName(p);
            }
            if (!Files.isDirectory(p)) {
                return false;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                return walk.filter(Files::isRegularFile).allMatch(PageInputs::plainTextName);
            }
        } catch (IOException | UncheckedIOException | InvalidPathException | SecurityException e) {
            return false;
        }
    }

    /** The names the ingester reads as plain text (`IngestSources`: .txt or .text, after a .gz is taken off). */
    private static boolean plainTextName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".txt") || n.endsWith(".text");
    }
}
