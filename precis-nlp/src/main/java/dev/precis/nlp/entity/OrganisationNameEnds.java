package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an organisation's name ends, fixed after the model in three shapes of news copy: a member's role
 * written after a party ("Labour Party of Ruritania MP", "… Member of Parliament" was one organisation), a legal
 * form followed by the company's home ("Kestrel Motor Corp of South Korea": the name ends at "Corp"; "Orla Foods
 * Inc. NAIROBI": a dateline the splitter left on the name), and a competition named after a body or a place
 * ("the Fed Cup", "the PGA Tour" were organisations). Written by hand: each needs a closed list of words (roles,
 * legal forms, kinds of competition). Stateless.
 */
final class OrganisationNameEnds {

    /** Roles of elected members, written after their party ("a Labour MP"): never the end of a body's name. */
    static final Set<String> MEMBER_ROLES = Set.of("MP", "MPs", "MEP", "MEPs", "MLA", "MLAs", "MPP", "MPPs",
            "MSP", "MSPs");
    /**
     * "Co" closes a name before "of" and the company's home too; "Company" and "Corporation" do not ("Carnegie
     * Corporation of New York" is one name).
     */
    private static final Set<String> CLOSING_FORMS = Set.of("Co", "Co.");

    private OrganisationNameEnds() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        roleAfterBody(tokens, mentions, gazetteer);
        formCloses(tokens, mentions, sentence, gazetteer);
        events(tokens, mentions);
        compassHomes(tokens, mentions);
        mentions.sort(null);
    }

    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West");

    /**
     * "The Islamic Army of the North released …": a body's name ending in its head word goes on over "of the" and
     * the quarter it is of, which the model leaves out as a region; a capitalised word after the quarter ("of the
     * North Kalvan …") leaves the name as it is.
     */
    private static void compassHomes(String[] tokens, List<MentionDraft> mentions) {
        List<MentionDraft> regions = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int at = m.end;
            if (!m.type.equals(EntityTypes.ORGANIZATION) || at + 2 >= tokens.length
                    || !CoordinatedNames.WHOLE_ENDS.contains(tokens[at - 1]) || !tokens[at].equals("of")
                    || !tokens[at + 1].equals("the") || !COMPASS.contains(tokens[at + 2])
                    || at + 3 < tokens.length && ListAndRulePass.capitalised(tokens[at + 3])
                    && !ListAndRulePass.isPunct(tokens[at + 3])) {
                continue;
            }
            // the quarter read as a region gives way to the name; any other mention there keeps its reading
            List<MentionDraft> there = mentions.stream()
                    .filter(o -> o.sentence == m.sentence && o.start > at && o.start <= at + 2).toList();
            if (there.stream().allMatch(o -> o.type.equals(EntityTypes.LOCATION) && o.start == at + 2
                    && o.length() == 1)) {
                regions.addAll(there);
                m.end = at + 3;
                m.canonical = null;
            }
        }
        mentions.removeAll(regions);
    }

    /** Words that make a competition of the name before them ("the Kremlin Cup", "the Qatar Open"). */
    static final Set<String> EVENT_WORDS = Set.of("Cup", "Open", "Championship", "Championships", "Trophy", "Classic");

    /**
     * A competition named after a body, a place or a person is no organisation: a mention followed by (or
     * ending in) "Cup", "Open", "Championship(s)", "Trophy" or "Classic" ("the Fed Cup", "the UEFA Cup", "the U.S.
     * Open"), by "Tour" after an organisation ("the PGA Tour"), or by "Games" after a place ("the Beijing
     * Games"), is the competition, a miscellaneous name. In a line in capitals the word is in capitals too.
     */
    private static void events(String[] tokens, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.MISC)) {
                continue;
            }
            String last = tokens[m.end - 1];
            if (m.length() > 1 && EVENT_WORDS.contains(last)) {
                m.type = EntityTypes.MISC;
                m.canonical = null;
                continue;
            }
            if (m.end >= tokens.length) {
                continue;
            }
            String next = tokens[m.end];
            if (Gazetteer.isUpper(next) && Gazetteer.isUpper(last) && next.length() > 2) {
                next = next.charAt(0) + ListAndRulePass.lower(next.substring(1)); // "FED CUP"
            }
            boolean event = EVENT_WORDS.contains(next)
                    || next.equals("Tour") && m.type.equals(EntityTypes.ORGANIZATION)
                    || next.equals("Games") && m.type.equals(EntityTypes.LOCATION);
            boolean free = mentions.stream().noneMatch(o -> o.start <= m.end && m.end < o.end);
            if (event && free) {
                m.end++;
                m.type = EntityTypes.MISC;
                m.canonical = null;
            }
        }
    }

    /**
     * "MP" alone as an organisation is no name; "Liberal Party of Ruritania MP" is the party and a role; "Green
     * Party of Ruritania Member of Parliament" likewise (the part before "Member of" ends in a body's word or in
     * "of" and a place).
     */
    private static void roleAfterBody(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        mentions.removeIf(m -> m.type.equals(EntityTypes.ORGANIZATION) && m.length() == 1
                && MEMBER_ROLES.contains(tokens[m.start]));
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 2) {
                continue;
            }
            if (MEMBER_ROLES.contains(tokens[m.end - 1]) && ListAndRulePass.capitalised(tokens[m.end - 2])
                    && !MEMBER_ROLES.contains(tokens[m.end - 2])) {
                m.end--;
                m.canonical = null;
                continue;
            }
            for (int j = m.start + 2; j < m.end - 1; j++) {
                boolean member = (tokens[j].equals("Member") || tokens[j].equals("Members")) && tokens[j + 1].equals("of");
                if (member && bodyEnds(tokens, m.start, j, gazetteer)) {
                    m.end = j;
                    m.canonical = null;
                    break;
                }
            }
        }
    }

    /** The words {@code [from, to)} end in a body's word, or in "of" and a place after one. */
    private static boolean bodyEnds(String[] tokens, int from, int to, Gazetteer gazetteer) {
        if (CoordinatedNames.WHOLE_ENDS.contains(tokens[to - 1])) {
            return true;
        }
        for (int k = to - 2; k > from; k--) {
            if (tokens[k].equals("of")) {
                return CoordinatedNames.WHOLE_ENDS.contains(tokens[k - 1]) && gazetteer.placeAt(tokens, k + 1) == to - k - 1;
            }
        }
        return false;
    }

    /**
     * A legal form inside an organisation closes it when "of" and a place end the mention ("… Corp of South
     * Korea", "… Inc of Port Harcourt": the home is no part of the name) or when the form ends in a stop and a
     * capitalised word follows it (a sentence or dateline the splitter did not cut; a place there is kept as one).
     */
    private static void formCloses(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            for (int i = m.start + 1; i < m.end - 1; i++) {
                String t = tokens[i];
                boolean form = LegalFormNames.FORMS.contains(t);
                if (!form && !CLOSING_FORMS.contains(t)) {
                    continue;
                }
                int home = tokens[i + 1].equals("of") ? gazetteer.placeAt(tokens, i + 2) : 0;
                if (home > 0 && home == m.end - i - 2) {
                    m.end = i + 1;
                    m.canonical = null;
                    break;
                }
                if (form && t.endsWith(".") && t.length() > 2 && t.indexOf('.') == t.length() - 1
                        && ListAndRulePass.capitalised(tokens[i + 1]) && !ListAndRulePass.isPunct(tokens[i + 1])
                        && !LegalFormNames.FORMS.contains(tokens[i + 1])) {
                    int place = gazetteer.placeAt(tokens, i + 1);
                    if (place > 0 && place == m.end - i - 1) {
                        added.add(new MentionDraft(sentence, i + 1, m.end, EntityTypes.LOCATION, true));
                    }
                    m.end = i + 1;
                    m.canonical = null;
                    break;
                }
            }
        }
        mentions.addAll(added);
    }
}
