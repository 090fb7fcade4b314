package dev.precis.nlp.entity;

import java.util.List;

/**
 * Splits a person off the end of an organisation the model ran on into a name after it (split from
 * {@link ListAndRulePass}, which calls it once per sentence). Stateless and thread-safe.
 */
final class OrganisationPersonSplit {

    private final Gazetteer gazetteer;

    OrganisationPersonSplit(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "… won by Liberal Party of Canada Bonnie Hickey", "former Labour Party of Kenya Cabinet minister": an
     * organisation ending in "of" and a place does not run on into a first name or a title after the place;
     * a first name and the capitalised words after it are the person.
     */
    void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        List<MentionDraft> people = new java.util.ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 4) {
                continue;
            }
            for (int k = m.start + 3; k < m.end; k++) {
                if (!tokens[k - 2].equals("of") || !place(tokens, k - 1)) {
                    continue;
                }
                boolean person = k + 1 < m.end && (gazetteer.isFirstName(tokens[k]) && gazetteer.lookup(tokens[k]) == null
                        || unlistedName(tokens, k, m.end));
                if (person || gazetteer.isTitleWord(tokens[k])
                        || TitleFinder.ROLE_WORDS.contains(ListAndRulePass.lower(tokens[k]))) {
                    if (person) {
                        people.add(new MentionDraft(sentence, k, m.end, EntityTypes.PERSON, true));
                    }
                    m.end = k;
                    m.canonical = null;
                    break;
                }
            }
        }
        mentions.addAll(people);
    }

    /**
     * Two or three capitalised words ending the mention that are no ordinary words, bodies' words, titles or
     * listed names ("Thandiwe Mokoena" with a given name the list lacks; not "Pension Plan", "Youth League").
     */
    private boolean unlistedName(String[] tokens, int from, int to) {
        if (to - from < 2 || to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String t = tokens[k];
            if (!ListAndRulePass.capitalised(t) || Gazetteer.isUpper(t) || !t.chars().allMatch(Character::isLetter)
                    || gazetteer.isCommonWord(t) || ProperNameRule.ORG_WORDS.contains(t) || gazetteer.isTitleWord(t)
                    || TitleFinder.ROLE_WORDS.contains(ListAndRulePass.lower(t)) || gazetteer.lookup(t) != null
                    || gazetteer.placeAt(tokens, k) > 0) {
                return false;
            }
        }
        return true;
    }

    /** A listed place or a GeoNames place of one word ("Canada", "Ontario"). */
    private boolean place(String[] tokens, int i) {
        Gazetteer.Entry e = gazetteer.lookup(tokens, i, i + 1);
        return e != null && e.kind() == Gazetteer.Kind.LOCATION || e == null && gazetteer.placeAt(tokens, i) == 1;
    }
}
