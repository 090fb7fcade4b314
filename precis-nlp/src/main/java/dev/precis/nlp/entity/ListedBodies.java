package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A one-word organisation standing as an item of a list whose next item is a body named with its head word: "the
 * Mbeya Foundation, Zavuro, the Lindi Development Trust", "groups such as Wadrika, the Ansar al-Gombe Brigade and
 * …", "the Sekondi Port Authority, and Marovu". A list holds things of one kind, and a body's head word ("Foundation",
 * "Brigade", "Union", {@link Gazetteer#isOrganisationHead}) says which kind; the bare word beside it, which the
 * model left untagged or read as a person or a place for want of any cue inside it, is then an organisation. A word
 * found so counts as a body for the item after it ("…Organisation, Fase, Ndogu, …"). Left: a sentence's first word,
 * a word of ordinary English ("Monday", "Sales"), a listed given name, place or person, a word inside a longer
 * mention. Only the item's own position is changed; the document-level pass finds the word again elsewhere.
 * Written by hand (issue 14, orgs66): the model sees a window of a few words, and the body's head word is often
 * further away than that. Stateless.
 */
final class ListedBodies {

    /** Tokens after which a name goes on ("Tuvaro of Ghana", "Tuvaro 's", "Tuvaro - Lindi"). */
    private static final Set<String> NAME_GOES_ON = Set.of("of", "for", "de", "del", "du", "des", "la", "al", "el", "-",
            "&", "'s", "’s", "'", "’");

    /**
     * Off: orgs66's candidate (this pass with {@link AcronymIntroductions#SHORT_ACRONYMS}) lowered UNER EWT test
     * (overall 0.693 → 0.692), so {@link DocumentLinker} does not call it.
     */
    static final boolean ON = false;

    private ListedBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            MentionDraft[] at = new MentionDraft[tokens.length]; // the mention covering each token
            for (MentionDraft m : mentions) {
                if (m.sentence == s) {
                    for (int k = m.start; k < m.end && k < tokens.length; k++) {
                        at[k] = m;
                    }
                }
            }
            for (int i = 1; i < tokens.length; i++) {
                MentionDraft own = at[i];
                if (own != null && (own.length() > 1 || own.type.equals(EntityTypes.ORGANIZATION))
                        || !candidate(tokens[i], gazetteer) || !standsAlone(tokens, i)) {
                    continue;
                }
                int left = itemBefore(tokens, i);
                int right = itemAfter(tokens, i);
                if (left < 0 && right < 0 || !(body(tokens, at, left, true, gazetteer) && listGoesOn(tokens, i)
                        || body(tokens, at, right, false, gazetteer))) {
                    continue;
                }
                if (own != null) {
                    own.type = EntityTypes.ORGANIZATION;
                    own.canonical = null;
                } else {
                    MentionDraft m = new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true);
                    added.add(m);
                    at[i] = m;
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(null);
        }
    }

    /**
     * Whether the word at {@code i} is a whole list item: a list's comma, "and"/"or" after one, "such as" or
     * "including" (a "the" may follow) before it, and after it no word that goes on with a name (a capitalised word, a
     * number, "of", "'s", a hyphen). "the 3 Percenters", "riding of Kondoa Irangi, and …", "In Kokolgho, the …" and a
     * headline's "Willkie Admits Defeat" are no items.
     */
    private static boolean standsAlone(String[] tokens, int i) {
        int k = i - 1;
        if (tokens[k].equals("the") || tokens[k].equals("The")) {
            k--;
        }
        boolean opens = k >= 0 && (tokens[k].equals(",") || tokens[k].equals("including")
                || tokens[k].equals("as") && k > 0 && tokens[k - 1].equals("such")
                || (tokens[k].equals("and") || tokens[k].equals("or")) && k > 0 && tokens[k - 1].equals(","));
        if (!opens) {
            return false;
        }
        if (i + 1 == tokens.length) {
            return true;
        }
        String next = tokens[i + 1];
        return !ListAndRulePass.capitalised(next) && !Character.isDigit(next.charAt(0)) && !NAME_GOES_ON.contains(next);
    }

    /**
     * Whether, after a body and its comma, the word at {@code i} is a list's item and no clause's subject ("the Moram
     * Peoples Party, Chapin would …"): "and"/"or" stand before it, or a comma, "and" or "or" after it, or it ends the
     * sentence.
     */
    private static boolean listGoesOn(String[] tokens, int i) {
        int k = tokens[i - 1].equals("the") || tokens[i - 1].equals("The") ? i - 2 : i - 1;
        if (k >= 0 && (tokens[k].equals("and") || tokens[k].equals("or"))) {
            return true;
        }
        if (i + 1 >= tokens.length) {
            return true;
        }
        String next = tokens[i + 1];
        return next.equals(",") || next.equals("and") || next.equals("or")
                || i + 2 == tokens.length && ListAndRulePass.isPunct(next);
    }

    /**
     * A capitalised word of letters, not all capitals (an acronym is the acronym passes' part), that no list holds as
     * anything but a body and that is no ordinary word.
     */
    private static boolean candidate(String word, Gazetteer gazetteer) {
        if (word.length() < 3 || !ListAndRulePass.capitalised(word) || !DocumentLinker.letters(word)
                || Gazetteer.isUpper(word)
                || word.indexOf('-') >= 0 || gazetteer.isCommonWord(word) || gazetteer.isFirstName(word)
                || ProperNameRule.CALENDAR.contains(word) || gazetteer.isOrganisationHead(word)
                || gazetteer.isTitleWord(word)) {
            return false;
        }
        Gazetteer.Entry listed = gazetteer.lookup(word);
        return (listed == null || listed.kind() == Gazetteer.Kind.ORGANIZATION) && gazetteer.placeAt(new String[] {word}, 0) == 0;
    }

    /**
     * The last token of the list item before the word at {@code i}, when the word follows a list's comma or
     * "such as"/"including" (a "the" may stand between): -1 otherwise, or when nothing stands before.
     */
    private static int itemBefore(String[] tokens, int i) {
        int k = i - 1;
        if (k >= 0 && (tokens[k].equals("the") || tokens[k].equals("The"))) {
            k--;
        }
        if (k >= 0 && (tokens[k].equals("and") || tokens[k].equals("or"))) {
            k--;
        }
        return k >= 1 && tokens[k].equals(",") ? k - 1 : -1;
    }

    /** The first token of the list item after the word at {@code i} (after ",", "and", "or" and a "the"), or -1. */
    private static int itemAfter(String[] tokens, int i) {
        int k = i + 1;
        if (k >= tokens.length || !(tokens[k].equals(",") || tokens[k].equals("and") || tokens[k].equals("or"))) {
            return -1;
        }
        boolean comma = tokens[k].equals(",");
        k++;
        if (comma && k < tokens.length && (tokens[k].equals("and") || tokens[k].equals("or"))) {
            k++;
        }
        if (k < tokens.length && (tokens[k].equals("the") || tokens[k].equals("The"))) {
            k++;
        }
        return k < tokens.length ? k : -1;
    }

    /**
     * Whether the list item whose last ({@code before}) or first token is at {@code k} is an organisation named with
     * its head word, or a one-word body this pass found.
     */
    private static boolean body(String[] tokens, MentionDraft[] at, int k, boolean before, Gazetteer gazetteer) {
        if (k < 0 || at[k] == null || !at[k].type.equals(EntityTypes.ORGANIZATION)) {
            return false;
        }
        MentionDraft m = at[k];
        if ((before ? m.end != k + 1 : m.start != k)) {
            return false;
        }
        return m.length() > 1 ? gazetteer.isOrganisationHead(tokens[m.end - 1]) : m.ruleBased && m.type.equals(EntityTypes.ORGANIZATION)
                && !gazetteer.isOrganisationHead(tokens[m.start]);
    }
}
