package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Bodies named by a head word and what they are for, that the model missed whole: "The Centre for Policy
 * Alternatives said …", "Initiative for Peace and Development", part of {@link ListAndRulePass}. The head words are
 * no {@link ProperNameRule#ORG_WORDS}: alone or closing a name ("the city centre", "Darsona Trade Centre") they are
 * buildings or places, so {@link OrganisationPatternRule} leaves them; before a capitalised "for" run they open an
 * organisation's name. A name the model or another rule found over it is left as it is, but for an organisation
 * the model found inside the cause alone.
 * Written by hand: a closed class of head words. Stateless.
 */
final class LinkedBodyHeads {

    private static final Set<String> HEADS = Set.of("Centre", "Center", "Initiative", "Platform", "Forum",
            "Observatory", "Consortium", "Campaign", "Conference");
    /** Small words inside the cause when a capitalised word follows ("Science and Environment", "Rule of Law"). */
    private static final Set<String> JOINERS = Set.of("and", "of", "&");
    /** Longest cause, in words. */
    private static final int MAX_CAUSE = 7;

    private LinkedBodyHeads() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i + 2 < tokens.length; i++) {
            if (!HEADS.contains(tokens[i]) || !tokens[i + 1].equals("for")) {
                continue;
            }
            int from = i + 2;
            if ((tokens[from].equals("the") || tokens[from].equals("a")) && from + 1 < tokens.length) {
                from++;
            }
            int end = from;
            while (end < tokens.length && end - from < MAX_CAUSE) {
                if (word(tokens, end)) {
                    end++;
                } else if (end > from && JOINERS.contains(tokens[end]) && end + 1 < tokens.length
                        && word(tokens, end + 1)) {
                    end += 2;
                } else {
                    break;
                }
            }
            int start = i;
            int stop = end;
            int cause = from;
            // the model's organisation inside the cause ("Environment" of "Centre for Science and Environment")
            // gives way; any other mention over the span keeps its reading
            if (end == from || mentions.stream().anyMatch(o -> o.sentence == sentence && o.start < stop
                    && start < o.end && !(o.type.equals(EntityTypes.ORGANIZATION) && o.start >= cause && o.end <= stop))) {
                continue;
            }
            mentions.removeIf(o -> o.sentence == sentence && o.start >= cause && o.end <= stop);
            mentions.add(new MentionDraft(sentence, start, stop, EntityTypes.ORGANIZATION, true));
            mentions.sort(null);
            i = end - 1;
        }
    }

    /** A capitalised word of letters, no weekday or month ("the Forum for Monday's vote" is no cause). */
    private static boolean word(String[] tokens, int k) {
        return ListAndRulePass.capitalised(tokens[k]) && DocumentLinker.letters(tokens[k])
                && !ListAndRulePass.calendar(tokens[k]) && !tokens[k].equals("The");
    }
}
