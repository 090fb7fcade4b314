package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A one-word name before a role and a person is the body the person holds the role in ("Chadema leader Tundu
 * Lissu", "Golkar chairman Airlangga Hartarto", "Cosatu spokesman Sizwe Pamla"), and a "person" of one or two
 * words followed by ", which" ("De Beers, which", "Bancolombia, which") is a body, at every mention of the article
 * (part of the document-level pass): the model often reads unfamiliar firms' and parties' names as persons'.
 * Neither may hold a listed first name or title, and a one-word name must not be a person of the article
 * (no longer person's name holds it: "Obama spokesman Josh Earnest" after "Barack Obama"), nor a listed name,
 * first name, title, month or ordinary word. Written by hand: the shape spans three of the model's decisions.
 * Stateless.
 */
final class RoleHolderBodies {

    /** Roles held in a party, a union, a company or an agency, written in lower case after its name. */
    private static final Set<String> ROLES = WordSet.of("leader", "chairman", "chairwoman", "chairperson", "spokesman",
            "spokeswoman", "spokesperson", "secretary-general", "founder", "lawmaker", "legislator", "candidate",
            "official", "boss", "CEO", "treasurer", "vice-chairman", "deputy", "organiser", "organizer");

    private RoleHolderBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> personWords = null;
        Set<String> bodies = new HashSet<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.PERSON) || m.length() > 2 || m.end + 2 >= tokens.length) {
                continue;
            }
            boolean role = m.length() == 1 && ROLES.contains(tokens[m.end]) && personAt(mentions, m.sentence, m.end + 1);
            boolean which = tokens[m.end].equals(",") && tokens[m.end + 1].equals("which")
                    && (m.start == 0 || !ListAndRulePass.capitalised(tokens[m.start - 1]));
            if (!role && !which) {
                continue;
            }
            if (personWords == null) {
                personWords = personWords(doc, mentions);
            }
            boolean person = false;
            for (int k = m.start; k < m.end; k++) {
                String word = tokens[k];
                person |= gazetteer.isFirstName(word) || gazetteer.isTitleWord(word) || ListAndRulePass.calendar(word)
                        || m.length() == 1 && (personWords.contains(word) || gazetteer.lookup(word) != null
                        || gazetteer.isCommonWord(word));
            }
            if (!person && gazetteer.lookup(tokens, m.start, m.end) == null) {
                bodies.add(doc.covered(m.sentence, m.start, m.end));
            }
        }
        if (bodies.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) { // the article's other mentions of the name with it
            if (m.type.equals(EntityTypes.PERSON) && bodies.contains(doc.covered(m.sentence, m.start, m.end))) {
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
            }
        }
    }

    private static boolean personAt(List<MentionDraft> mentions, int sentence, int start) {
        for (MentionDraft o : mentions) {
            if (o.sentence == sentence && o.start == start && o.length() >= 2 && o.type.equals(EntityTypes.PERSON)) {
                return true;
            }
        }
        return false;
    }

    /** The words of the article's persons named with two words or more. */
    private static Set<String> personWords(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> words = new HashSet<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.PERSON) && m.length() >= 2) {
                String[] tokens = doc.sentence(m.sentence);
                for (int k = m.start; k < m.end; k++) {
                    words.add(tokens[k]);
                }
            }
        }
        return words;
    }
}
