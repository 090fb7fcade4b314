package dev.precis.nlp.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads GUM CoNLL-U files: entity mentions are bracketed in the MISC column
 * ({@code Entity=(12-person-…} opens, {@code 12)} closes). GUM marks every mention, named or not
 * ("the team", "he"), so a mention counts as a named entity only when, after leading determiners,
 * it consists of proper nouns (NNP/NNPS) joined by a few function words, starting and ending with a
 * proper noun. The outermost such mention wins over nested ones. Stateless and thread-safe.
 */
final class GumEntityReader {

    private static final Set<String> JOINERS = WordSet.of("of", "the", "and", "for", "&", "-", "'s", "de", "on", "in");

    private final boolean keepMisc;

    GumEntityReader(boolean keepMisc) {
        this.keepMisc = keepMisc;
    }

    List<NameSample> read(Path file) throws IOException {
        List<NameSample> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        boolean first = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!rows.isEmpty()) {
                    out.add(sentence(rows, first));
                    first = false;
                    rows.clear();
                }
            } else if (!line.startsWith("#")) {
                String[] cols = line.split("\t");
                if (cols.length >= 10 && cols[0].matches("\\d+")) {
                    rows.add(cols);
                }
            }
        }
        if (!rows.isEmpty()) {
            out.add(sentence(rows, first));
        }
        return out;
    }

    private NameSample sentence(List<String[]> rows, boolean newDoc) {
        String[] tokens = new String[rows.size()];
        String[] tags = new String[rows.size()];
        List<Span> mentions = new ArrayList<>();
        Map<String, Deque<int[]>> open = new HashMap<>();
        Map<String, Deque<String>> openType = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] cols = rows.get(i);
            tokens[i] = cols[1];
            tags[i] = cols[4];
            String entity = entityField(cols[9]);
            if (entity == null) {
                continue;
            }
            int p = 0;
            while (p < entity.length()) {
                char c = entity.charAt(p);
                if (c == '(') {
                    int q = p + 1;
                    while (q < entity.length() && entity.charAt(q) != '(' && entity.charAt(q) != ')') {
                        q++;
                    }
                    String[] parts = entity.substring(p + 1, q).split("-");
                    String type = parts.length > 1 ? parts[1] : "";
                    if (q < entity.length() && entity.charAt(q) == ')') {
                        mentions.add(new Span(i, i + 1, type));
                        p = q + 1;
                    } else {
                        open.computeIfAbsent(parts[0], k -> new ArrayDeque<>()).push(new int[] {i});
                        openType.computeIfAbsent(parts[0], k -> new ArrayDeque<>()).push(type);
                        p = q;
                    }
                } else if (Character.isDigit(c)) {
                    int q = p;
                    while (q < entity.length() && Character.isDigit(entity.charAt(q))) {
                        q++;
                    }
                    String id = entity.substring(p, q);
                    Deque<int[]> starts = open.get(id);
                    if (starts != null && !starts.isEmpty()) {
                        mentions.add(new Span(starts.pop()[0], i + 1, openType.get(id).pop()));
                    }
                    p = q + 1;
                } else {
                    p++;
                }
            }
        }
        return new NameSample(tokens, named(mentions, tokens, tags), newDoc);
    }

    private Span[] named(List<Span> mentions, String[] tokens, String[] tags) {
        List<Span> named = new ArrayList<>();
        mentions.sort((a, b) -> a.getStart() != b.getStart() ? Integer.compare(a.getStart(), b.getStart())
                : Integer.compare(b.getEnd(), a.getEnd()));
        for (Span m : mentions) {
            String type = EntityTypes.fromTag(m.getType(), keepMisc);
            if (type == null) {
                continue;
            }
            int s = m.getStart();
            while (s < m.getEnd() && (tags[s].equals("DT") || tags[s].equals("PRP$") || tags[s].equals("POS"))) {
                s++;
            }
            int e = m.getEnd();
            while (e > s && tags[e - 1].equals("POS")) {
                e--;
            }
            if (s >= e || !proper(tags[s]) || !proper(tags[e - 1])) {
                continue;
            }
            boolean ok = true;
            for (int k = s; k < e && ok; k++) {
                ok = proper(tags[k]) || JOINERS.contains(tokens[k].toLowerCase(java.util.Locale.ROOT));
            }
            Span span = new Span(s, e, type);
            if (ok && named.stream().noneMatch(n -> n.intersects(span))) {
                named.add(span);
            }
        }
        named.sort(null);
        return named.toArray(Span[]::new);
    }

    private static boolean proper(String tag) {
        return tag.equals("NNP") || tag.equals("NNPS");
    }

    private static String entityField(String misc) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith("Entity=")) {
                return part.substring("Entity=".length());
            }
        }
        return null;
    }
}
