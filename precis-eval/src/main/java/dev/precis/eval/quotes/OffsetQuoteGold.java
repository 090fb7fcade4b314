package dev.precis.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.model.TextRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quote gold set kept as character offsets only, read against the article texts of a JSON-lines file
 * ({@code {"id": …, "text": …}} a line). The gold file holds no article words: one tab-separated line a quote,
 * {@code id split contentStart contentEnd mentionStart mentionEnd nameStart nameEnd} (lines starting with
 * {@code #} are comments); the speaker's name is read from the text at run time through the name span (the
 * mention itself, or the nearest full name when the mention is a pronoun or a description). Immutable.
 *
 * @param documents the articles holding gold quotes, in gold-file order
 */
public record OffsetQuoteGold(List<Document> documents) {

    /** One gold direct quote: its words (inside the marks), the speaker mention, and the name span. */
    public record GoldQuote(TextRange content, TextRange mention, TextRange name) {
    }

    /** An article and its gold quotes. */
    public record Document(String id, String text, List<GoldQuote> quotes) {

        public Document {
            quotes = List.copyOf(quotes);
        }

        /** The speaker's name as written at the gold name span. */
        public String name(GoldQuote q) {
            return q.name().slice(text).strip();
        }
    }

    public OffsetQuoteGold {
        documents = List.copyOf(documents);
    }

    /**
     * The same gold on each text rewritten by {@code form} ({@code precis eval quotes --gold … --perturb FORM}): every
     * span moved with its words, so a layout or mark style that loses quotes shows in the found rate.
     */
    public OffsetQuoteGold perturbed(TextPerturbation form) {
        if (form == TextPerturbation.NONE) {
            return this;
        }
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            TextPerturbation.Perturbed p = form.apply(d.text());
            List<GoldQuote> quotes = new ArrayList<>();
            for (GoldQuote q : d.quotes()) {
                quotes.add(new GoldQuote(moved(p, q.content()), moved(p, q.mention()), moved(p, q.name())));
            }
            out.add(new Document(d.id(), p.text(), quotes));
        }
        return new OffsetQuoteGold(out);
    }

    private static TextRange moved(TextPerturbation.Perturbed p, TextRange r) {
        int[] at = p.span(new int[] {r.start(), r.end()});
        return new TextRange(at[0], at[1]);
    }

    /**
     * Reads the gold lines whose split is {@code split} (all when null) and the texts they name.
     *
     * @throws IOException on a malformed line, an id missing from the texts, or a span outside its text
     */
    public static OffsetQuoteGold read(Path goldFile, Path jsonl, String split) throws IOException {
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        Set<String> splits = new HashSet<>();
        int n = 0;
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 8) {
                throw new IOException(goldFile + " line " + n + ": expected 8 tab-separated columns, found " + cols.length);
            }
            splits.add(cols[1]);
            if (split == null || split.equals(cols[1])) {
                lines.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols);
            }
        }
        if (split != null && !splits.contains(split)) {
            throw new IOException(goldFile + ": no split '" + split + "' (it has " + String.join(", ", new java.util.TreeSet<>(splits)) + ")");
        }
        Map<String, String> texts = texts(jsonl, lines.keySet());
        List<Document> docs = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : lines.entrySet()) {
            String text = texts.get(e.getKey());
            if (text == null) {
                throw new IOException(jsonl + ": no article with id " + e.getKey() + " (named in " + goldFile + ")");
            }
            List<GoldQuote> quotes = new ArrayList<>();
            for (String[] c : e.getValue()) {
                quotes.add(new GoldQuote(span(c, 2, text, goldFile), span(c, 4, text, goldFile), span(c, 6, text, goldFile)));
            }
            docs.add(new Document(e.getKey(), text, quotes));
        }
        return new OffsetQuoteGold(docs);
    }

    private static TextRange span(String[] cols, int at, String text, Path file) throws IOException {
        try {
            TextRange r = new TextRange(Integer.parseInt(cols[at]), Integer.parseInt(cols[at + 1]));
            if (!r.fitsIn(text.length()) || r.isEmpty()) {
                throw new IOException(file + ": span " + r.start() + "-" + r.end() + " of " + cols[0]
                        + " is empty or outside its text (" + text.length() + " characters)");
            }
            return r;
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": bad span '" + cols[at] + " " + cols[at + 1] + "' for " + cols[0]);
        }
    }

    private static Map<String, String> texts(Path jsonl, Set<String> ids) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String id = node.path("id").asText(null);
                if (id != null && ids.contains(id)) {
                    out.put(id, node.path("text").asText(""));
                }
            }
        }
        return out;
    }
}
