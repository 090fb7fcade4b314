package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A body whose name ends in "in" and a place, written after a word for a group ("the pressure group Human Rights in
 * Ruritania said", "the charity Clean Water in Africa"): the model leaves the words before "in" untagged, or tags
 * them as a body of their own, and tags the place alone. When the capitalised words between the group word and "in"
 * (at least two) are untagged, or one organisation not ending in a body's closing word, they, "in" and the place are
 * one organisation. A body whose name is closed ("the group Amnesty International in London", "… Rights Watch in
 * Geneva") keeps the place apart: there the place is where the body is. Part of {@link ListAndRulePass};
 * written by hand (no acronym to confirm the long form, the case {@link AcronymIntroductions} covers). Stateless.
 */
final class GroupInPlaceNames {

    /** Words for a body that introduce its name. */
    static final Set<String> GROUP_NOUNS = WordSet.of("group", "organisation", "organization", "watchdog", "charity",
            "movement", "coalition", "campaign", "NGO");

    /** Words that close a body's name, beside {@link ProperNameRule#ORG_WORDS}. */
    private static final Set<String> CLOSING = WordSet.of("International", "Watch", "Worldwide", "Aid", "Alliance",
            "Initiative", "Centre", "Center", "Council", "Group");

    private GroupInPlaceNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions) {
        boolean[] covered = new boolean[tokens.length];
        mentions.forEach(m -> ListAndRulePass.mark(covered, m));
        for (int i = 1; i < tokens.length; i++) {
            if (!GROUP_NOUNS.contains(tokens[i - 1])) {
                continue;
            }
            MentionDraft body = null;
            for (MentionDraft m : mentions) {
                if (m.start == i && m.type.equals(EntityTypes.ORGANIZATION)) {
                    body = m;
                }
            }
            if (body != null && (ProperNameRule.ORG_WORDS.contains(tokens[body.end - 1])
                    || CLOSING.contains(tokens[body.end - 1]))) {
                continue;
            }
            int k = body != null ? body.end : i;
            while (body == null && k < tokens.length && !covered[k] && ListAndRulePass.capitalised(tokens[k])
                    && !ListAndRulePass.isPunct(tokens[k])) {
                k++;
            }
            if (k - i < 2 || k + 1 >= tokens.length || !tokens[k].equals("in")) {
                continue;
            }
            MentionDraft place = null;
            for (MentionDraft m : mentions) {
                if (m.start == k + 1 && m.type.equals(EntityTypes.LOCATION)) {
                    place = m;
                }
            }
            if (place == null) {
                continue;
            }
            place.start = i;
            place.type = EntityTypes.ORGANIZATION;
            place.canonical = null;
            if (body != null) {
                mentions.remove(body);
            }
            ListAndRulePass.mark(covered, i, place.end);
        }
    }
}
