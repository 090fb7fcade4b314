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
    private final boolean training;

    /** @param keepMisc keep MISC entities; when false they are read as outside */
    public NerCorpusReader(boolean keepMisc) {
        this(keepMisc, false);
    }

    /**
     * @param training read for training: mentions without a capital letter or digit (re3d's "defensive
     *     positions", tweets' "tampa bay") become outside and a leading lower-case article is cut off
     *     ("the country" is no name); GUM documents of the test split named in a {@code splits.md}
     *     beside them are left out, so they can be held out for evaluation
     */
    public NerCorpusReader(boolean keepMisc, boolean training) {
        this.keepMisc = keepMisc;
        this.training = training;
    }

    /** Reads a file, or every regular file below a directory in name order. */
    public List<NameSample> read(Path path) throws IOException {
        List<NameSample> out = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("LICENSE"))
                        .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("README"))
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
            if (training && GumSplits.heldOut(file)) {
                return List.of();
            }
            return new GumEntityReader(keepMisc).read(file);
        }
        return readColumns(file);
    }

    /**
     * Column format: token first, tag last; one token per line. Lines starting with {@code #} are
     * comments ({@code # newdoc} starts a document); when the first column is a token number (the
     * Universal NER files: number, token, tag, …) the token is the second column and the tag the third.
     */
    List<NameSample> readColumns(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean newDoc = true;
        boolean numberedFile = file.getFileName().toString().endsWith(".iob2");
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
                if (trimmed.startsWith("# ")) {
                    if (trimmed.startsWith("# newdoc") && !tokens.isEmpty()) {
                        out.add(sample(tokens, tags, newDoc));
                        tokens.clear();
                        tags.clear();
                    }
                    newDoc |= trimmed.startsWith("# newdoc");
                    numberedFile |= trimmed.startsWith("# sent_id") || trimmed.startsWith("# text");
                    continue;
                }
                String[] cols = trimmed.split("[\\t ]+");
                if (numberedFile && cols.length >= 3 && numbered(cols[0]) && isTag(cols[2])) {
                    cols = new String[] {cols[1], cols[2]};
                }
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

    private static boolean numbered(String col) {
        return !col.isEmpty() && col.chars().allMatch(Character::isDigit);
    }

    private static boolean isTag(String col) {
        return col.equals("O") || col.length() > 2 && col.charAt(1) == '-';
    }

    /** Training only: the mention as a name, or null when it has no capital letter or digit. */
    private static Span trimmed(List<String> tokens, Span span) {
        int start = span.getStart();
        while (start < span.getEnd() - 1 && (tokens.get(start).equals("the") || tokens.get(start).equals("a"))) {
            start++;
        }
        for (int i = start; i < span.getEnd(); i++) {
            String t = tokens.get(i);
            if (!t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))) {
                return new Span(start, span.getEnd(), span.getType());
            }
        }
        return null;
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
                Span span = type == null ? null : new Span(start, i, type);
                span = span != null && training ? trimmed(tokens, span) : span;
                if (span != null) {
                    spans.add(span);
                }
                type = t;
                start = i;
            }
        }
        return new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), newDoc);
    }
}
