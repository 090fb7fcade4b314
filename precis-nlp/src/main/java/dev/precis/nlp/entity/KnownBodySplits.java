package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two organisations joined by "and" that the model read as one, split where the article names one of the parts
 * alone elsewhere: "… Amnesty International and Human Rights Watch criticised …" with "Human Rights Watch said …"
 * later. {@link CoordinatedNames} splits such runs by the words that end a body's name; a name like "Human
 * Rights Watch" or "Club for Growth" ends in no such word, but the article's own use shows where it begins. A part
 * before "and" cut from its first word by the model ("International" of "Amnesty International") takes back
 * the capitalised word before it. Portfolios ("Ministry of Trade and Industry") stay whole: "Industry" alone is
 * no organisation the article names. A known part of one word ("Democrats", "Peace") is too common to show a
 * border, one word before "and" is the whole's adjective ("Conservative and Unionist Party"),
 * and a whole the article writes twice or more ("Social Democratic and Labour Party" beside "Labour Party") is
 * one name. Stateless.
 */
final class KnownBodySplits {

    private KnownBodySplits() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> alone = new HashSet<>();
        Map<String, Integer> joined = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.ORGANIZATION)) {
                continue;
            }
            if (andAt(doc.sentence(m.sentence), m) >= 0) {
                joined.merge(DocumentLinker.text(doc, m), 1, Integer::sum);
            } else if (m.length() > 1) {
                alone.add(DocumentLinker.text(doc, m));
            }
        }
        if (alone.isEmpty()) {
            return;
        }
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            int k = andAt(tokens, m);
            if (!m.type.equals(EntityTypes.ORGANIZATION) || k < 0 || joined.get(DocumentLinker.text(doc, m)) > 1) {
                continue; // the article writes the whole again: one name ("Social Democratic and Labour Party")
            }
            String before = Gazetteer.join(tokens, m.start, k);
            String after = Gazetteer.join(tokens, k + 1, m.end);
            if (!alone.contains(before) && !alone.contains(after)) {
                continue;
            }
            int start = m.start;
            if (k - start == 1 && start > 0 && ListAndRulePass.capitalised(tokens[start - 1])
                    && !ListAndRulePass.noNameAlone(tokens[start - 1]) && !covered(mentions, m.sentence, start - 1)) {
                start--;
            }
            if (k - start == 1) {
                continue; // "Conservative and Unionist Party": one word before "and" is the whole's adjective
            }
            added.add(new MentionDraft(m.sentence, k + 1, m.end, EntityTypes.ORGANIZATION, true));
            m.start = start;
            m.end = k;
            m.canonical = null;
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /** The token of the mention's single "and" between two capitalised parts; -1 when none or more than one. */
    private static int andAt(String[] tokens, MentionDraft m) {
        int found = -1;
        for (int k = m.start + 1; k < m.end - 1; k++) {
            if (tokens[k].equals("and") || tokens[k].equals("&")) {
                if (found >= 0) {
                    return -1;
                }
                found = k;
            }
        }
        return found >= 0 && ListAndRulePass.capitalised(tokens[found + 1]) ? found : -1;
    }

    private static boolean covered(List<MentionDraft> mentions, int sentence, int token) {
        for (MentionDraft o : mentions) {
            if (o.sentence == sentence && o.start <= token && token < o.end) {
                return true;
            }
        }
        return false;
    }
}
