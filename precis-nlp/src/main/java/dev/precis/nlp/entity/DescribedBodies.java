package dev.precis.nlp.entity;

import java.util.List;

/**
 * Organisations that a lower-case noun next to them describes as one ("news agency Xinhua", "the Dawn
 * newspaper"); run by {@link OrganisationPatternRule}. Stateless and thread-safe.
 */
final class DescribedBodies {

    private final Gazetteer gazetteer;

    DescribedBodies(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Lower-case nouns that say the capitalised name right after them is an organisation. */
    static final java.util.Set<String> KIND_BEFORE = java.util.Set.of("agency", "newspaper", "daily", "broadcaster",
            "company", "firm", "giant", "carrier", "lender", "operator", "insurer", "conglomerate", "maker",
            "manufacturer", "airline", "regulator", "watchdog", "tabloid", "weekly", "magazine", "outlet", "party",
            "group", "bank", "retailer", "miner", "automaker", "carmaker", "developer", "producer", "supplier",
            "exporter", "importer", "channel", "network", "club", "side", "militia", "organisation", "organization",
            // a state body described before its name: "the copper commission Cochilco", "the power utility Eskom"
            "commission", "authority", "utility", "refiner", "union", "movement", "association", "federation");
    /** Lower-case nouns that say the capitalised name right before them is an organisation. */
    static final java.util.Set<String> KIND_AFTER = java.util.Set.of("newspaper", "daily", "broadcaster", "tabloid",
            "weekly", "magazine", "agency", "party", "militia", "conglomerate");

    /**
     * A name that a lower-case noun describes as an organisation: "the state news agency Bernama", "oil giant
     * Petronas", "telecoms operator Safaricom", "the Dawn newspaper", "news agency Xinhua". The name is a
     * run of capitalised words; a run opening with a title or a listed first name (a person: "the company
     * chairman", "group leader Ali Musa"), a place or a nationality is left alone.
     */
    void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 1; i < tokens.length; i++) {
            boolean before = KIND_BEFORE.contains(tokens[i - 1]);
            if (!ListAndRulePass.capitalised(tokens[i]) || OrganisationPatternRule.ARTICLES.contains(tokens[i]) || !before && !(i + 1 < tokens.length
                    && (i == 1 || !ListAndRulePass.capitalised(tokens[i - 1]) || OrganisationPatternRule.ARTICLES.contains(tokens[i - 1])))) {
                continue;
            }
            int end = i;
            while (end < tokens.length && end - i < 6 && (ListAndRulePass.capitalised(tokens[end])
                    || tokens[end].equals("-") && end + 1 < tokens.length && ListAndRulePass.capitalised(tokens[end + 1]))) {
                end++;
            }
            boolean after = end < tokens.length && (KIND_AFTER.contains(tokens[end]) || end + 1 < tokens.length
                    && tokens[end].equals("news") && (tokens[end + 1].equals("agency") || tokens[end + 1].equals("website")
                            || tokens[end + 1].equals("channel") || tokens[end + 1].equals("network")));
            if (!before && !after) {
                continue;
            }
            if (!before && adjective(tokens[end - 1])) {
                i = end; // "the Democratic party", "the Eurosceptic party", "an Israeli Arab party": a kind, no name
                continue;
            }
            Gazetteer.Entry listed = gazetteer.lookup(tokens, i, end);
            if (gazetteer.isTitleWord(tokens[i]) || gazetteer.isFirstName(tokens[i])
                    || listed != null && listed.kind() != Gazetteer.Kind.ORGANIZATION
                    || end - i == 1 && gazetteer.isCommonWord(tokens[i])) {
                i = end;
                continue;
            }
            MentionDraft found = new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true);
            boolean person = false;
            for (MentionDraft m : mentions) {
                if (m.overlaps(found) && m.type.equals(EntityTypes.PERSON) && m.length() > 1) {
                    person = true; // a full personal name the model found: "party leader Imran Khan"
                }
            }
            if (!person) {
                mentions.removeIf(m -> m.overlaps(found));
                mentions.add(found);
            }
            i = end;
        }
    }

    /** An ordinary word, a nationality or an adjective's ending ("Democratic", "Arab", "Valencianist"). */
    private boolean adjective(String word) {
        Gazetteer.Entry e = gazetteer.lookup(word);
        return gazetteer.isCommonWord(word) && !ProperNameRule.ORG_WORDS.contains(word)
                || e != null && e.kind() == Gazetteer.Kind.NATIONALITY
                || word.endsWith("ic") || word.endsWith("ist") || word.endsWith("ian") || word.endsWith("ish");
    }
}
