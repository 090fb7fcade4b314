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

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        onRemits(tokens, mentions, sentence, gazetteer);
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
            // the name's own words before the head, as the model found them: "Syrian Observatory" (an organisation,
            // or a building's name, ending on the head) or "Syrian" (a nationality before it) opens "Syrian
            // Observatory for Human Rights"
            MentionDraft opening = null;
            for (MentionDraft o : mentions) {
                if (o.sentence == sentence && o.start < i && (o.end == i + 1 && (o.type.equals(EntityTypes.ORGANIZATION) || o.type.equals(EntityTypes.LOCATION))
                        || o.end == i && o.length() == 1 && o.type.equals(EntityTypes.MISC) && nationality(tokens[o.start], gazetteer))) {
                    opening = o;
                }
            }
            if (end > from && opening != null) {
                start = opening.start;
            }
            MentionDraft opened = opening;
            int first = start;
            // the model's organisation inside the cause ("Environment" of "Centre for Science and Environment")
            // gives way; any other mention over the span keeps its reading
            if (end == from || mentions.stream().anyMatch(o -> o.sentence == sentence && o.start < stop && first < o.end
                    && o != opened && !(o.type.equals(EntityTypes.ORGANIZATION) && o.start >= cause && o.end <= stop))) {
                continue;
            }
            mentions.removeIf(o -> o.sentence == sentence && (o.start >= cause && o.end <= stop || o == opened));
            mentions.add(new MentionDraft(sentence, start, stop, EntityTypes.ORGANIZATION, true));
            mentions.sort(null);
            i = end - 1;
        }
    }

    /** Heads of panels named by their remit after "on" ("Task Force on Power", "Committee on Foreign Affairs"). */
    private static final Set<String> REMIT_HEADS = Set.of("Force", "Committee", "Subcommittee", "Commission", "Panel");

    /**
     * "The Presidential Task Force on Power met …": the model's organisation ends on a panel's head, and "on" with a
     * capitalised remit ("Power", "Indigenous Peoples", "Human Rights") is the rest of the name. A remit that is a
     * place ("the Commission on Kalvan") is what the panel speaks about, not its name.
     */
    private static void onRemits(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (MentionDraft m : mentions) {
            if (m.sentence != sentence || !m.type.equals(EntityTypes.ORGANIZATION) || m.end + 1 >= tokens.length
                    || !REMIT_HEADS.contains(tokens[m.end - 1]) || !tokens[m.end].equals("on")) {
                continue;
            }
            int from = m.end + 1;
            int end = from;
            while (end < tokens.length && end - from < 4 && word(tokens, end)) {
                end++;
                if (end + 1 < tokens.length && JOINERS.contains(tokens[end]) && word(tokens, end + 1)) {
                    end++;
                }
            }
            if (JOINERS.contains(tokens[end - 1])) {
                end--; // the word after the joiner was past the longest remit
            }
            int stop = end;
            if (end == from || gazetteer.placeAt(tokens, from) > 0 || gazetteer.lookup(tokens, from, end) != null
                    || mentions.stream().anyMatch(o -> o.sentence == sentence && o.start < stop && from <= o.start)) {
                continue;
            }
            m.end = end;
            m.canonical = null;
        }
    }

    private static boolean nationality(String t, Gazetteer gazetteer) {
        Gazetteer.Entry e = gazetteer.lookup(t);
        return e != null && e.kind() == Gazetteer.Kind.NATIONALITY;
    }

    /** A capitalised word of letters, no weekday or month ("the Forum for Monday's vote" is no cause). */
    private static boolean word(String[] tokens, int k) {
        return ListAndRulePass.capitalised(tokens[k]) && DocumentLinker.letters(tokens[k])
                && !ListAndRulePass.calendar(tokens[k]) && !tokens[k].equals("The");
    }
}
