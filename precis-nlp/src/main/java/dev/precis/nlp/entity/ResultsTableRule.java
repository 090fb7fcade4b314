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
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.LOCATION) && inTable(tokens, m.start, m.end)
                    && !gazetteer.isCountry(m.canonical == null ? "" : m.canonical)) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
        int i = 0;
        while (i < tokens.length) {
            if (covered[i] || !ListAndRulePass.capitalised(tokens[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && !covered[end] && (ListAndRulePass.capitalised(tokens[end])
                    || tokens[end].equals("'s"))) {
                end++;
            }
            if (inTable(tokens, i, end)) {
                Gazetteer.Entry e = gazetteer.lookup(tokens, i, end);
                boolean country = e != null && gazetteer.isCountry(e.canonical());
                MentionDraft m = new MentionDraft(sentence, i, end,
                        country ? EntityTypes.LOCATION : EntityTypes.ORGANIZATION, true);
                m.canonical = e == null ? null : e.canonical();
                mentions.add(m);
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
            }
            i = end;
        }
    }

    private static boolean inTable(String[] tokens, int start, int end) {
        boolean after = start == 0 || integer(tokens[start - 1]);
        return after && end < tokens.length && integer(tokens[end]);
    }

    private static boolean integer(String t) {
        if (t.isEmpty() || t.length() > 4) {
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
