package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teams named by a place and a nickname ("the Halden Owls", "the Tamsk Frost"), which North American and many
 * other leagues use: the model tags the place and leaves the nickname, and the nickname alone later in the
 * article ("the Owls (12-4)", "the Frost, Ravens and Owls") is left untagged. A capitalised word right after a
 * place is taken as a team's nickname when the article also uses it alone, away from a sentence's start; the
 * place and the word then become one organisation (so does a plural after "the" and a place, used once: "the
 * Halden Owls"), and every lone use of a nickname (also the last word of an
 * organisation the model found, "the [Kelby Ravens]" … "the Ravens") becomes one. Document consistency, not a
 * list of teams: a word that is a listed place, given name, title, organisation head, party plural or a
 * geographic or civic noun is never a nickname. Part of the document pass ({@link DocumentLinker}). Stateless.
 */
final class PlaceNamedTeams {

    /** Capitalised nouns that follow a place in names of places, offices and bodies, never a team's nickname. */
    private static final Set<String> NOT_NICKNAMES = Set.of("Island", "Islands", "Falls", "Springs", "Heights",
            "Hill", "Hills", "Mountain", "Mountains", "River", "Rivers", "Lake", "Lakes", "Valley", "Bay", "Beach",
            "City", "County", "State", "States", "Province", "Region", "District", "Street", "Road", "Avenue",
            "Square", "Park", "Airport", "Station", "Bridge", "Sea", "Ocean", "Coast", "Gulf", "Strait", "Canal",
            "Harbour", "Harbor", "Port", "Town", "Village", "Township", "Parish", "Borough", "Peninsula", "Desert",
            "Forest", "Plains", "Keys", "Rapids", "Woods", "Gardens", "Government", "Police", "Army", "Navy",
            "Ministry", "Council", "Assembly", "Parliament", "Senate", "Court", "Governor", "Mayor", "President",
            "Premier", "Minister", "Chief", "Secretary", "Senator", "Representative", "Legislature", "Democrats",
            "Republicans", "Muslims", "Christians", "Jews", "Hindus", "Catholics", "Protestants", "Act", "Bill",
            "Law", "Day", "Week", "Year", "Time", "Times", "Post", "News", "Herald", "Daily", "Metro",
            "Area", "Zone", "Centre", "Center", "Hall", "University", "College", "School", "Hospital", "Church",
            "Cathedral", "Museum", "Zoo", "Stadium", "Arena", "Open", "Cup", "Games", "Marathon", "Grand", "North",
            "South", "East", "West", "Central", "Upper", "Lower", "New", "Old", "Great", "Greater", "International");

    private PlaceNamedTeams() {
    }

    static void apply(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        Map<Integer, boolean[]> covered = new HashMap<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            covered.put(s, new boolean[doc.sentence(s).length]);
        }
        for (MentionDraft m : mentions) {
            ListAndRulePass.mark(covered.get(m.sentence), m);
        }
        // lone, untagged uses of each capitalised word away from a sentence's start
        Map<String, Integer> alone = new HashMap<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 1; i < tokens.length; i++) {
                if (!covered.get(s)[i] && loneUse(tokens, i) && nickname(tokens[i], gazetteer)) {
                    alone.merge(tokens[i], 1, Integer::sum);
                }
            }
        }
        Set<String> nicknames = new HashSet<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.ORGANIZATION) && m.length() >= 2 && m.length() <= 4
                    && nickname(tokens[m.end - 1], gazetteer) && gazetteer.placeAt(tokens, m.start) == m.length() - 1) {
                nicknames.add(tokens[m.end - 1]); // "the [Kelby Ravens]": the model found the team
            }
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() > 3 || m.end >= tokens.length
                    || covered.get(m.sentence)[m.end]) {
                continue;
            }
            String word = tokens[m.end];
            boolean ends = m.end + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[m.end + 1]);
            // used alone elsewhere, or a plural after "the" and a place ("the Halden Owls"), a team's name however often
            boolean plural = word.endsWith("s") && !word.endsWith("ss") && m.start > 0 && tokens[m.start - 1].equals("the");
            if (ends && nickname(word, gazetteer) && (alone.getOrDefault(word, 0) > 0 || plural)) {
                m.end++;
                m.type = EntityTypes.ORGANIZATION;
                m.canonical = null;
                covered.get(m.sentence)[m.end - 1] = true;
                nicknames.add(word);
            }
        }
        if (nicknames.isEmpty()) {
            return;
        }
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 1; i < tokens.length; i++) {
                if (!covered.get(s)[i] && loneUse(tokens, i) && nicknames.contains(tokens[i])) {
                    added.add(new MentionDraft(s, i, i + 1, EntityTypes.ORGANIZATION, true));
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /** Not at a sentence's or a quotation's start, not followed by another capitalised word. */
    private static boolean loneUse(String[] tokens, int i) {
        String before = tokens[i - 1];
        boolean opens = before.equals("\"") || before.equals("“") || before.equals("‘") || before.equals("(")
                || before.equals(":") || before.equals("-") || before.equals("--") || before.equals("—")
                || before.equals("–") || before.equals("[");
        return !opens && (i + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[i + 1]))
                && (!ListAndRulePass.capitalised(before) || before.equals("The"));
    }

    /** A capitalised word of lower-case letters that no list gives another reading. */
    static boolean nickname(String word, Gazetteer gazetteer) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || NOT_NICKNAMES.contains(word)) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return !ListAndRulePass.PARTY_PLURALS.contains(word) && !gazetteer.isFirstName(word)
                && !gazetteer.isTitleWord(word) && !gazetteer.isOrganisationHead(word) && gazetteer.lookup(word) == null
                && !ListAndRulePass.calendar(word);
    }
}
