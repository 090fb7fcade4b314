package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Campaigns and groups named by what they urge: a capitalised imperative, "the" (or "for the") and a capitalised
 * run ("Stop the Dam Coalition", "Save the Children", "Keep the Coast Clean", "Fight for the Forest"), part of
 * {@link ListAndRulePass}. The model reads the verb as an ordinary word and keeps the run alone ("Dam
 * Coalition") or finds nothing. The evidence is the capital: inside a sentence, after "the" or a lower-case word,
 * a verb is capitalised only as part of a name; at a sentence's start, where every first word is capitalised, the
 * name must be what the sentence is about — a verb of saying or acting or an appositive ("…, a local group,")
 * follows it — for "Stop the Dam Project now" is a plain order. Written by hand: a closed list of verbs that such
 * names use. Stateless.
 */
final class CampaignNames {

    /** Imperatives that open campaign names. */
    private static final Set<String> VERBS = Set.of("Stop", "Save", "Keep", "Fight", "Free", "Ban", "End", "Protect",
            "Defend", "Bring", "Make", "Feed", "Restore", "Rebuild", "Reclaim");
    /** Verbs that show a sentence-opening name is the subject ("Save the Children said …"). */
    private static final Set<String> SUBJECT_VERBS = Set.of("said", "says", "has", "have", "had", "is", "was", "will",
            "would", "called", "condemned", "urged", "welcomed", "warned", "claimed", "demanded", "announced", "accused",
            "told", "sued", "plans", "wants", "asked", "reported", "estimated", "added", "rejected", "criticised",
            "criticized", "organised", "organized", "staged", "launched", "held", "led", "filed");
    /** Longest run after the article, in words. */
    private static final int MAX_RUN = 5;

    private CampaignNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 0; i + 2 < tokens.length; i++) {
            if (!VERBS.contains(tokens[i])) {
                continue;
            }
            int from = tokens[i + 1].equals("for") ? i + 2 : i + 1;
            if (from >= tokens.length || !tokens[from].equals("the")) {
                continue;
            }
            from++;
            int end = from;
            while (end < tokens.length && end - from < MAX_RUN && ListAndRulePass.capitalised(tokens[end])
                    && DocumentLinker.letters(tokens[end])) {
                end++;
            }
            if (end == from || !evidence(tokens, i, end)) {
                continue;
            }
            if (place(mentions, sentence, i, end)) {
                i = end - 1;
            }
        }
    }

    /** Inside a sentence the capital is enough; at its start, the name must be the sentence's subject. */
    private static boolean evidence(String[] tokens, int start, int end) {
        if (start > 0) {
            String before = tokens[start - 1];
            return before.equals("The") || !before.isEmpty() && Character.isLowerCase(before.charAt(0));
        }
        if (end >= tokens.length) {
            return false;
        }
        String next = tokens[end];
        return SUBJECT_VERBS.contains(next) || next.equals(",") && end + 1 < tokens.length
                && (tokens[end + 1].equals("a") || tokens[end + 1].equals("an"));
    }

    /**
     * The name over [start, end) replaces the organisations inside it and takes in one that runs on past it
     * ("Stop the Dam" + "Dam Coalition"); a person or a place inside it, or a mention opening before it, keeps the
     * model's reading. True when it was placed.
     */
    private static boolean place(List<MentionDraft> mentions, int sentence, int start, int end) {
        int last = end;
        for (MentionDraft o : mentions) {
            if (o.sentence != sentence || o.end <= start || o.start >= end) {
                continue;
            }
            if (o.start < start || !o.type.equals(EntityTypes.ORGANIZATION) && !o.type.equals(EntityTypes.MISC)) {
                return false;
            }
            last = Math.max(last, o.end);
        }
        int stop = last;
        mentions.removeIf(o -> o.sentence == sentence && o.start >= start && o.end <= stop);
        mentions.add(new MentionDraft(sentence, start, stop, EntityTypes.ORGANIZATION, true));
        mentions.sort(null);
        return true;
    }
}
