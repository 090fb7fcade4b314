package dev.precis.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One PolNeAR article: its text and the attributions of one annotator file (brat standoff): each
 * with source (speaker mention), cue and content spans. Discontinuous spans are kept as their
 * hull. Immutable and thread-safe.
 *
 * @param name text file name
 * @param text article text
 * @param attributions gold attributions
 */
public record PolnearDocument(String name, String text, List<Attribution> attributions) {

    /** Spans as {@code [start, end)}; source or cue may be null when not annotated. */
    public record Attribution(int[] source, int[] cue, int[] content) {
    }

    public PolnearDocument {
        attributions = List.copyOf(attributions);
    }

    /** Reads {@code text/NAME.txt} with the first {@code attributions/NAME_*.ann} beside it. */
    public static PolnearDocument read(Path textFile, Path annFile) throws IOException {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Map<String, int[]> spans = new HashMap<>();
        List<String> relations = new ArrayList<>();
        for (String line : Files.readAllLines(annFile, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                if (typeAndSpans.length < 2) {
                    continue;
                }
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (String part : typeAndSpans[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    try {
                        start = Math.min(start, Integer.parseInt(se[0]));
                        end = Math.max(end, Integer.parseInt(se[1]));
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        throw new IOException(annFile + ": bad span '" + part + "'");
                    }
                }
                spans.put(cols[0], new int[] {start, Math.min(end, text.length())});
            } else if (cols[0].startsWith("E")) {
                relations.add(cols[1]);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String rel : relations) {
            int[] source = null;
            int[] cue = null;
            int[] content = null;
            for (String arg : rel.split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2) {
                    continue;
                }
                switch (kv[0]) {
                    case "Source" -> source = spans.get(kv[1]);
                    case "Cue" -> cue = spans.get(kv[1]);
                    case "Content" -> content = spans.get(kv[1]);
                    default -> { }
                }
            }
            if (content != null) {
                out.add(new Attribution(source, cue, content));
            }
        }
        return new PolnearDocument(textFile.getFileName().toString(), text, out);
    }
}
