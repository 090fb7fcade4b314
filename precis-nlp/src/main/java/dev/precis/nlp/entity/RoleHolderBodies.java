package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A one-word name before a role and a person is the body the person holds the role in ("Chadema leader Tundu
 * Lissu", "Golkar chairman Airlangga Hartarto", "Cosatu spokesman Sizwe Pamla"), part of the document-level
 * pass: the model often reads such unfamiliar words as a person's. The word must not be a person of the article
 * (no longer person's name holds it: "Obama spokesman Josh Earnest" after "Barack Obama"), nor a listed name,
 * first name, title, month or ordinary word. Written by hand: the shape spans three of the model's decisions.
 * Stateless.
 */
final class RoleHolderBodies {

    /** Roles held in a party, a union, a company or an agency, written in lower case after its name. */
    private static final Set<String> ROLES = Set.of("leader", "chairman", "chairwoman", "chairperson", "spokesman",
            "spokeswoman", "spokesperson", "secretary-general", "founder", "lawmaker", "legislator", "candidate",
            "official", "boss", "CEO", "treasurer", "vice-chairman", "deputy", "organiser", "organizer");

    private RoleHolderBodies() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> personWords = null;
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.length() != 1 || !m.type.equals(EntityTypes.PERSON) || m.end + 2 >= tokens.length
                    || !ROLES.contains(tokens[m.end]) || !personAt(mentions, m.sentence, m.end + 1)) {
                continue;
            }
            String word = tokens[m.start];
            if (personWords == null) {
                personWords = personWords(doc, mentions);
            }
            if (personWords.contains(word) || gazetteer.lookup(word) != null || gazetteer.isFirstName(word)
                    || gazetteer.isTitleWord(word) || gazetteer.isCommonWord(word) || ListAndRulePass.calendar(word)) {
                continue;
            }
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
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
