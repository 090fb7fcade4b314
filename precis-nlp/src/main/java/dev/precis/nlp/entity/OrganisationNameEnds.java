package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an organisation's name ends, fixed after the model in four shapes of news copy: a member's role
 * written after a party ("Labour Party of Ruritania MP", "… Member of Parliament" was one organisation), a legal
 * form followed by the company's home ("Kestrel Motor Corp of South Korea": the name ends at "Corp"; "Orla Foods
 * Inc. NAIROBI": a dateline the splitter left on the name), a publication named before the word that says
 * what it is ("Al-Fajr newspaper said", "Nowy Glos daily": the model left the title untagged); and a competition
 * named after a body or a place ("the Fed Cup", "the PGA Tour" were organisations). Written by hand:
 * each needs a closed list of words (roles, legal forms, kinds of publication and of competition). Stateless.
 */
final class OrganisationNameEnds {

    /** Roles of elected members, written after their party ("a Labour MP"): never the end of a body's name. */
    static final Set<String> MEMBER_ROLES = Set.of("MP", "MPs", "MEP", "MEPs", "MLA", "MLAs", "MPP", "MPPs",
            "MSP", "MSPs");
    /** Lower-case words after a publication's name that say what it is. */
    static final Set<String> PRESS_WORDS = Set.of("newspaper", "newspapers", "daily", "weekly", "magazine",
            "tabloid");
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
        pressNames(tokens, mentions, sentence, gazetteer);
        events(tokens, mentions);
        mentions.sort(null);
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
                int home = gazetteer.placeAt(tokens, i + 2);
                if (tokens[i + 1].equals("of") && home > 0 && home == m.end - i - 2) {
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

    /**
     * "Al-Fajr newspaper said", "Britain's Moon newspaper", "Nowy Glos daily": one to four capitalised words
     * right before a publication's kind word are its name, an organisation. Not a place, a nationality or a
     * language ("a Kenyan daily", "the Lagos newspaper"), a weekday ("the Sunday newspaper"), a title, or a
     * hyphenated descriptor ("the English-language daily", "the Beirut-based weekly"); not a run that goes on
     * before (a longer capitalised name) or a mention of the model's running past it.
     */
    private static void pressNames(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 1; i < tokens.length; i++) {
            if (!PRESS_WORDS.contains(tokens[i])) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < 4 && nameWord(tokens[start - 1], gazetteer)) {
                start--;
            }
            if (start == i || start > 0 && ListAndRulePass.capitalised(tokens[start - 1])
                    && !ListAndRulePass.isPunct(tokens[start - 1])) {
                continue;
            }
            while (start < i && ListAndRulePass.noNameAlone(tokens[start])) {
                start++; // "The Clarion newspaper": the article stays out
            }
            if (start == i || gazetteer.placeAt(tokens, start) >= i - start) {
                continue;
            }
            int s = start;
            int e = i;
            boolean crossing = mentions.stream().anyMatch(o -> o.start < e && s < o.end && (o.start < s || o.end > e));
            if (crossing) {
                continue;
            }
            mentions.removeIf(o -> o.start < e && s < o.end);
            mentions.add(new MentionDraft(sentence, s, e, EntityTypes.ORGANIZATION, true));
        }
    }

    /** A capitalised word that can be part of a publication's name. */
    private static boolean nameWord(String t, Gazetteer gazetteer) {
        if (!ListAndRulePass.capitalised(t) || ListAndRulePass.isPunct(t) || ListAndRulePass.calendar(t)
                || gazetteer.isTitleWord(t)) {
            return false;
        }
        int dash = t.lastIndexOf('-');
        if (dash >= 0 && dash + 1 < t.length() && Character.isLowerCase(t.charAt(dash + 1))) {
            return false; // "English-language", "Beirut-based", "State-run"
        }
        Gazetteer.Entry e = gazetteer.lookup(t);
        return e == null || e.kind() != Gazetteer.Kind.NATIONALITY && e.kind() != Gazetteer.Kind.LOCATION;
    }
}
