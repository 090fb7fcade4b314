package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features from the {@link Gazetteer}: for each token, the kind of the longest listed
 * phrase covering it and its position in that phrase (begin, inside, unit), whether it is a listed
 * first name, and whether the previous token is a title word. Matches are computed once per
 * sentence and reused for each token. Not thread-safe (one instance per name finder).
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

    /** Head words of organisation names ("the Foreign Ministry", "Bharatiya Janata Party"). */
    static final Set<String> ORG_WORDS = Set.of("Ministry", "Ministries", "Department", "Party", "Agency", "Council",
            "Commission", "Committee", "Authority", "Bank", "Corporation", "Company", "Group", "Holdings", "Union",
            "Association", "Institute", "University", "Front", "Movement", "Army", "Forces", "Police", "Court",
            "Assembly", "Parliament", "Congress", "Office", "Bureau", "Board", "Federation", "Foundation", "League",
            "Organisation", "Organization", "Service", "Services", "Airlines", "Airways", "Industries", "Fund",
            "Alliance", "Coalition", "Tribunal", "Secretariat", "Directorate", "Brigade", "Brigades", "Guard",
            "Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Co.", "Plc", "PLC", "LLC", "AG", "SA", "GmbH", "Bhd",
            "Tbk", "NV", "Limited", "Pvt", "Cabinet", "Senate", "Navy", "Club", "Times", "Post", "News");
    private final Gazetteer gazetteer;
    private String[] cachedTokens;
    private String[] cachedFeatures;

    GazetteerFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedFeatures = match(tokens);
            cachedTokens = tokens;
        }
        String f = cachedFeatures[index];
        if (f != null) {
            features.add(f);
        }
        if (ORG_WORDS.contains(tokens[index])) {
            features.add("gz=orgword");
        }
        if (gazetteer.isFirstName(tokens[index])) {
            features.add("gz=first");
            if (index + 1 < tokens.length && Character.isUpperCase(tokens[index + 1].charAt(0))) {
                features.add("gz=first+cap");
            }
        }
        if (index > 0 && gazetteer.isTitleWord(tokens[index - 1])) {
            features.add("gz=aftertitle");
        }
        if (index > 0 && gazetteer.isFirstName(tokens[index - 1])) {
            features.add("gz=afterfirst");
        }
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
                String pos = matched == 1 ? "U" : k == 0 ? "B" : "I";
                out[i + k] = "gz=" + kind + ":" + pos;
            }
            i += matched;
        }
        return out;
    }
}
