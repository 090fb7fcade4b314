package dev.precis.nlp.entity;

import java.util.List;

/**
 * Sports results and standings ("Bristol Rovers 1 Stockport 1", "Spartak 3 1 1 1", "NEW YORK 59 76 .437"):
 * in a line of numbers, a capitalised name at the start of the line or right after a number, and
 * followed by a number, is a team, hence an organisation, unless it is a country (national teams are
 * written as their country). People already found are left alone. Stateless and thread-safe.
 */
final class ResultsTableRule {

    private final Gazetteer gazetteer;

    ResultsTableRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence) {
        int numbers = 0;
        for (String t : tokens) {
            if (integer(t)) {
                numbers++;
            }
        }
        if (numbers < 2) {
            return;
        }
        int i = 0;
        while (i < tokens.length) {
            if (!ListAndRulePass.capitalised(tokens[i]) || (i > 0 && !integer(tokens[i - 1]))
                    || ProperNameRule.CALENDAR.contains(tokens[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && !integer(tokens[end]) && (ListAndRulePass.capitalised(tokens[end])
                    || tokens[end].equals("'s") || tokens[end].matches("\\d{4}") || tokens[end].equals("-"))) {
                end++;
            }
            if (end < tokens.length && integer(tokens[end]) && end - i <= 5) {
                label(tokens, mentions, covered, sentence, i, end);
            }
            i = end;
        }
    }

    private void label(String[] tokens, List<MentionDraft> mentions, boolean[] covered, int sentence, int start, int end) {
        Gazetteer.Entry e = gazetteer.lookup(tokens, start, end);
        boolean country = e != null && gazetteer.isCountry(e.canonical());
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start < end && start < m.end && m.type.equals(EntityTypes.PERSON)
                    && (gazetteer.isFirstName(tokens[m.start]) || m.start < start || m.end > end)) {
                return; // a player in the line, not a team
            }
        }
        mentions.removeIf(m -> m.start < end && start < m.end);
        MentionDraft m = new MentionDraft(sentence, start, end,
                country ? EntityTypes.LOCATION : EntityTypes.ORGANIZATION, true);
        m.canonical = e == null ? null : e.canonical();
        mentions.add(m);
        for (int k = start; k < end; k++) {
            covered[k] = true;
        }
    }

    private static boolean integer(String t) {
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
