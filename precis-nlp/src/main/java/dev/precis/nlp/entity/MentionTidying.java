package dev.precis.nlp.entity;

import static dev.precis.nlp.entity.ListAndRulePass.HONORIFICS;
import static dev.precis.nlp.entity.ListAndRulePass.POSSESSIVE;
import static dev.precis.nlp.entity.ListAndRulePass.SECOND_HONORIFIC;
import static dev.precis.nlp.entity.ListAndRulePass.era;
import static dev.precis.nlp.entity.ListAndRulePass.isPunct;
import static dev.precis.nlp.entity.ListAndRulePass.lower;
import static dev.precis.nlp.entity.ListAndRulePass.noNameAlone;
import static dev.precis.nlp.entity.ListAndRulePass.shouted;

import java.util.Set;

/**
 * The first step of {@link ListAndRulePass}: shrinks each of the model's mentions to its name, cutting off
 * possessives, punctuation, titles and honorifics' second words before a person, demonyms, months and a
 * sentence-opening "The" before a place or organisation, and the common nouns around a name; drops what is left
 * with nothing name-like. Stateless and thread-safe.
 */
final class MentionTidying {

    private final Gazetteer gazetteer;
    private final NationalityOpeners nationalities;

    /**
     * A party member's word or an office the title list lacks, before a name of two words or more: the model keeps
     * it when it never saw the name ("Republican Min-jun Yamamoto", "Regent Siti Wongsawat").
     */
    private static final Set<String> FRONT_WORDS = Set.of("Republican", "Democrat", "Conservative", "Liberal",
            "Socialist", "Communist", "Tory", "Incumbent", "Regent", "Comptroller", "Treasurer", "Auditor", "Congressmen");

    /** A person's name of three words or more opening with one of {@link #FRONT_WORDS}: that word is cut. */
    static boolean frontWord(String[] tokens, MentionDraft m) {
        return m.end - m.start > 2 && FRONT_WORDS.contains(tokens[m.start]);
    }

    MentionTidying(Gazetteer gazetteer, NationalityOpeners nationalities) {
        this.gazetteer = gazetteer;
        this.nationalities = nationalities;
    }

    /** Shrinks a model mention to its name; false when nothing name-like is left. */
    boolean tidy(String[] tokens, MentionDraft m) {
        while (m.end > m.start && (POSSESSIVE.contains(tokens[m.end - 1]) || isPunct(tokens[m.end - 1]))) {
            m.end--;
        }
        while (m.end > m.start && isPunct(tokens[m.start])) {
            m.start++;
        }
        if (m.length() > 1 && HONORIFICS.contains(tokens[m.start])) {
            m.type = EntityTypes.PERSON; // "Datuk Seri Baharin Din", read as a place: an honorific opens a person's name
        }
        if (m.type.equals(EntityTypes.PERSON)) {
            while (m.end - m.start > 1 && (gazetteer.isTitleWord(tokens[m.start]) || nationalities.nationality(tokens, m.start)
                    || TitleFinder.ROLE_WORDS.contains(lower(tokens[m.start]))
                    || frontWord(tokens, m)
                    || m.start > 0 && HONORIFICS.contains(tokens[m.start - 1]) && SECOND_HONORIFIC.contains(tokens[m.start]))) {
                m.start++;
            }
            if (m.length() == 1 && TitleFinder.ROLE_WORDS.contains(lower(tokens[m.start]))) {
                return false;
            }
            // "Kim Jong Un oversaw the launch": a person's name never ends in a lower-case word (particles stand inside)
            while (m.end - m.start > 1 && Character.isLowerCase(tokens[m.end - 1].charAt(0))) {
                m.end--;
            }
        }
        if (!m.type.equals(EntityTypes.PERSON)) {
            // "British-ruled Northern Ireland", "Arab East Jerusalem": the demonym is no part of the place;
            // "August National Association of …": nor is a month, nor "The" opening a sentence ("The State
            // Duma"; listed names such as "The Hague" keep it); "Algerian radio": nor a common noun after
            while (m.end - m.start > 1 && (m.type.equals(EntityTypes.LOCATION) && demonymPrefix(tokens[m.start])
                    || ProperNameRule.CALENDAR.contains(tokens[m.start])
                    || tokens[m.start].equals("The") && gazetteer.lookup(tokens, m.start, m.end) == null)) {
                m.start++;
            }
            while (m.end - m.start > 1 && Character.isLowerCase(tokens[m.end - 1].charAt(0))
                    && gazetteer.isCommonWord(tokens[m.end - 1])) {
                m.end--;
            }
            // "the Lebanese army and Hezbollah": an ordinary lower-case noun before "and" ends a description,
            // not a name's part, so the name is what follows ("Ministry of Industry and Trade" has a capital)
            for (int k = m.end - 2; k > m.start; k--) {
                if ((tokens[k].equals("and") || tokens[k].equals("&")) && ListAndRulePass.capitalised(tokens[k + 1])
                        && Character.isLowerCase(tokens[k - 1].charAt(0)) && !JOINERS.contains(tokens[k - 1])
                        && gazetteer.isCommonWord(tokens[k - 1])) {
                    m.start = k + 1;
                    break;
                }
            }
        }
        if (!m.type.equals(EntityTypes.PERSON) && m.end < tokens.length && m.end > m.start
                && (tokens[m.end].equals("Minister") || tokens[m.end].equals("Secretary") || tokens[m.end].equals("Ministers"))
                && gazetteer.isCommonWord(tokens[m.end - 1]) && !ProperNameRule.ORG_WORDS.contains(tokens[m.end - 1])) {
            return false; // "Union Finance Minister", "Home Affairs Secretary": the portfolio belongs to the title
        }
        return m.end > m.start && !Character.isLowerCase(tokens[m.start].charAt(0))
                && !(m.length() == 1 && noNameAlone(tokens[m.start]))
                && !(m.length() == 1 && shouted(tokens[m.start], gazetteer) && !(m.start > 0 && tokens[m.start - 1].equals("(")))
                && !(m.length() == 1 && era(tokens, m.start));
    }

    /** Lower-case words that join the parts of a name. */
    private static final Set<String> JOINERS = Set.of("of", "for", "the", "and", "de", "on", "in", "at", "to", "du",
            "des", "del", "la", "le", "van", "von", "der", "bin", "al");

    private boolean demonymPrefix(String token) {
        int dash = token.indexOf('-');
        String head = dash > 0 && (token.endsWith("-ruled") || token.endsWith("-based") || token.endsWith("-backed")
                || token.endsWith("-controlled") || token.endsWith("-held")) ? token.substring(0, dash) : token;
        Gazetteer.Entry e = gazetteer.lookup(head);
        return e != null && e.kind() == Gazetteer.Kind.NATIONALITY;
    }
}
