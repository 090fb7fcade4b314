package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One-word organisations the model has never seen, found from what the document says of them once: an unknown
 * one-word name reads to the model as a surname or a place ("Tavoro released a new tender", "at Tavoro"), but a
 * reader takes it for a body when, anywhere in the article, the word stands where only a body stands —
 * named after its kind ("the militant group Tavoro", "messaging company Tavoro"), among bodies of a plural kind
 * ("groups such as Tavoro"), with what only a body has ("Tavoro's IPO", "Tavoro users", "Tavoro's leaders"),
 * speaking of itself as "its" ("Tavoro and its staff", "Tavoro has its own agenda"), joined or bought ("joined
 * Tavoro", "acquiring Tavoro") or worked at ("worked at Tavoro", "five years at Tavoro"). The same word is then one
 * organisation throughout the article: the model's one-word persons and places of the word become organisations
 * and its untagged uses are added. A sentence the name opens and "…, it said" closes, with no other capitalised word,
 * counts too ("Tavoro will deliver two tankers a month, it said"). The word is never listed, a first name, a title,
 * an ordinary word or an organisation's head word ("The Foundation's website": a body shortened to its head, which
 * the gold does not tag alone), never the last word of a longer person's name in the article, and never given a
 * title or "who" anywhere: a person has no IPO and is not "its". Part of the document-level pass ({@link DocumentLinker}), after the company passes.
 * Written by hand: the cues are closed sets of grammar words around an unknown name. Stateless.
 */
final class OneWordBodies {

    /**
     * Whether {@link DocumentLinker} runs the pass: off, as names64's candidate (session 47) raised the organisation
     * views of the tuning sets but lowered the UNER EWT test report figures (overall 0.693 → 0.691, ORG 0.476 →
     * 0.473); docs/quality/who-said-what.md has the figures.
     */
    static final boolean ON = false;

    /** Kinds of body named right before the name ("the militant group Tavoro", "messaging company Tavoro"). */
    private static final Set<String> KIND = Set.of("organisation", "organization", "group", "company", "firm",
            "movement", "faction", "militia", "outfit", "startup", "start-up", "conglomerate", "retailer", "insurer",
            "lender", "charity", "broadcaster", "carrier", "automaker", "carmaker", "telecoms", "miner");
    /** Plural kinds before "such as" ("groups such as Tavoro", "companies such as Tavoro"). */
    private static final Set<String> KINDS = Set.of("groups", "organisations", "organizations", "companies", "firms",
            "parties", "factions", "movements", "militias", "banks", "agencies", "outfits", "brands", "retailers",
            "insurers", "lenders", "charities", "unions", "broadcasters", "carriers", "manufacturers", "startups",
            "conglomerates", "corporations", "institutions", "bodies");
    /** What only a body has, after "X 's" ("Tavoro's IPO", "Tavoro's leaders"). */
    private static final Set<String> OWNED = Set.of("IPO", "users", "leaders", "leadership", "members",
            "militants", "fighters", "website", "employees", "shareholders", "subsidiary", "headquarters", "CEO");
    /** What only a body has, right after a bare "X" ("Tavoro users", "Tavoro militants"). */
    private static final Set<String> BARE_OWNED = Set.of("users", "employees", "shareholders", "militants",
            "fighters", "subscribers", "IPO");
    /** Verbs whose object is a body when it is a one-word unknown name ("joined Tavoro", "acquiring Tavoro"). */
    private static final Set<String> TAKEN = Set.of("joined", "joining", "acquired", "acquire", "acquiring",
            "acquires");
    /** Words before "at X" that make X a workplace ("worked at Tavoro", "here at Tavoro", "years at Tavoro"). */
    private static final Set<String> WORK_AT = Set.of("work", "works", "worked", "working", "job", "jobs", "here",
            "years", "employed", "career", "intern", "internship", "colleagues", "office", "executive", "executives");
    /** Verbs of "X has its own …" after the name. */
    private static final Set<String> HAS = Set.of("has", "had", "and");

    private OneWordBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> cued = null;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (alone(tokens, i) && cue(tokens, i)) {
                    if (cued == null) {
                        cued = new HashSet<>();
                    }
                    cued.add(tokens[i]);
                }
            }
        }
        if (cued == null) {
            return;
        }
        cued.removeIf(t -> gazetteer.lookup(t) != null || gazetteer.isFirstName(t) || gazetteer.isTitleWord(t)
                || gazetteer.isCommonWord(t) || gazetteer.isOrganisationHead(t) || ListAndRulePass.noNameAlone(t)
                || DocumentLinker.surnameInArticle(doc, mentions, t) || personCued(doc, t, gazetteer));
        if (cued.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            if (m.length() == 1 && !m.ruleBased && (m.type.equals(EntityTypes.PERSON) || m.type.equals(EntityTypes.LOCATION))
                    && cued.contains(doc.sentence(m.sentence)[m.start])) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (!covered[s][i] && cued.contains(tokens[i]) && alone(tokens, i)) {
                    added.add(new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true));
                }
            }
        }
        if (!added.isEmpty()) {
            mentions.addAll(added);
            mentions.sort(null);
        }
    }

    /**
     * A capitalised word of letters standing alone: not all capitals (acronyms have their own passes), and no
     * capitalised word right before (other than a sentence's first "The") or after it, so it is not a piece of a
     * longer name.
     */
    static boolean alone(String[] tokens, int i) {
        String t = tokens[i];
        if (t.length() < 3 || !Character.isUpperCase(t.charAt(0)) || !DocumentLinker.letters(t) || Gazetteer.isUpper(t)) {
            return false;
        }
        if (i > 0 && ListAndRulePass.capitalised(tokens[i - 1]) && !tokens[i - 1].equals("The")) {
            return false;
        }
        return i + 1 >= tokens.length || !ListAndRulePass.capitalised(tokens[i + 1]);
    }

    /** The word at {@code i} stands where only a body stands (see the class comment). */
    static boolean cue(String[] tokens, int i) {
        String next = i + 1 < tokens.length ? tokens[i + 1] : "";
        String prev = i > 0 ? tokens[i - 1] : "";
        if (DocumentLinker.POSSESSIVE.contains(next) && i + 2 < tokens.length && OWNED.contains(tokens[i + 2])) {
            return true;
        }
        if (BARE_OWNED.contains(next)) {
            return true;
        }
        if (HAS.contains(next) && i + 2 < tokens.length && tokens[i + 2].equals("its")) {
            return true;
        }
        if (KIND.contains(prev) && (i < 2 || !ListAndRulePass.capitalised(tokens[i - 2]))) {
            return true;
        }
        if (TAKEN.contains(prev)) {
            return true;
        }
        if (prev.equals("at") && i >= 2 && WORK_AT.contains(tokens[i - 2])) {
            return true;
        }
        if (i == 0 && saysItSelf(tokens)) {
            return true;
        }
        if (prev.equals("as") && i >= 3 && tokens[i - 2].equals("such")) {
            for (int k = i - 3; k >= Math.max(0, i - 5); k--) {
                if (KINDS.contains(tokens[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs after "it" closing a sentence the name opens ("Tavoro will deliver two tankers, it said"). */
    private static final Set<String> SAYS = Set.of("said", "says", "added", "announced", "reported", "stated");

    /**
     * The sentence the name opens ends in "…, it said" with no other capitalised word after the name: the one
     * speaker is the name, and it is "it".
     */
    private static boolean saysItSelf(String[] tokens) {
        for (int k = 1; k + 1 < tokens.length; k++) {
            String t = tokens[k];
            if (t.equals("it") && SAYS.contains(tokens[k + 1]) && tokens[k - 1].equals(",")) {
                return true;
            }
            if (ListAndRulePass.capitalised(t) || t.equals("he") || t.equals("she")) {
                return false;
            }
        }
        return false;
    }

    /** Somewhere in the article the word has a title before it or "who" after it: a person's. */
    private static boolean personCued(TokenizedText doc, String word, Gazetteer gazetteer) {
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (!tokens[i].equals(word)) {
                    continue;
                }
                if (i > 0 && gazetteer.isTitleWord(tokens[i - 1])) {
                    return true;
                }
                if (i + 1 < tokens.length && tokens[i + 1].equals("who")
                        || i + 2 < tokens.length && tokens[i + 1].equals(",") && tokens[i + 2].equals("who")) {
                    return true;
                }
            }
        }
        return false;
    }
}
