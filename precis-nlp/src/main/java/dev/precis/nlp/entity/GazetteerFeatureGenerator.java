package dev.precis.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features from the {@link Gazetteer}: for each token, the kind of the longest listed
 * phrase covering it and its position in that phrase (begin, inside, unit), whether it is a listed
 * first name, whether the previous token is a title word, its word shape, and whether it lies in a
 * run of capitalised words headed by an organisation word. Matches are computed once per sentence
 * and reused for each token. Not thread-safe (one instance per name finder).
 *
 * <p>The run feature carries the head word's evidence across the whole name, beyond the model's
 * two-token window: every word of "Pakistan Tehreek-e-Insaf Party" or "Ministry of Petroleum and
 * Natural Resources" learns that it is inside an organisation's name, whatever the words are.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    /** Head words of organisation names ("the Foreign Ministry", "Bharatiya Janata Party"). */
    static final Set<String> ORG_WORDS = WordSet.of("Ministry", "Ministries", "Department", "Party", "Agency", "Council",
            "Commission", "Committee", "Authority", "Bank", "Corporation", "Company", "Group", "Holdings", "Union",
            "Association", "Institute", "University", "Front", "Movement", "Army", "Forces", "Police", "Court",
            "Assembly", "Parliament", "Congress", "Office", "Bureau", "Board", "Federation", "Foundation", "League",
            "Organisation", "Organization", "Service", "Services", "Airlines", "Airways", "Industries", "Fund",
            "Alliance", "Coalition", "Tribunal", "Secretariat", "Directorate", "Brigade", "Brigades", "Guard",
            "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Co.", "Plc", "PLC", "LLC", "AG", "SA", "GmbH", "Bhd",
            "Tbk", "NV", "Limited", "Pvt", "Cabinet", "Senate", "Navy", "Club", "Times", "Post", "News");
    /** Lower-case words that may join the capitalised words of one name. */
    private static final Set<String> JOINERS = WordSet.of("of", "for", "and", "&", "on", "de", "del", "du", "des",
            "la", "le", "al", "el", "e", "-");
    /** A sentence-opening article is no part of the name ("The Ministry of Finance said"). */
    private static final Set<String> ARTICLES = WordSet.of("The", "A", "An");
    /** "gz=" + kind + ":" + U, B or I, for each kind a match can have: the same strings, made once. */
    private static final Map<String, String[]> MATCH_FEATURES = matchFeatures();
    private final Gazetteer gazetteer;
    private String[] cachedTokens;
    private String[] cachedFeatures;
    private String[] cachedRuns;

    GazetteerFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * What the features of one token read from the token alone (its shape, whether it is an
     * organisation head word, a first name, a title word), so that a caller meeting the same word again
     * need not look it up ({@link SentenceFeatureSums} keeps one per distinct word).
     */
    record WordFacts(String shape, boolean orgWord, boolean firstName, boolean titleWord) {
    }

    WordFacts facts(String token) {
        return new WordFacts(shape(token), ORG_WORDS.contains(token), gazetteer.isFirstName(token),
                gazetteer.isTitleWord(token));
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        WordFacts at = facts(tokens[index]);
        WordFacts before = index > 0 ? facts(tokens[index - 1]) : null;
        createFeatures(features, tokens, index, at, before);
    }

    /**
     * The features of token {@code index}, as {@link #createFeatures(List, String[], int, String[])}
     * makes them, from the facts of the token and of the token before it (null at the start).
     */
    void createFeatures(List<String> features, String[] tokens, int index, WordFacts at, WordFacts before) {
        if (tokens != cachedTokens) {
            cachedFeatures = match(tokens);
            cachedRuns = organisationRuns(tokens);
            cachedTokens = tokens;
        }
        String f = cachedFeatures[index];
        if (f != null) {
            features.add(f);
        }
        if (cachedRuns[index] != null) {
            features.add(cachedRuns[index]);
        }
        features.add(at.shape());
        if (at.orgWord()) {
            features.add("gz=orgword");
        }
        if (at.firstName()) {
            features.add("gz=first");
            if (index + 1 < tokens.length && Character.isUpperCase(tokens[index + 1].charAt(0))) {
                features.add("gz=first+cap");
            }
        }
        if (before != null && before.titleWord()) {
            features.add("gz=aftertitle");
        }
        if (before != null && before.firstName()) {
            features.add("gz=afterfirst");
        }
    }

    /**
     * The word's shape: upper-case letters as X, lower-case as x, digits as d, other characters as
     * themselves, repeats collapsed ("PML-N" → "X-X", "McDonald" → "XxXx", "U.S." → "X.X.").
     */
    static String shape(String token) {
        StringBuilder sb = new StringBuilder(token.length() + 3).append("sh=");
        char last = 0;
        for (int i = 0; i < token.length() && sb.length() < 15; i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        return sb.toString();
    }

    /**
     * Marks the words of each run of capitalised words (with joiners such as "of" and "and" between
     * them) whose head — the word before its first "of"/"for", else its last word — is an organisation
     * head word: "gz=orgrun:B", ":I", ":E" by position.
     */
    private String[] organisationRuns(String[] tokens) {
        String[] out = new String[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            if (!isCapitalised(tokens[i]) || ARTICLES.contains(tokens[i])) {
                i++;
                continue;
            }
            int end = runEnd(tokens, i);
            if (end - i >= 2) {
                int head = OrganisationHeads.head(tokens, i, end);
                if (head >= 0 && gazetteer.isOrganisationHead(tokens[head])) {
                    for (int k = i; k < end; k++) {
                        out[k] = k == i ? "gz=orgrun:B" : k == end - 1 ? "gz=orgrun:E" : "gz=orgrun:I";
                    }
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * One past the last capitalised word of the run starting at the capitalised word {@code i}: joiners
     * ("of", "and", "-") may stand between its words, but "and" or "&" after a company suffix or an
     * organisation head word ends it ("Johnson Controls Inc and Lear Corp" is two names).
     */
    private int runEnd(String[] tokens, int i) {
        int end = i + 1;
        int j = i + 1;
        while (j < tokens.length) {
            if (isCapitalised(tokens[j])) {
                end = ++j;
            } else if (JOINERS.contains(tokens[j]) && j + 1 < tokens.length
                    && !((tokens[j].equals("and") || tokens[j].equals("&"))
                            && (OrganisationPatternRule.SUFFIXES.contains(tokens[j - 1]) || gazetteer.isOrganisationHead(tokens[j - 1])))) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    private static Map<String, String[]> matchFeatures() {
        Map<String, String[]> out = new HashMap<>();
        for (Gazetteer.Kind kind : Gazetteer.Kind.values()) {
            out.put(kind.name(), positions(kind.name()));
        }
        out.put("GEO", positions("GEO"));
        return Map.copyOf(out);
    }

    private static String[] positions(String kind) {
        return new String[] {"gz=" + kind + ":U", "gz=" + kind + ":B", "gz=" + kind + ":I"};
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    private String[] match(String[] tokens) {
        String[] out = new String[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            int matched = 0;
            Gazetteer.Entry entry = null;
            if (!tokens[i].isEmpty() && !Character.isLowerCase(tokens[i].charAt(0))) {
                for (int len = Math.min(gazetteer.longestStartingWith(tokens[i]), tokens.length - i); len >= 1; len--) {
                    entry = gazetteer.lookup(tokens, i, i + len);
                    if (entry != null) {
                        matched = len;
                        break;
                    }
                }
            }
            String kind = matched == 0 ? null : entry.kind().name();
            if (matched == 0 && !tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0))) {
                matched = gazetteer.placeAt(tokens, i);
                kind = "GEO";
            }
            if (matched == 0) {
                i++;
                continue;
            }
            for (int k = 0; k < matched; k++) {
                out[i + k] = MATCH_FEATURES.get(kind)[matched == 1 ? 0 : k == 0 ? 1 : 2];
            }
            i += matched;
        }
        return out;
    }
}
