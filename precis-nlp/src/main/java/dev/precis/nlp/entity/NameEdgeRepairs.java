package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last repairs of {@link HeadWordJoins}, on names the model cut or typed wrong at their edges: a "person"
 * ending in a company's word ("First" + "Quantum Minerals"), a company touching the country of its unit
 * ("Stanbic Bank" + "Uganda" said), a person's name cut in two ("Qazi Faez" + "Isa"), and a given name and a
 * patronymic particle left before a person ("Abdulaziz bin" + "Salman"). Written by hand from closed word lists.
 * Stateless.
 */
final class NameEdgeRepairs {

    private NameEdgeRepairs() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        people(tokens, mentions, gazetteer);
        companyNotPerson(tokens, mentions, gazetteer);
        countryUnits(tokens, mentions, gazetteer);
        placePossessives(tokens, mentions, gazetteer);
    }

    /**
     * "Colombia's National Liberation Army" read as one organisation: a place and its possessive open the body's
     * name of two words or more after them ("People's Liberation Army" keeps its own possessive, "People" being no
     * place); the place is a location of its own.
     */
    private static void placePossessives(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        List<MentionDraft> places = null;
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 4) {
                continue;
            }
            int place = gazetteer.placeAt(tokens, m.start);
            int owner = m.start + place;
            if (place == 0 || owner + 2 >= m.end || !ListAndRulePass.POSSESSIVE.contains(tokens[owner])
                    || !ListAndRulePass.capitalised(tokens[owner + 1])) {
                continue;
            }
            if (places == null) {
                places = new ArrayList<>();
            }
            places.add(new MentionDraft(m.sentence, m.start, owner, EntityTypes.LOCATION, true));
            m.start = owner + 1;
            m.canonical = null;
        }
        if (places != null) {
            mentions.addAll(places);
            mentions.sort(null);
        }
    }

    /**
     * "First" + "Quantum Minerals" read as a person: a person's name does not end in a company's or body's word;
     * the mention is an organisation, opened by the untagged capitalised words before it. Words that are
     * also surnames ("Church", "Court") are left out.
     */
    private static void companyNotPerson(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            String last = tokens[m.end - 1];
            if (!m.type.equals(EntityTypes.PERSON) || m.length() < 2 || !(HeadWordJoins.COMPANY_ENDS.contains(last)
                    || CoordinatedNames.WHOLE_ENDS.contains(last) && !last.equals("Church") && !last.equals("Court"))) {
                continue;
            }
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            while (m.start > 0 && ListAndRulePass.capitalised(tokens[m.start - 1]) && !ListAndRulePass.isPunct(tokens[m.start - 1])
                    && !HeadWordJoins.covered(mentions, m.start - 1) && !ListAndRulePass.noNameAlone(tokens[m.start - 1])
                    && !gazetteer.isTitleWord(tokens[m.start - 1])) {
                m.start--;
            }
        }
    }

    /** Words after a company that say it acts as one. */
    private static final Set<String> REPORTS = Set.of("said", "says", "reported", "posted", "announced", "shares",
            "raised", "cut", "rose", "fell");
    /** Continents and regions a group names its unit after ("Airtel Africa", "Standard Chartered Asia"). */
    private static final Set<String> REGIONS = Set.of("Africa", "Asia", "Europe", "Americas", "Arabia", "Oceania");

    /**
     * "Stanbic Bank" + "Uganda" said, "Airtel" + "Malawi" said, "Airtel" + "Africa" raised: an organisation and a
     * country or continent touching it, acting as a company, is the group's unit there, one organisation.
     */
    private static void countryUnits(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            MentionDraft a = mentions.get(k - 1);
            MentionDraft b = mentions.get(k);
            if (a.type.equals(EntityTypes.ORGANIZATION) && b.type.equals(EntityTypes.LOCATION) && a.end == b.start
                    && b.length() == 1 && (gazetteer.isCountry(b.canonical == null ? tokens[b.start] : b.canonical)
                            || REGIONS.contains(tokens[b.start]))
                    && b.end < tokens.length && REPORTS.contains(tokens[b.end]) && !Gazetteer.isUpper(tokens[a.end - 1])) {
                a.end = b.end;
                a.canonical = null;
                mentions.remove(k);
            }
        }
    }

    /** No ordinary word, party member's word or title in the mention ("Incumbent Republican" is no given name). */
    private static boolean namesOnly(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        for (int k = m.start; k < m.end; k++) {
            String t = tokens[k];
            if (gazetteer.isCommonWord(t) || DocumentLinker.PARTY_MEMBERS.contains(t) || gazetteer.isTitleWord(t)) {
                return false;
            }
        }
        return true;
    }

    /** Arabic and Malay patronymic particles inside a person's name ("Abdulaziz bin Salman"). */
    private static final Set<String> PATRONYMICS = Set.of("bin", "bint", "ibn", "binti");

    /**
     * A person's name the model cut in two: two persons touching ("Qazi Faez" + "Isa") are one, and a given name
     * and a patronymic particle before the person ("Abdulaziz bin" + "Salman") belong to it.
     */
    private static void people(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        for (int k = mentions.size() - 1; k > 0; k--) {
            MentionDraft a = mentions.get(k - 1);
            MentionDraft b = mentions.get(k);
            if (a.type.equals(EntityTypes.PERSON) && b.type.equals(EntityTypes.PERSON) && a.end == b.start
                    && a.sentence == b.sentence && ListAndRulePass.capitalised(tokens[b.start]) && namesOnly(tokens, a, gazetteer)) {
                a.end = b.end;
                a.canonical = null;
                mentions.remove(k);
            }
        }
        for (MentionDraft m : mentions) {
            int p = m.start - 1;
            if (m.type.equals(EntityTypes.PERSON) && p >= 1 && PATRONYMICS.contains(tokens[p])
                    && ListAndRulePass.capitalised(tokens[p - 1]) && !ListAndRulePass.isPunct(tokens[p - 1])
                    && !HeadWordJoins.covered(mentions, p - 1) && !ListAndRulePass.noNameAlone(tokens[p - 1])) {
                m.start = p - 1;
                m.canonical = null;
            }
        }
    }
}
