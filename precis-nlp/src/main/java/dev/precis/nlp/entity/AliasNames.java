package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A body's other name given after it: "Petróleos de Tarvia, known as Petrotar, said …", "…, also known as the
 * Kalvan Front", "…, locally called Sonagas". Wire copy introduces a company's or a group's short name this way and
 * then uses it alone; the model, seeing an unknown word, often reads the short name as a person. The capitalised run
 * (one to three words) after "known as" or "called" right after an organisation is an organisation, and so is
 * every mention of the same words in the document. Part of the document-level pass ({@link DocumentLinker}), before
 * the same name is given one type throughout. Stateless.
 */
final class AliasNames {

    private static final Set<String> NAMING = Set.of("known", "called");

    private AliasNames() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> aliases = new HashSet<>();
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            int k = m.end;
            boolean comma = k < tokens.length && tokens[k].equals(",");
            if (comma) {
                k++;
            }
            if (k < tokens.length && (tokens[k].equals("also") || tokens[k].equals("locally"))) {
                comma = true; // "also called" is no verb of the body's ("the Group called Reuters")
                k++;
            }
            if (k >= tokens.length || !NAMING.contains(tokens[k]) || tokens[k].equals("called") && !comma) {
                continue;
            }
            if (tokens[k++].equals("known") && (k >= tokens.length || !tokens[k++].equals("as"))) {
                continue;
            }
            if (k < tokens.length && tokens[k].equals("the")) {
                k++;
            }
            int end = k;
            while (end < tokens.length && end - k < 3 && ListAndRulePass.capitalised(tokens[end])
                    && !ListAndRulePass.isPunct(tokens[end])) {
                end++;
            }
            if (end == k) {
                continue;
            }
            String alias = Gazetteer.join(tokens, k, end);
            aliases.add(alias);
            if (!covered(mentions, m.sentence, k, end)) {
                added.add(new MentionDraft(m.sentence, k, end, EntityTypes.ORGANIZATION, true));
            }
        }
        if (aliases.isEmpty()) {
            return;
        }
        mentions.addAll(added);
        for (int i = 0; i < mentions.size(); i++) {
            MentionDraft n = mentions.get(i);
            if (!n.type.equals(EntityTypes.ORGANIZATION) && aliases.contains(DocumentLinker.text(doc, n))) {
                mentions.set(i, new MentionDraft(n.sentence, n.start, n.end, EntityTypes.ORGANIZATION, true));
            }
        }
        mentions.sort(null);
    }

    private static boolean covered(List<MentionDraft> mentions, int sentence, int start, int end) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start < end && start < m.end) {
                return true;
            }
        }
        return false;
    }
}
