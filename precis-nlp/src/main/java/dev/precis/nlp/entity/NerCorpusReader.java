package dev.precis.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads named-entity training or evaluation data into OpenNLP {@link NameSample}s, one per sentence,
 * with the first sentence of each document clearing adaptive data.
 *
 * <p>Formats, chosen by file name: {@code *.conllu} is CoNLL-U with GUM-style {@code Entity=}
 * annotations in the MISC column ({@link GumEntityReader}); anything else is column format, the token
 * in the first column and the tag in the last (CoNLL-2003, wikigold, Broad Twitter Corpus), with IOB1,
 * IOB2 or IO tags and {@code -DOCSTART-} lines or blank lines as boundaries. Type names are
 * normalised by {@link EntityTypes#fromTag(String)}; types that map to nothing become outside.
 * Stateless and thread-safe.
 */
public final class NerCorpusReader {

    private final boolean keepMisc;

    /** @param keepMisc keep MISC entities; when false they are read as outside */
    public NerCorpusReader(boolean keepMisc) {
        this.keepMisc = keepMisc;
    }

    /** Reads a file, or every regular file below a directory in name order. */
    public List<NameSample> read(Path path) throws IOException {
        List<NameSample> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("LICENSE"))
                        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                        .sorted().toList();
            }
            for (Path f : files) {
                out.addAll(readFile(f));
            }
        } else {
            out.addAll(readFile(path));
        }
        return out;
    }

    private List<NameSample> readFile(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".conllu")) {
            return new GumEntityReader(keepMisc).read(file);
        }
        return readColumns(file);
    }

    /** Column format: token first, tag last; one token per line. */
    List<NameSample> readColumns(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newDoc = true;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    if (!tokens.isEmpty()) {
                        out.add(sample(tokens, tags, newDoc));
                        newDoc = false;
                        tokens.clear();
                        tags.clear();
                    }
                    continue;
                }
                String[] cols = trimmed.split("[\\t ]+");
                if (cols[0].equals("-DOCSTART-")) {
                    if (!tokens.isEmpty()) {
                        out.add(sample(tokens, tags, newDoc));
                        tokens.clear();
                        tags.clear();
                    }
                    newDoc = true;
                    continue;
                }
                tokens.add(cols[0]);
                tags.add(cols.length > 1 ? cols[cols.length - 1] : "O");
            }
        }
        if (!tokens.isEmpty()) {
            out.add(sample(tokens, tags, newDoc));
        }
        return out;
    }

    private NameSample sample(List<String> tokens, List<String> tags, boolean newDoc) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "";
            String t = prefix.isEmpty() ? null : EntityTypes.fromTag(tag.substring(2), keepMisc);
            boolean continues = t != null && t.equals(type) && prefix.equals("I");
            if (!continues) {
                if (type != null) {
                    spans.add(new Span(start, i, type));
                }
                type = t;
                start = i;
            }
        }
        return new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), newDoc);
    }
}
