package dev.precis.nlp.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One word joining two capitalised parts without a space ("KenGen", "VinFast", "NationsBank", "PetroChina") is an
 * organisation, run last in {@link ListAndRulePass}: companies coin such names, people's and places' names rarely
 * have that shape. The model reads them as places or persons, or leaves them, because their word features are
 * rare. A "Mc", "Mac", "De", "La" … opening ("McCain", "DeSantis", "LaToya"), a listed first name or any listed
 * name is left alone, and so is a word inside a run of capitalised words. Written by hand (a shape with
 * exceptions). Stateless.
 */
final class JoinedCapitalNames {

    private static final Pattern JOINED_CAPITALS = Pattern.compile("[A-Z][a-z]+[A-Z][a-z]{2,}[A-Za-z]*");
    private static final Pattern PERSON_PREFIX = Pattern.compile("(Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Al|El|Fitz|St|Del|Della)[A-Z].*");

    /**
     * Words before a product's or a pet's name rather than a firm's ("your PayPal account", "a cat named
     * GummiBear"): an untagged word after them is left alone.
     */
    private static final java.util.Set<String> OWNERS = WordSet.of("my", "your", "our", "his", "her", "their",
            "named", "called", "nicknamed");

    private JoinedCapitalNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        boolean added = false;
        for (int i = 0; i < tokens.length; i++) {
            if (!joinedCapitals(tokens[i], gazetteer)) {
                continue;
            }
            MentionDraft covering = covering(mentions, sentence, i);
            if (covering != null) {
                if (covering.length() == 1 && (covering.type.equals(EntityTypes.PERSON)
                        || covering.type.equals(EntityTypes.LOCATION))) {
                    covering.type = EntityTypes.ORGANIZATION; // "electricity from KenGen" read as a place
                }
            } else if ((i == 0 || !ListAndRulePass.capitalised(tokens[i - 1]) && !OWNERS.contains(tokens[i - 1]))
                    && (i + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[i + 1]))) {
                mentions.add(new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
                added = true;
            }
        }
        if (added) {
            mentions.sort(null);
        }
    }

    /** "KenGen", not "McLaren", "Kenya" or "KENGEN"; the cheap tests first, as this runs on every token. */
    static boolean joinedCapitals(String t, Gazetteer gazetteer) {
        return t.length() >= 6 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))
                && JOINED_CAPITALS.matcher(t).matches() && !PERSON_PREFIX.matcher(t).matches()
                && gazetteer.lookup(t) == null && !gazetteer.isFirstName(t);
    }

    private static MentionDraft covering(List<MentionDraft> mentions, int sentence, int i) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start <= i && i < m.end) {
                return m;
            }
        }
        return null;
    }
}
