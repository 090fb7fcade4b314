package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Bodies named beside a lower-case word that says what they are, as wire copy from everywhere writes names the
 * model has never seen: "the ruling Chama cha Wananchi party", "the Pacto Historico coalition", "the Kataib Sayyid
 * al-Shuhada militia" (name, then the group word, after "the" and at most two lower-case words), and "the state-run
 * news agency Petra said", "the Bengali daily Jugantor reported", "broadcaster Tele Sahel" (a publication word, then
 * the name). The name is a run of capitalised words, with the lower-case particles of Romance, Swahili, Tagalog and
 * Arabic names between two of them ("do", "cha", "ng", "al-Shuhada"). Only a name the model left untagged, tagged
 * as a person, or tagged in part as an organisation becomes one organisation: a place stays a place ("the Kenya
 * coalition"), a nationality opens no name ("the Kurdish militia"). Part of {@link ListAndRulePass}; written by
 * hand because these are grammar cues, not a list. Stateless.
 */
final class GroupWordNames {

    /** Lower-case words for a body that follow its name after "the". */
    static final Set<String> AFTER = WordSet.of("party", "coalition", "militia", "movement", "alliance", "bloc", "faction");

    /** Lower-case words for a publication or agency that come straight before its name. */
    static final Set<String> BEFORE = WordSet.of("agency", "daily", "newspaper", "broadcaster", "weekly", "tabloid",
            "channel", "portal", "website");

    /** Lower-case words inside a name between two capitalised words. */
    static final Set<String> PARTICLES = WordSet.of("do", "da", "dos", "das", "de", "del", "della", "di", "du", "des",
            "la", "le", "el", "y", "e", "cha", "wa", "ya", "ng", "sa", "al", "bin", "van", "der", "von");

    private static final Set<String> NOT_NAME = WordSet.of("The", "A", "An", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Its", "His", "Her", "Their", "Our", "This", "That", "Another", "One", "I");

    private static final int LONGEST = 6;

    private GroupWordNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, NationalityOpeners nationalities,
            Gazetteer gazetteer) {
        for (int h = 2; h < tokens.length; h++) {
            if (!AFTER.contains(tokens[h])) {
                continue;
            }
            int start = h;
            while (start > 0 && h - start < LONGEST + 2 && (word(tokens, start - 1, nationalities) || particle(tokens, start - 1))) {
                start--;
            }
            while (start < h && particle(tokens, start)) {
                start++; // a name opens with a capitalised word
            }
            // "the TM movement": the model types acronyms itself; "the Democratic party": a kind of party, no name
            boolean acronym = h - start == 1 && (Gazetteer.isUpper(tokens[start]) || PartyAdjectives.ADJECTIVES.contains(tokens[start]));
            if (start < h && !acronym && afterThe(tokens, start) && !nationalities.nationality(tokens, start)) {
                retag(mentions, sentence, start, h);
            }
        }
        for (int h = 0; h + 1 < tokens.length; h++) {
            if (!BEFORE.contains(tokens[h])) {
                continue;
            }
            int end = h + 1;
            while (end < tokens.length && end - h - 1 < LONGEST + 2 && (word(tokens, end, nationalities) || particle(tokens, end))) {
                end++;
            }
            while (end > h + 1 && particle(tokens, end - 1)) {
                end--; // and closes with one
            }
            boolean closed = end == tokens.length || !ListAndRulePass.capitalised(tokens[end]);
            if (end > h + 1 && closed && !nationalities.nationality(tokens, h + 1) && !titled(tokens, h + 1, end, gazetteer)) {
                retag(mentions, sentence, h + 1, end);
            }
        }
    }

    /** "the X", "the ruling X", "the banned armed X": at most two lower-case words between "the" and the name. */
    private static boolean afterThe(String[] tokens, int start) {
        for (int k = start - 1; k >= 0 && k >= start - 3; k--) {
            String t = tokens[k];
            if (t.equals("the") || t.equals("The")) {
                return true;
            }
            if (t.isEmpty() || !Character.isLowerCase(t.charAt(0)) || PARTICLES.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** "the agency Chairman Ali Musa said": a title inside the run names a person, not the publication. */
    private static boolean titled(String[] tokens, int from, int to, Gazetteer gazetteer) {
        for (int k = from; k < to; k++) {
            if (gazetteer.isTitleWord(tokens[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean word(String[] tokens, int i, NationalityOpeners nationalities) {
        String t = tokens[i];
        if (t.length() > 3 && (t.startsWith("al-") || t.startsWith("el-")) && Character.isUpperCase(t.charAt(3))) {
            return true; // "al-Shuhada"
        }
        return ListAndRulePass.capitalised(t) && !ListAndRulePass.isPunct(t) && !NOT_NAME.contains(t);
    }

    private static boolean particle(String[] tokens, int i) {
        return PARTICLES.contains(tokens[i]) || tokens[i].equals("-");
    }

    /**
     * Makes tokens [start, end) one organisation when every mention touching them lies inside them and is a person
     * or an organisation; nothing is changed when a place or another kind of mention touches them, or when one
     * mention already covers them exactly as an organisation.
     */
    private static void retag(List<MentionDraft> mentions, int sentence, int start, int end) {
        MentionDraft span = new MentionDraft(sentence, start, end, EntityTypes.ORGANIZATION, true);
        for (MentionDraft m : mentions) {
            if (!m.overlaps(span)) {
                continue;
            }
            boolean inside = m.start >= start && m.end <= end;
            boolean kind = m.type.equals(EntityTypes.PERSON) || m.type.equals(EntityTypes.ORGANIZATION);
            if (!inside || !kind || m.start == start && m.end == end && m.type.equals(EntityTypes.ORGANIZATION)) {
                return;
            }
        }
        mentions.removeIf(m -> m.overlaps(span));
        mentions.add(span);
    }
}
