package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A name the article calls a company, agency or party in so many words is an organisation at each of its
 * mentions: "Masdar, the clean energy firm, signed …", "the state miner Gecamines said …". The model reads an
 * unknown one-word company as a person, and wire copy from outside Europe and America introduces such names
 * this way. Part of the document pass; written by hand (the cue lies outside the model's window). Stateless.
 */
final class AppositiveBodies {

    /** Nouns that say what kind of body a name is. */
    static final Set<String> BODY_NOUNS = WordSet.of("company", "firm", "group", "bank", "lender", "insurer", "carmaker",
            "automaker", "producer", "operator", "miner", "conglomerate", "agency", "regulator", "authority", "fund",
            "airline", "carrier", "broadcaster", "newspaper", "daily", "party", "movement", "militia", "utility",
            "developer", "retailer", "refiner", "exporter", "manufacturer", "telecoms", "startup", "start-up", "giant",
            "subsidiary", "unit", "brewer", "chain", "exchange", "outlet", "institute", "charity", "foundation",
            "watchdog", "consultancy", "corporation", "club", "side", "outfit", "organisation",
            "organization", "platform");
    /** What may follow a name before the noun or after it in these shapes. */
    private static final Set<String> AFTER_NAME = WordSet.of(",", ".", "said", "says", "has", "had", "is", "was", "will",
            "would", "and", "'s", "’s", ";", ")", "-", "--", "which", "reported", "announced", "plans", "signed");
    private static final Set<String> AFTER_NOUN = WordSet.of(",", ".", "that", "which", "based", "owned", "controlled",
            "in", "with", "and", ";", "-", "--", ")", "headquartered");
    private static final Set<String> BEFORE_NOUN = WordSet.of("the", "a", "an", "state", "state-owned", "state-run",
            "private", "local", "listed", "rival", "national", "ruling", "opposition", "largest", "biggest", "leading");

    private AppositiveBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> bodies = new HashSet<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) || m.length() > 3 || !candidate(doc, m, gazetteer)) {
                continue;
            }
            if (appositive(tokens, m.end) || nounBefore(tokens, m.start, m.end)) {
                bodies.add(DocumentLinker.text(doc, m));
            }
        }
        // an untagged capitalised word so described: "the clean energy firm Masdar said", "Zentara, the solar firm,"
        List<MentionDraft> added = new ArrayList<>();
        boolean[][] covered = DocumentLinker.covered(doc, mentions);
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (covered[s][i] || !nameWord(tokens[i], gazetteer) || !(nounBefore(tokens, i, i + 1) || appositive(tokens, i + 1))) {
                    continue;
                }
                added.add(new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true));
                bodies.add(tokens[i]);
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
        if (bodies.isEmpty()) {
            return;
        }
        // its other mentions the model missed ("Zentara will build …")
        covered = DocumentLinker.covered(doc, mentions);
        added.clear();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 0; i < tokens.length; i++) {
                if (!covered[s][i] && bodies.contains(tokens[i]) && ListAndRulePass.capitalised(tokens[i])) {
                    added.add(new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true));
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
        for (MentionDraft m : mentions) {
            if (bodies.contains(DocumentLinker.text(doc, m))) {
                if (m.type.equals(EntityTypes.PERSON)) {
                    m.canonical = null; // a surname's full name, linked before
                }
                m.type = EntityTypes.ORGANIZATION;
            }
        }
    }

    /** A name no list gives as a place or person, no title and no longer person's part. */
    private static boolean candidate(TokenizedText doc, MentionDraft m, Gazetteer gazetteer) {
        String text = DocumentLinker.text(doc, m);
        Gazetteer.Entry e = gazetteer.lookup(text);
        return (e == null || e.kind() == Gazetteer.Kind.ORGANIZATION) && !gazetteer.isFirstName(text)
                && !ListAndRulePass.noNameAlone(doc.sentence(m.sentence)[m.start]);
    }

    private static boolean nameWord(String t, Gazetteer gazetteer) {
        if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || !Character.isLetter(t.charAt(1))) {
            return false;
        }
        Gazetteer.Entry e = gazetteer.lookup(t);
        return e == null && !gazetteer.isCommonWord(t) && !gazetteer.isTitleWord(t) && !gazetteer.isFirstName(t)
                && !ListAndRulePass.noNameAlone(t);
    }

    /** ", the clean energy firm," / ", a state-owned lender that": a body noun closing a short description. */
    private static boolean appositive(String[] tokens, int end) {
        if (end + 2 >= tokens.length || !tokens[end].equals(",") || !BEFORE_NOUN.contains(tokens[end + 1])) {
            return false;
        }
        for (int k = end + 2; k < tokens.length && k <= end + 6; k++) {
            String t = tokens[k];
            if (BODY_NOUNS.contains(t)) {
                return k + 1 < tokens.length && AFTER_NOUN.contains(tokens[k + 1]);
            }
            if (t.isEmpty() || !Character.isLowerCase(t.charAt(0)) || t.equals("of") || t.equals("who")) {
                return false; // "the head of the firm", "the company's", a name: no description of the body itself
            }
        }
        return false;
    }

    /** "the state miner Gecamines said": a body noun after "the" (and words in lower case) right before the name. */
    private static boolean nounBefore(String[] tokens, int start, int end) {
        if (start < 2 || !BODY_NOUNS.contains(tokens[start - 1]) || end >= tokens.length || !AFTER_NAME.contains(tokens[end])) {
            return false;
        }
        for (int k = start - 2; k >= 0 && k >= start - 5; k--) {
            String t = tokens[k];
            if (t.equals("the") || t.equals("The") || t.equals("a") || t.equals("A")) {
                return true;
            }
            if (t.isEmpty() || !Character.isLowerCase(t.charAt(0)) || t.equals("of") || t.endsWith("'s")) {
                return false;
            }
        }
        return false;
    }
}
