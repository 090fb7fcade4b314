package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Groups named for their members and their cause, part of {@link ListAndRulePass}: a capitalised plural of people
 * inside a sentence, "for", "of", "without" or "against", and a capitalised run ("Physicians for Human Rights",
 * "Friends of the Earth", "Reporters Without Borders", "Students for a Democratic Society", "Democrats of the
 * Left"). The model read the cause alone as the body ("Human Rights"), a place ("Earth") or the plural alone as a
 * nationality or party. Mid-sentence, an ordinary plural is capitalised only as part of a name, which is the
 * evidence; a plural of a title ("Ministers of State") and "of" a place alone ("Citizens of Kenya") are left out.
 * Written by hand: such names are rare in the model's training data. Stateless.
 */
final class CauseGroupNames {

    /** Words between the members and the cause. */
    private static final Set<String> LINKS = Set.of("for", "of", "without", "against", "For", "Of", "Without", "Against");
    /** Articles that may open the cause ("of the Earth", "for a Democratic Society"). */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Plurals that name members of a body, not a group of their own ("Members of Parliament"). */
    private static final Set<String> MEMBERS = Set.of("Members", "Ministers", "Heads", "Chiefs", "Leaders", "Sons",
            "Daughters", "Lords", "Houses", "Years", "Days", "Times", "Rules", "Words", "Lines", "Terms");
    /** Longest cause, in words. */
    private static final int MAX_CAUSE = 5;

    private CauseGroupNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 0; i + 2 < tokens.length; i++) {
            if (!LINKS.contains(tokens[i + 1]) || !members(tokens[i], gazetteer) || !opensName(tokens, i)
                    || i >= 2 && (LINKS.contains(tokens[i - 1]) || tokens[i - 1].equals("and"))
                    && ListAndRulePass.capitalised(tokens[i - 2])) {
                continue; // "Project for Farmers of the Valley": inside a longer name
            }
            int from = i + 2;
            if (ARTICLES.contains(tokens[from]) && from + 1 < tokens.length) {
                from++;
            }
            int end = from;
            while (end < tokens.length && end - from < MAX_CAUSE && ListAndRulePass.capitalised(tokens[end])
                    && DocumentLinker.letters(tokens[end])) {
                end++;
            }
            if (end == from || tokens[i + 1].equalsIgnoreCase("of") && gazetteer.placeAt(tokens, from) == end - from
                    || gazetteer.isFirstName(tokens[from]) || person(mentions, sentence, from)) {
                continue; // "Citizens of Kenya", "the Democrats of Jane Roe": members of a place or a person's
            }
            if (place(mentions, sentence, i, end)) {
                i = end - 1;
            }
        }
    }

    private static boolean person(List<MentionDraft> mentions, int sentence, int at) {
        return mentions.stream().anyMatch(o -> o.sentence == sentence && o.start == at && o.type.equals(EntityTypes.PERSON));
    }

    /** A capitalised plural of people, no title's, no acronym, no field's name ("Politics", "Economics"). */
    private static boolean members(String w, Gazetteer gazetteer) {
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ics") || w.endsWith("ness") || !ListAndRulePass.capitalised(w) || Gazetteer.isUpper(w)
                || !DocumentLinker.letters(w) || MEMBERS.contains(w)) {
            return false;
        }
        String singular = w.substring(0, w.length() - 1);
        if (gazetteer.isTitleWord(w) || gazetteer.isTitleWord(singular)) {
            return false;
        }
        Gazetteer.Entry e = gazetteer.lookup(w);
        return gazetteer.isCommonWord(w) || gazetteer.isCommonWord(singular)
                || ListAndRulePass.PARTY_PLURALS.contains(w)
                || e != null && e.kind() == Gazetteer.Kind.NATIONALITY;
    }

    /**
     * The word before the members is lower case or an article, so the plural is capitalised for the name; at a
     * sentence's start, where every first word is capitalised, the link must be ("Reporters Without Frontiers").
     */
    private static boolean opensName(String[] tokens, int i) {
        if (i == 0) {
            return Character.isUpperCase(tokens[1].charAt(0));
        }
        String before = tokens[i - 1];
        return before.equals("the") || before.equals("The") || !before.isEmpty() && Character.isLowerCase(before.charAt(0));
    }

    /**
     * The group over [start, end) replaces the mentions inside it, unless one runs out of it or a work's title
     * (MISC) lies in its cause. True when it was placed.
     */
    private static boolean place(List<MentionDraft> mentions, int sentence, int start, int end) {
        for (MentionDraft o : mentions) {
            if (o.sentence != sentence || o.end <= start || o.start >= end) {
                continue;
            }
            boolean outside = o.start < start || o.end > end;
            boolean title = o.type.equals(EntityTypes.MISC) && o.end > start + 1;
            if (outside || title) {
                return false;
            }
        }
        mentions.removeIf(o -> o.sentence == sentence && o.start >= start && o.end <= end);
        MentionDraft m = new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true);
        mentions.add(m);
        mentions.sort(null);
        return true;
    }
}
