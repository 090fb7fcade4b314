package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Organisation names recognisable by their shape, which win over the places and demonyms inside
 * them: a run of capitalised words ending in an organisation word ("Palestine Liberation
 * Organisation", "British Airways Plc", "U.S. Treasury") or an organisation word followed by "of …"
 * ("Department of Transport"); a team after a player in parentheses ("Robbie Fowler ( Liverpool )");
 * a name followed by "( Country ) 9" or "( 1 ) v" in results; both sides of "PHOENIX AT NEW JERSEY".
 * Stateless and thread-safe.
 */
final class OrganisationPatternRule {

    private final Gazetteer gazetteer;

    OrganisationPatternRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i < tokens.length; i++) {
            if (!ProperNameRule.ORG_WORDS.contains(tokens[i])) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 5 && (ListAndRulePass.capitalised(tokens[start - 1])
                    && !ProperNameRule.CALENDAR.contains(tokens[start - 1]) && !gazetteer.isTitleWord(tokens[start - 1])
                    || (tokens[start - 1].equals("of") && start - 2 >= 0 && ListAndRulePass.capitalised(tokens[start - 2]))
                    || andBetweenDescriptors(tokens, start))) {
                start--;
            }
            // a capitalised common word opening the run is part of the name after a lower-case word ("the
            // Election Commission", "said Reserve Bank"), not at the start of a sentence or a clause
            while (start < i && (gazetteer.isCommonWord(tokens[start]) && !tokens[start].equals("National")
                    && !tokens[start].equals("International") && !tokens[start].equals("Central")
                    && (start == 0 || ListAndRulePass.capitalised(tokens[start - 1]) || ListAndRulePass.isPunct(tokens[start - 1]))
                    || tokens[start].equals("of") || tokens[start].equals("and"))) {
                start++;
            }
            int end = i + 1;
            boolean grew = true;
            while (grew) { // "Reserve Bank of India", "Ministry of Foreign Affairs Office"
                grew = false;
                while (end + 1 < tokens.length && (tokens[end].equals("of") || tokens[end].equals("for"))
                        && ListAndRulePass.capitalised(tokens[end + 1])) {
                    end += 2;
                    while (end < tokens.length && ListAndRulePass.capitalised(tokens[end]) && end - i < 7) {
                        end++;
                    }
                    grew = true;
                }
                while (end < tokens.length && ProperNameRule.ORG_WORDS.contains(tokens[end])) {
                    end++;
                    grew = true;
                }
            }
            Gazetteer.Entry listed = gazetteer.lookup(tokens, start, end);
            if (end - start >= 2 && (listed == null || listed.kind() == Gazetteer.Kind.ORGANIZATION)) {
                replace(mentions, new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true));
                i = end - 1;
            }
        }
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int close = m.end + 1;
            // "Cibona Zagreb ( Croatia ) 9", "Vicenza ( 1 ) v"
            while (close < tokens.length && close - m.end < 4 && !tokens[close].equals(")")) {
                close++;
            }
            if (m.end < tokens.length && tokens[m.end].equals("(") && close + 1 < tokens.length
                    && tokens[close].equals(")") && (integer(tokens[close + 1]) || tokens[close + 1].equals("v"))
                    && !m.type.equals(EntityTypes.PERSON) && !gazetteer.isCountry(orEmpty(m.canonical))) {
                m.type = EntityTypes.ORGANIZATION;
            }
            // "Robbie Fowler ( Liverpool )"
            if (m.type.equals(EntityTypes.PERSON) && m.end + 2 < tokens.length && tokens[m.end].equals("(")) {
                for (MentionDraft n : mentions) {
                    if (n.sentence == m.sentence && n.start == m.end + 1 && n.end < tokens.length
                            && tokens[n.end].equals(")") && !gazetteer.isCountry(orEmpty(n.canonical))
                            && !n.type.equals(EntityTypes.PERSON)) {
                        n.type = EntityTypes.ORGANIZATION;
                    }
                }
            }
        }
        mentions.addAll(added);
        schedule(tokens, mentions, sentence);
        mentions.sort(null);
    }

    /** "PHOENIX AT NEW JERSEY": an all-capitals fixture line. */
    private void schedule(String[] tokens, List<MentionDraft> mentions, int sentence) {
        int at = -1;
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (tokens[i].equals("AT")) {
                at = i;
            }
        }
        if (at < 0 || tokens.length > 8) {
            return;
        }
        for (String t : tokens) {
            if (!Gazetteer.isUpper(t) && !ListAndRulePass.isPunct(t)) {
                return;
            }
        }
        replace(mentions, new MentionDraft(sentence, 0, at, EntityTypes.ORGANIZATION, true));
        replace(mentions, new MentionDraft(sentence, at + 1, tokens.length - (ListAndRulePass.isPunct(tokens[tokens.length - 1]) ? 1 : 0),
                EntityTypes.ORGANIZATION, true));
    }

    /** "Economic and Financial Crimes Commission": "and" between a descriptive word and the name. */
    private boolean andBetweenDescriptors(String[] tokens, int start) {
        return start >= 2 && (tokens[start - 1].equals("and") || tokens[start - 1].equals("&"))
                && ListAndRulePass.capitalised(tokens[start - 2]) && ListAndRulePass.capitalised(tokens[start])
                && gazetteer.isCommonWord(tokens[start - 2]) && gazetteer.isCommonWord(tokens[start]);
    }

    private static void replace(List<MentionDraft> mentions, MentionDraft m) {
        if (m.end <= m.start) {
            return;
        }
        if (mentions.stream().anyMatch(o -> o.overlaps(m) && o.length() > m.length())) {
            return;
        }
        mentions.removeIf(o -> o.overlaps(m));
        mentions.add(m);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean integer(String t) {
        return !t.isEmpty() && t.length() <= 4 && t.chars().allMatch(Character::isDigit);
    }
}
