package dev.precis.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word of the context left at the front of a person: the last word of an "of the …" title ("Speaker of the
 * House" before the name), a title in the plural ("Senators" before one of several names), an organisation the
 * document tags on its own or one named after a body noun ("the union X" before its leader's name), or a word of allegiance ("Leninist", "Thatcherite").
 * None of these is a given name, so the word is cut when it is not a listed first name. Stateless.
 */
final class GluedFrontWords {

    /** A capitalised allegiance adjective: a leader's or doctrine's name with "-ite" or "-ist". */
    private static final Pattern ALLEGIANCE = Pattern.compile("\\p{Lu}\\p{Ll}+(ite|ist)");

    private GluedFrontWords() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Set<String> bodies = new HashSet<>();
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() == 1) {
                bodies.add(doc.sentence(m.sentence)[m.start]);
            }
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.PERSON) || m.length() < 2 || gazetteer.isFirstName(tokens[m.start])) {
                continue;
            }
            String first = tokens[m.start];
            // the rest is a full name, given name first: "of the Bill" + "Smith" is no title before a person
            boolean nameAfter = m.length() > 2 && gazetteer.isFirstName(tokens[m.start + 1]);
            if (pluralTitle(first, gazetteer) || nameAfter && (titleEnd(tokens, m.start) || bodies.contains(first)
                    || afterBodyNoun(tokens, m.start) || ALLEGIANCE.matcher(first).matches())) {
                m.start++;
                m.canonical = null;
            }
        }
    }

    /** "Senators", "Justices": a title in the plural is never part of one person's name. */
    static boolean pluralTitle(String t, Gazetteer gazetteer) {
        return t.endsWith("s") && (gazetteer.isTitleWord(t.substring(0, t.length() - 1))
                || t.endsWith("es") && gazetteer.isTitleWord(t.substring(0, t.length() - 2)));
    }

    /** "the union X", "the charity X": the word is the body's name, the person its spokesman. */
    private static boolean afterBodyNoun(String[] tokens, int k) {
        return k >= 1 && (AppositiveBodies.BODY_NOUNS.contains(tokens[k - 1]) || tokens[k - 1].equals("union"));
    }

    /** The word ends an "of (the) …" phrase: "Secretary of State", "Speaker of the House". */
    private static boolean titleEnd(String[] tokens, int k) {
        return k >= 1 && tokens[k - 1].equals("of") || k >= 2 && tokens[k - 1].equals("the") && tokens[k - 2].equals("of");
    }
}
