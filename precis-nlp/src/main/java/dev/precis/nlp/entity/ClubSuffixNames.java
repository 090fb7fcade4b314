package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Sports clubs closed by their abbreviation: "Amber City FC" was a person, "Mendar FC" the letters alone, "Delhi HC"
 * (a High Court, written as Indian copy does) nothing. The name is the run of capitalised words before the
 * abbreviation, over the model's mentions touching it, as for a company's legal form ({@link LegalFormNames}); a
 * mention of the model that already ends in the abbreviation is made an organisation. The abbreviation opening a
 * name ("FC Porto") is left to the model. Written by hand from the clubs' usual abbreviations (the training files
 * hold "Buxton FC" and "Montreal HC", too few for the model to learn them). Stateless.
 */
final class ClubSuffixNames {

    /** Abbreviations that end a club's (or, "HC", a high court's) name and are no word of English prose. */
    static final Set<String> ABBREVIATIONS = Set.of("FC", "AFC", "CF", "HC");

    private ClubSuffixNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 1; i < tokens.length; i++) {
            if (!ABBREVIATIONS.contains(tokens[i])) {
                continue;
            }
            MentionDraft own = LegalFormNames.at(mentions, i);
            if (own != null && own.start < i) {
                if (own.end == i + 1 && !own.type.equals(EntityTypes.ORGANIZATION)) {
                    own.type = EntityTypes.ORGANIZATION;
                    own.canonical = null;
                }
                continue;
            }
            int start = LegalFormNames.runStart(tokens, mentions, i, gazetteer);
            if (start == i) {
                continue;
            }
            int end = i + 1;
            mentions.removeIf(o -> o.sentence == sentence && o.start < end && start < o.end);
            mentions.add(new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true));
        }
        mentions.sort(null);
    }
}
