package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * A body named for its cause with an article after "for": "Union for a Popular Movement", "Coalition for a Free
 * Press". The model stops at "for a" and reads the cause as a second body ("Union" and "Popular Movement"); one
 * name runs from the body's word over "for", the article and the capitalised cause. {@link CauseGroupNames} does
 * this for plurals of members ("Students for a Democratic Society"); this is its singular kind, after a body's
 * word the model tagged. "Party" and "Congress" are left out: "ran for Congress", "the Labour Party for the first
 * time" (the cause must be capitalised too). Written by hand: a closed list of body words. Stateless.
 */
final class ForCauseJoins {

    /** Last words of a body that a cause can follow. */
    private static final Set<String> BODIES = Set.of("Union", "Movement", "Front", "Alliance", "Rally", "Coalition",
            "Campaign", "Centre", "Center", "Institute", "Foundation", "Council", "Committee", "Commission", "League",
            "Society", "Association", "Network", "Forum", "Fund", "Trust", "Partnership", "Initiative", "Federation",
            "Bloc", "Convention", "Assembly", "Group", "Project");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Longest cause, in words. */
    private static final int MAX_CAUSE = 5;

    private ForCauseJoins() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        while (joinOne(tokens, mentions, sentence)) {
            // each join lengthens one mention, so this ends
        }
    }

    /** Joins the first body and its cause; false when none is left. */
    private static boolean joinOne(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.end + 2 >= tokens.length
                    || !BODIES.contains(tokens[m.end - 1]) || !tokens[m.end].equals("for")
                    || !ARTICLES.contains(tokens[m.end + 1])) {
                continue;
            }
            int from = m.end + 2;
            int end = from;
            while (end < tokens.length && end - from < MAX_CAUSE && ListAndRulePass.capitalised(tokens[end])
                    && DocumentLinker.letters(tokens[end])) {
                end++;
            }
            int stop = end;
            boolean crossesPerson = mentions.stream().anyMatch(o -> o != m && o.sentence == sentence && o.start < stop
                    && from <= o.start && o.type.equals(EntityTypes.PERSON));
            if (end == from || crossesPerson) {
                continue;
            }
            for (MentionDraft o : mentions) {
                if (o != m && o.sentence == sentence && o.start >= from && o.start < stop) {
                    end = Math.max(end, o.end); // the model's cause may run on ("… of Angola")
                }
            }
            int last = end;
            mentions.removeIf(o -> o != m && o.sentence == sentence && o.start >= from && o.start < last);
            m.end = last;
            m.canonical = null;
            return true;
        }
        return false;
    }
}
