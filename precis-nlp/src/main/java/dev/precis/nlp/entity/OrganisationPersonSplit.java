package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

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
                // "Federation of Tanjung Malim Traders": a name ending in a plural of ordinary English names members
                boolean person = k + 1 < m.end && (gazetteer.isFirstName(tokens[k]) && gazetteer.lookup(tokens[k]) == null
                        || unlistedName(tokens, k, m.end)) && !members(tokens[m.end - 1]);
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
        titledHolders(tokens, mentions, sentence);
    }

    /**
     * "Department of Agrarian Reform Secretary Ana Lucero", "Central Bank of Kalvan Governor Amina Bello": wire copy
     * puts the body before its officer's title and name, and the model runs them into one organisation. A
     * capitalised head of a title ("Secretary", "Governor", "Chairman" …; more title words may follow: "Director
     * General") after two or more of the body's words, with a person's name closing the mention, ends the body;
     * the name is the person. A title after "of", "the", "and" is the body's own ("Office of the Attorney General
     * Maria Santos": the body ends after the title).
     */
    private void titledHolders(String[] tokens, List<MentionDraft> mentions, int sentence) {
        List<MentionDraft> people = new java.util.ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 4) {
                continue;
            }
            for (int k = m.start + 2; k < m.end - 1; k++) {
                if (!ListAndRulePass.capitalised(tokens[k]) || title(tokens[k - 1])
                        || !TitleFinder.HEADS.contains(ListAndRulePass.lower(tokens[k]))) {
                    continue;
                }
                int name = k + 1;
                while (name < m.end - 1 && title(tokens[name])) {
                    name++;
                }
                boolean given = gazetteer.isFirstName(tokens[name]) || PersonSexes.ofGivenName(tokens[name]) != null;
                if (given && gazetteer.lookup(tokens[name]) == null && name + 1 < m.end
                        || unlistedName(tokens, name, m.end)) {
                    people.add(new MentionDraft(sentence, name, m.end, EntityTypes.PERSON, true));
                    m.end = LINKS.contains(tokens[k - 1]) ? name : k;
                    m.canonical = null;
                }
                break;
            }
        }
        mentions.addAll(people);
    }

    private static final Set<String> LINKS = Set.of("of", "the", "and", "for", "&");

    private boolean title(String t) {
        return gazetteer.isTitleWord(t) || TitleFinder.ROLE_WORDS.contains(ListAndRulePass.lower(t));
    }

    /**
     * Two or three capitalised words ending the mention that are no ordinary words, bodies' words, titles or
     * listed names ("Thandiwe Mokoena" with a given name the list lacks; not "Pension Plan", "Youth League").
     */
    /**
     * A plural of ordinary English naming members ("Farmers", "Traders": the plural, its singular or, for a doer's
     * word in "-ers", its verb is a frequent word), which ends a body's name, not a person's.
     */
    private boolean members(String t) {
        if (t.length() <= 4 || !t.endsWith("s") || t.endsWith("ss") || !ListAndRulePass.capitalised(t)
                || Gazetteer.isUpper(t) || gazetteer.lookup(t) != null) {
            return false;
        }
        String one = t.substring(0, t.length() - 1);
        String verb = t.endsWith("ers") ? t.substring(0, t.length() - 3) : "";
        return gazetteer.isCommonWord(t) || gazetteer.isCommonWord(one)
                || verb.length() > 2 && (gazetteer.isCommonWord(verb) || gazetteer.isCommonWord(verb + "e"));
    }

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
