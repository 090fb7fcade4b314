package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A party's adjective describing a person or a race rather than naming the party: "Democratic challenger Ann Reed",
 * "the Republican nominee", "Conservative candidate", "to Liberal Tom Hale". The model and the lists read the lone
 * word as the party (an organisation); newswire and CrossNER annotate it as a miscellaneous adjective, the way a
 * nationality before a person is. A one-word organisation from {@link #ADJECTIVES} straight before a person's
 * mention or a word in {@link #ROLES} becomes {@link EntityTypes#MISC}. Party names used as nouns ("Labour won",
 * "the Tories") are not in the list; "the Liberal party", "Liberal majority" are left alone. Part of
 * {@link ListAndRulePass}. Stateless.
 */
final class PartyAdjectives {

    /** Party words whose bare form is an adjective. */
    static final Set<String> ADJECTIVES = WordSet.of("Democratic", "Republican", "Conservative", "Liberal", "Socialist",
            "Communist");

    /** Lower-case words for a candidate, an office-holder or a contest, which such an adjective describes. */
    static final Set<String> ROLES = WordSet.of("candidate", "candidates", "challenger", "challengers", "nominee",
            "nominees", "incumbent", "incumbents", "mayor", "senator", "senators", "congressman", "congresswoman",
            "congressmen", "governor", "lawmaker", "lawmakers", "legislator", "legislators", "councillor",
            "councillors", "councilman", "primary", "primaries", "nomination", "ticket", "presidential", "former",
            "colleagues", "win", "wins", "victory", "victories", "landslide", "landslides", "gains", "prime",
            "president", "ministers", "contender", "contenders", "hopeful", "hopefuls", "rival", "rivals");

    private PartyAdjectives() {
    }

    /** The whole document's mentions, after the document pass has settled their types. */
    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (check(tokens, mentions, m)) {
                m.type = EntityTypes.MISC;
                m.canonical = null;
            }
        }
    }

    /** One sentence's mentions (all in the sentence of {@code tokens}). */
    static void apply(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (check(tokens, mentions, m)) {
                m.type = EntityTypes.MISC;
                m.canonical = null;
            }
        }
    }

    private static boolean check(String[] tokens, List<MentionDraft> mentions, MentionDraft m) {
        if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() != 1 || m.end >= tokens.length
                || !ADJECTIVES.contains(tokens[m.start])) {
            return false;
        }
        boolean person = false;
        for (MentionDraft o : mentions) {
            person |= o.sentence == m.sentence && o.start == m.end && o.type.equals(EntityTypes.PERSON);
        }
        return person || ROLES.contains(tokens[m.end]);
    }
}
