package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A body's head word and its preposition the model dropped, part of {@link ListAndRulePass}: in "the Institute for
 * Fiscal Studies" the model now and then tags "Fiscal Studies" alone, and when another body follows after "and"
 * it joins the two ("Fiscal Studies and Human Rights Watch"). A mention right after a capitalised head word
 * ("Institute", "Centre", "Council", …) and "for", "of" or "on" takes them (and the capitalised words before the
 * head, "National Institute for …"); a second body after "and" (a listed one, or one ending in a body's word)
 * is split off. Written by hand: the head words are a closed class. Stateless.
 */
final class DroppedBodyHeads {

    private static final Set<String> HEADS = WordSet.of("Institute", "Centre", "Center", "Council", "Foundation",
            "Society", "Association", "Ministry", "Department", "Office", "Commission", "Committee", "School",
            "Academy", "Fund", "League", "Federation", "Alliance", "Coalition", "Agency", "Bureau", "Campaign",
            "Network", "Trust", "Forum", "Institution", "Observatory");
    private static final Set<String> LINKS = WordSet.of("for", "of", "on");
    /** Last words of a second body after "and" beside the body's words of {@link ProperNameRule#ORG_WORDS}. */
    private static final Set<String> LAST_WORDS = WordSet.of("Watch", "Brigades");

    private DroppedBodyHeads() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        boolean[] covered = new boolean[tokens.length];
        mentions.forEach(m -> ListAndRulePass.mark(covered, m));
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            int head = m.start - 2;
            if (head < 0 || !LINKS.contains(tokens[m.start - 1]) || !HEADS.contains(tokens[head]) || covered[head]) {
                continue;
            }
            int start = head;
            while (start > 0 && !covered[start - 1] && ListAndRulePass.capitalised(tokens[start - 1])
                    && !ListAndRulePass.noNameAlone(tokens[start - 1]) && !ListAndRulePass.isPunct(tokens[start - 1])) {
                start--;
            }
            ListAndRulePass.mark(covered, start, m.start);
            m.start = start;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            MentionDraft second = secondBody(tokens, m, head + 3, sentence, gazetteer);
            if (second != null) {
                added.add(second);
            }
        }
        mentions.addAll(added);
    }

    /** The body after "and" in the mention, cut off it; null when there is none. */
    private static MentionDraft secondBody(String[] tokens, MentionDraft m, int from, int sentence,
            Gazetteer gazetteer) {
        for (int k = from; k + 2 < m.end + 1; k++) {
            if (!tokens[k].equals("and") || m.end - k - 1 < 2) {
                continue;
            }
            for (int j = k + 1; j < m.end; j++) {
                if (!ListAndRulePass.capitalised(tokens[j])) {
                    return null;
                }
            }
            Gazetteer.Entry listed = gazetteer.lookup(tokens, k + 1, m.end);
            String last = tokens[m.end - 1];
            if (listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION || ProperNameRule.ORG_WORDS.contains(last)
                    || LAST_WORDS.contains(last)) {
                MentionDraft second = new MentionDraft(sentence, k + 1, m.end, EntityTypes.ORGANIZATION, true);
                m.end = k;
                return second;
            }
            return null;
        }
        return null;
    }
}
