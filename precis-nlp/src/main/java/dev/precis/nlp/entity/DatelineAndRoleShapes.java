package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Sentence-level shapes of wire copy the name model was not trained on: the agency in a dateline's brackets
 * ("HANOI (VNA) -", "ISLAMABAD, March 4 (APP):"), a person named after an organisation and a role
 * ("Samajwadi Party chief Akhilesh Yadav", which the model read as an organisation running on after the
 * party), and a name opening with a possessive plural ("People's Bank of China", "Workers' Party", cut by
 * the tokenizer's possessive split). Stateless and thread-safe.
 */
final class DatelineAndRoleShapes {

    /** What closes a dateline's bracketed credit: a dash or a colon before the story. */
    private static final Set<String> AFTER_CREDIT = WordSet.of("-", "--", "–", "—", "―", ":");
    /** Dates and their parts inside a dateline ("BEIJING, May 6", "NEW DELHI, Jan. 12"). */
    private static final java.util.regex.Pattern DATE_PART = java.util.regex.Pattern.compile("\\d{1,4}|[A-Z][a-z]{2,8}\\.?");
    /** Lower-case roles after an organisation and before the person who holds them in it. */
    private static final Set<String> ROLES = WordSet.of("chief", "leader", "president", "chairman", "chairwoman",
            "chairperson", "spokesman", "spokeswoman", "spokesperson", "secretary", "founder", "head", "member",
            "lawmaker", "legislator", "candidate", "MP", "senator", "official", "director", "boss", "ceo", "CEO",
            "supremo", "patron", "vice-president", "vice-chairman", "general-secretary", "secretary-general");
    /** Plural nouns whose possessive opens names of parties, banks, papers and states ("People's", "Workers'"). */
    private static final Set<String> POSSESSIVE_PLURALS = WordSet.of("People", "Peoples", "Workers", "Women", "Farmers",
            "Citizens", "Children", "Veterans", "Teachers", "Journalists", "Writers", "Martyrs", "Patriots");
    private static final Set<String> POSSESSIVE = WordSet.of("'s", "’s", "'", "’");

    private final Gazetteer gazetteer;

    DatelineAndRoleShapes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * "BEIJING, May 6 (Xinhua) --", "HANOI (VNA) -", "ISLAMABAD, March 4 (APP):": a sentence opening with a place
     * in capitals, perhaps a date, then one to four capitalised words in brackets followed by a dash or colon;
     * the bracketed words are the agency the story comes from, whatever the model made of them (an unseen
     * acronym is often left untagged, an agency's name read as a person). Returns whether it found one.
     */
    boolean datelineAgency(String[] tokens, List<MentionDraft> mentions, int sentence) {
        // the splitter sometimes ends a sentence after "ADDIS ABABA," so the date may open the sentence
        boolean opens = Gazetteer.isUpper(tokens[0]) && letters(tokens[0]) 
                || ProperNameRule.CALENDAR.contains(tokens[0].endsWith(".") ? tokens[0].substring(0, tokens[0].length() - 1) : tokens[0])
                && tokens.length > 1 && !ListAndRulePass.capitalised(tokens[1]);
        if (tokens.length < 5 || !opens) {
            return false;
        }
        int open = -1;
        for (int i = 1; i < tokens.length && i < 10; i++) {
            String t = tokens[i];
            if (t.equals("(")) {
                open = i;
                break;
            }
            boolean part = Gazetteer.isUpper(t) && letters(t) || t.equals(",") || DATE_PART.matcher(t).matches();
            if (!part) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = open + 1;
        while (close < tokens.length && close - open <= 5 && ListAndRulePass.capitalised(tokens[close])) {
            close++;
        }
        if (close == open + 1 || close - open > 5 || close + 1 >= tokens.length || !tokens[close].equals(")")
                || !AFTER_CREDIT.contains(tokens[close + 1])) {
            return false;
        }
        for (int k = open + 1; k < close; k++) {
            if (gazetteer.isCommonWord(tokens[k]) && !Gazetteer.isUpper(tokens[k]) || ListAndRulePass.noNameAlone(tokens[k])) {
                return false; // "(Updated)", "(Monday)"
            }
        }
        MentionDraft agency = new MentionDraft(sentence, open + 1, close, EntityTypes.ORGANIZATION, true);
        Gazetteer.Entry listed = gazetteer.lookup(tokens, open + 1, close);
        if (listed != null) {
            agency.canonical = listed.canonical();
        }
        mentions.removeIf(m -> m.overlaps(agency));
        mentions.add(agency);
        datelinePlace(tokens, mentions, sentence);
        mentions.sort(null);
        return true;
    }

    /**
     * The place in capitals that opens a dateline with an agency credit ("OSTROVKA, Russia (Reuters) --",
     * "PORT LOUIS (AFP) -"): the capitalised words before the first comma or bracket are one place, whatever
     * the model made of them (left untagged when unseen, read as an organisation, or cut to one word).
     */
    private static void datelinePlace(String[] tokens, List<MentionDraft> mentions, int sentence) {
        int end = 0;
        while (end < tokens.length && end < 5 && Gazetteer.isUpper(tokens[end]) && letters(tokens[end])
                && tokens[end].chars().anyMatch(Character::isLetter) && !tokens[end].endsWith(".")) {
            end++;
        }
        if (end == 0 || end == tokens.length || !(tokens[end].equals(",") || tokens[end].equals("("))) {
            return;
        }
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start == 0 && m.end == end && m.type.equals(EntityTypes.LOCATION)) {
                return;
            }
        }
        MentionDraft place = new MentionDraft(sentence, 0, end, EntityTypes.LOCATION, true);
        mentions.removeIf(m -> m.overlaps(place));
        mentions.add(place);
    }

    /**
     * "Samajwadi Party chief Akhilesh Yadav", "ANC leader Cyril Ramaphosa": after an organisation and a
     * lower-case role, capitalised words the model read as an organisation are the person holding the role
     * (its own or a listed organisation's words keep the type: "party spokesman Foreign Ministry"). Runs before
     * adjacent people are joined, so "Akhilesh" (organisation) "Yadav" (person) become one person.
     */
    void personAfterRole(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.ruleBased || m.canonical != null || m.start < 2
                    || m.length() > 3 || !ROLES.contains(tokens[m.start - 1]) || !afterOrganisation(mentions, m)) {
                continue;
            }
            boolean name = true;
            for (int k = m.start; k < m.end && name; k++) {
                String t = tokens[k];
                name = ListAndRulePass.capitalised(t) && !Gazetteer.isUpper(t) && letters(t)
                        && !ProperNameRule.ORG_WORDS.contains(t) && !gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null;
            }
            if (name) {
                m.type = EntityTypes.PERSON;
            }
        }
    }

    private static boolean afterOrganisation(List<MentionDraft> mentions, MentionDraft m) {
        for (MentionDraft o : mentions) {
            if (o.sentence == m.sentence && o.end == m.start - 1 && o.type.equals(EntityTypes.ORGANIZATION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The People's Bank of China", "Workers' Party of Korea", "People's Republic of China": the tokenizer splits
     * the possessive off, and the model's name starts after it; the plural noun and its possessive belong to it.
     */
    void possessivePluralOpeners(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (m.start >= 2 && !m.type.equals(EntityTypes.PERSON) && POSSESSIVE.contains(tokens[m.start - 1])
                    && POSSESSIVE_PLURALS.contains(tokens[m.start - 2]) && (m.start == 2 || !covers(mentions, m, m.start - 3))) {
                m.start -= 2;
                m.canonical = null;
            }
        }
    }

    private static boolean covers(List<MentionDraft> mentions, MentionDraft self, int token) {
        for (MentionDraft o : mentions) {
            if (o != self && o.sentence == self.sentence && o.start <= token && token < o.end) {
                return true;
            }
        }
        return false;
    }

    private static boolean letters(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isLetter(t.charAt(k)) && t.charAt(k) != '-' && t.charAt(k) != '.') {
                return false;
            }
        }
        return !t.isEmpty();
    }
}
