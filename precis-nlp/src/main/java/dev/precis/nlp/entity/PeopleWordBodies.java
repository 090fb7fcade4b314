package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A people's name opening a body's name ("Inuit Tapiriit Kanatami", "Maasai Cultural Trust" read as the people
 * and a person) makes the whole an organisation, part of the document-level pass. The model and
 * {@link MentionTidying} cut a people's word off a person's name ("Kenyan Wanjiru Kamau" is a Kenyan and a person),
 * so the word is given back only on evidence that the whole is one name: every mention of the "person" in the
 * article follows the same people's word and there are at least two (a person is named again by surname or without
 * the adjective; a body keeps its full name), or the whole is followed by a bracketed acronym spelling its
 * initials ("Inuit Tapiriit Kanatami ( ITK )"). A "person" holding a listed first name or title is left alone.
 * Written by hand: the evidence spans the article. Stateless.
 */
final class PeopleWordBodies {

    private PeopleWordBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Map<String, Integer> after = new HashMap<>(); // the person's text → mentions after its people's word
        Map<String, Integer> all = new HashMap<>();
        Map<String, Boolean> spelled = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.PERSON)) {
                continue;
            }
            String text = doc.covered(m.sentence, m.start, m.end);
            all.merge(text, 1, Integer::sum);
            String[] tokens = doc.sentence(m.sentence);
            if (m.length() >= 2 && m.start > 0 && peopleWord(tokens[m.start - 1], gazetteer) && ordinaryWords(tokens, m, gazetteer)) {
                after.merge(text, 1, Integer::sum);
                if (acronymAfter(tokens, m.start - 1, m.end)) {
                    spelled.put(text, true);
                }
            }
        }
        if (after.isEmpty()) {
            return;
        }
        // a word of the name alone as a person elsewhere ("Kamau said") says it is a person's name
        List<String> alone = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() == 1) {
                alone.add(doc.covered(m.sentence, m.start, m.end));
            }
        }
        List<MentionDraft> peopleWords = new ArrayList<>();
        for (MentionDraft m : mentions) {
            String text = m.type.equals(EntityTypes.PERSON) ? doc.covered(m.sentence, m.start, m.end) : null;
            Integer n = text == null ? null : after.get(text);
            if (n == null || m.start == 0 || !peopleWord(doc.sentence(m.sentence)[m.start - 1], gazetteer)) {
                continue;
            }
            boolean recurs = n >= 2 && n.equals(all.get(text)) && alone.stream().noneMatch(w -> text.endsWith(" " + w));
            if (!recurs && !spelled.containsKey(text)) {
                continue;
            }
            m.start--;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            for (MentionDraft o : mentions) {
                if (o != m && o.sentence == m.sentence && o.start == m.start && o.end == m.start + 1) {
                    peopleWords.add(o); // the people's word's own mention, now inside the name
                }
            }
        }
        mentions.removeAll(peopleWords);
        mentions.sort(null);
    }

    /** A people's or nationality's word ("Inuit", "Maasai"): listed as a nationality. */
    private static boolean peopleWord(String word, Gazetteer gazetteer) {
        Gazetteer.Entry e = gazetteer.lookup(word);
        return e != null && e.kind() == Gazetteer.Kind.NATIONALITY;
    }

    /** No word of the "person" is a listed first name or title. */
    private static boolean ordinaryWords(String[] tokens, MentionDraft m, Gazetteer gazetteer) {
        for (int k = m.start; k < m.end; k++) {
            if (gazetteer.isFirstName(tokens[k]) || gazetteer.isTitleWord(tokens[k])) {
                return false;
            }
        }
        return true;
    }

    /** "( ITK )" right after tokens[from..to), its letters the initials of those words. */
    private static boolean acronymAfter(String[] tokens, int from, int to) {
        return to + 2 < tokens.length && tokens[to].equals("(") && tokens[to + 2].equals(")")
                && DocumentLinker.acronym(tokens[to + 1]) && DocumentLinker.abbreviates(tokens[to + 1], tokens, from, to);
    }
}
