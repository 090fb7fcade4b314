package dev.precis.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word → cluster ids of distributional word vectors, at a coarse and a fine level: a name-finder
 * feature that lets words never seen in the labelled data share evidence with words that occur in
 * similar contexts (the idea of Brown-cluster features in Ratinov and Roth 2009, which help most out
 * of domain). The list ({@code gazetteer/word-clusters.txt}) is written by {@code precis train
 * word-clusters} from the static MiniLM word-piece vectors of precis-encoder, so this module does not
 * depend on the encoder. Words are matched lower-cased and without accents, as MiniLM's uncased
 * vocabulary is. Immutable and thread-safe.
 */
public final class WordClusters {

    static final WordClusters NONE = new WordClusters(Map.of());
    private static final String[] NO_FEATURES = new String[0];

    /** Lower-cased, accent-free word → its feature strings ("cc=12", "cf=503"). */
    private final Map<String, String[]> features;

    private WordClusters(Map<String, String[]> features) {
        this.features = features;
    }

    /**
     * Reads lines "word TAB coarse TAB fine" (lines starting with '#' are comments).
     *
     * @throws IOException when a line is malformed
     */
    public static WordClusters read(BufferedReader reader) throws IOException {
        Map<String, String[]> map = new HashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 3) {
                throw new IOException("word clusters, line " + n + ": expected word, coarse and fine cluster");
            }
            map.put(parts[0], new String[] {("cc=" + parts[1]).intern(), ("cf=" + parts[2]).intern()});
        }
        return new WordClusters(Map.copyOf(map));
    }

    /** The key a token is looked up by: lower-cased, accents dropped ("Sánchez" → "sanchez"). */
    public static String key(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 127) {
                return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return lower;
    }

    /** The token's cluster features, coarse then fine; empty when the word is not listed. */
    String[] features(String token) {
        if (features.isEmpty()) {
            return NO_FEATURES;
        }
        String[] f = features.get(key(token));
        return f == null ? NO_FEATURES : f;
    }

    /** Number of listed words. */
    public int size() {
        return features.size();
    }
}
