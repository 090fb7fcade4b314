package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Publications whose "The" is part of the name: the article writes "The Clarion" capitalised inside a sentence
 * ({@link CapitalisedTheNames}) and the name is a publication's — a newspaper's word closes it ("The Harwick
 * Courier"), a word for a publication follows it ("The Clarion newspaper"), it is what someone "told", or it stands in
 * a list beside a publication ("both The Clarion and The Times"). Its canonical name keeps the "The" that {@link
 * DocumentLinker} otherwise drops from organisations, so "The Clarion" is not shown as "Clarion"; one the model read
 * as a person is made a publication first. Stateless.
 */
final class PublicationTitles {

    private static final Set<String> LIST_WORDS = Set.of(",", "and", "or", "&");

    private PublicationTitles() {
    }

    /**
     * "The Harwick Ledger" read as a person: a capital "The" inside a sentence before a name that a newspaper's word
     * closes or a word for a publication follows makes it a publication, "The" and all.
     */
    static void personsAfterThe(TokenizedText doc, List<MentionDraft> mentions) {
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && m.start >= 2 && tokens[m.start - 1].equals("The")
                    && CapitalisedTheNames.insideSentence(tokens[m.start - 2]) && paperShaped(tokens, m.start, m.end)) {
                m.start--;
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
    }

    private static boolean paperShaped(String[] tokens, int start, int end) {
        return PublicationNames.PAPER_WORDS.contains(tokens[end - 1])
                || end < tokens.length && PublicationNames.HEADS.contains(tokens[end]);
    }

    /** The names (without "The") of the article's publications that keep their "The". */
    static Set<String> keptThe(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> kept = new HashSet<>();
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.ORGANIZATION) || m.length() < 2 || m.start == 0
                    || !tokens[m.start].equals("The") || !ListAndRulePass.capitalised(tokens[m.start + 1])) {
                continue;
            }
            boolean paper = paperShaped(tokens, m.start, m.end) || tokens[m.start - 1].equals("told")
                    || j > 0 && listedBeside(doc, mentions.get(j - 1), m, gazetteer)
                    || j + 1 < mentions.size() && listedBeside(doc, m, mentions.get(j + 1), gazetteer);
            if (paper) {
                kept.add(doc.covered(m.sentence, m.start + 1, m.end).replaceAll("\\s+", " "));
            }
        }
        return kept;
    }

    /** Two mentions of one sentence joined by a list's words, one of them a publication ("The X and The Times"). */
    private static boolean listedBeside(TokenizedText doc, MentionDraft a, MentionDraft b, Gazetteer gazetteer) {
        if (a.sentence != b.sentence || a.end >= b.start) {
            return false;
        }
        String[] tokens = doc.sentence(a.sentence);
        for (int k = a.end; k < b.start; k++) {
            if (!LIST_WORDS.contains(tokens[k])) {
                return false;
            }
        }
        return publication(tokens, a, gazetteer) || publication(tokens, b, gazetteer);
    }

    /** A newspaper by its name's last word, or an organisation the lists spell with "The" ("The Guardian"). */
    private static boolean publication(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        int from = tokens[m.start].equals("The") ? m.start + 1 : m.start;
        if (from >= m.end) {
            return false;
        }
        Gazetteer.Entry listed = gazetteer.lookup("The " + Gazetteer.join(tokens, from, m.end));
        return PublicationNames.PAPER_WORDS.contains(tokens[m.end - 1])
                || listed != null && listed.kind() == Gazetteer.Kind.ORGANIZATION;
    }
}
