package dev.precis.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Derives the organisation head-word list {@code gazetteer/organisation-heads.txt} from labelled
 * training sentences: the capitalised words that head multi-word organisation names (the last word, or
 * the word before "of"/"for": "Party", "Bhd", "Ministry of …", "Commission") often and mostly — at least {@value #MIN_COUNT} times, and in at least
 * {@value #MIN_SHARE} of their capitalised occurrences away from a sentence start. Head words
 * generalise where whole names do not: "Pakistan Tehreek-e-Insaf" is unknown, "… Party" is not. The
 * list is a model feature only ({@link GazetteerFeatureGenerator}), never a rule. Stateless.
 */
public final class OrganisationHeads {

    static final int MIN_COUNT = 3;
    static final double MIN_SHARE = 0.5;

    private OrganisationHeads() {
    }

    /** The head words of the samples, sorted. */
    public static Set<String> derive(List<NameSample> samples) {
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> capitalised = new HashMap<>();
        for (NameSample s : samples) {
            String[] tokens = s.getSentence();
            for (int i = 1; i < tokens.length; i++) {
                if (isCapitalised(tokens[i])) {
                    capitalised.merge(tokens[i], 1, Integer::sum);
                }
            }
            for (Span name : s.getNames()) {
                if (EntityTypes.ORGANIZATION.equals(name.getType()) && name.length() >= 2) {
                    int head = head(tokens, name.getStart(), name.getEnd());
                    if (head >= 0) {
                        heads.merge(tokens[head], 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> out = new TreeSet<>();
        for (Map.Entry<String, Integer> e : heads.entrySet()) {
            int n = e.getValue();
            int all = Math.max(n, capitalised.getOrDefault(e.getKey(), 0));
            if (n >= MIN_COUNT && n >= MIN_SHARE * all) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** Writes the list with a header naming its source; returns the number of words written. */
    public static int write(List<NameSample> samples, String source, Path output) throws IOException {
        Set<String> words = derive(samples);
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write("# Organisation head words derived by 'precis train org-heads' from " + source + "\n");
            for (String word : words) {
                w.write(word);
                w.write('\n');
            }
        }
        return words.size();
    }

    /** Reads a list written by {@link #write}. */
    static Set<String> read(BufferedReader in) throws IOException {
        Set<String> out = new HashSet<>();
        String line;
        while ((line = in.readLine()) != null) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The head of the name in tokens[from, to): the word before its first "of" or "for" ("Ministry of
     * Foreign Affairs", "Bank for International Settlements"), else its last word; -1 when not capitalised.
     */
    static int head(String[] tokens, int from, int to) {
        int head = to - 1;
        for (int i = from + 1; i < to - 1; i++) {
            if (tokens[i].equals("of") || tokens[i].equals("for")) {
                head = i - 1;
                break;
            }
        }
        return isCapitalised(tokens[head]) ? head : -1;
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }
}
