package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teams named by a place and a plural nickname ("the Halden Owls", "the Tamsk Ravens"), which North American and
 * many other leagues use: the model tags the place and leaves the nickname, or reads both as one place, and the
 * nickname alone later in the article ("the Owls (12-4)", "the Ravens and Owls") is left untagged. A capitalised
 * plural right after a place is taken as a team's nickname when the article also uses it alone, away from a
 * sentence's start, or when "the" stands before the place; the place and the word then become one organisation,
 * and every lone use of a nickname (also the last word of an organisation the model found, "the [Kelby Ravens]" …
 * "the Ravens") becomes one. Singular words are left alone: after a place they head events and bodies as often
 * ("the Suez Crisis", "the Tehran Conference"). Document consistency, not a list of teams: a word that is a
 * listed place, given name, title, organisation head, party plural or a geographic, civic or event noun is never
 * a nickname. Part of the document pass ({@link DocumentLinker}). Stateless.
 */
final class PlaceNamedTeams {

    /** Capitalised nouns that follow a place in names of places, offices and bodies, never a team's nickname. */
    private static final Set<String> NOT_NICKNAMES = WordSet.of("Island", "Islands", "Falls", "Springs", "Heights",
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
            "South", "East", "West", "Central", "Upper", "Lower", "New", "Old", "Great", "Greater", "International",
            // plural names of events and documents ("the Oslo Talks", "the Panama Papers")
            "Talks", "Olympics", "Paralympics", "Accords", "Agreements", "Conventions", "Trials", "Protests",
            "Riots", "Elections", "Championships", "Nationals", "Papers", "Files", "Leaks", "Hearings", "Negotiations",
            "Summits", "Wars", "Crusades", "Riders", "Lines", "Airlines", "Airways", "Railways", "Motors", "Industries",
            "Holdings", "Systems", "Services", "Studios", "Records", "Pictures", "Communications", "Networks",
            "Attacks", "Bombings", "Killings", "Floods", "Fires", "Murders", "Veterans", "Pandits");

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
            if (m.type.equals(EntityTypes.LOCATION) && m.length() >= 2 && m.length() <= 4
                    && gazetteer.placeAt(tokens, m.start) == m.length() - 1 && team(tokens, m.start, m.end - 1, alone, gazetteer)) {
                m.type = EntityTypes.ORGANIZATION; // "the [Halden Owls]" read as one place
                m.canonical = null;
                nicknames.add(tokens[m.end - 1]);
            }
        }
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() > 3 || m.end >= tokens.length
                    || covered.get(m.sentence)[m.end]) {
                continue;
            }
            String word = tokens[m.end];
            if (team(tokens, m.start, m.end, alone, gazetteer)) {
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

    /**
     * Whether {@code tokens[nick]}, right after a place starting at {@code place}, is a team's nickname: used alone
     * elsewhere in the article, or a plural after "the" and the place ("the Halden Owls"), a team's name however
     * often; and no capitalised word follows it.
     */
    private static boolean team(String[] tokens, int place, int nick, Map<String, Integer> alone, Gazetteer gazetteer) {
        String word = tokens[nick];
        boolean ends = nick + 1 == tokens.length || !ListAndRulePass.capitalised(tokens[nick + 1]);
        boolean afterThe = place > 0 && tokens[place - 1].equals("the");
        return ends && nickname(word, gazetteer) && (alone.getOrDefault(word, 0) > 0 || afterThe);
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

    /** A capitalised plural of lower-case letters that no list gives another reading ("Owls", not "Crisis"). */
    static boolean nickname(String word, Gazetteer gazetteer) {
        // plural nicknames only: a singular capitalised word after a place is as often an event's or a body's
        // head ("the Suez Crisis", "the Tehran Conference", "the Gulf War") as a team's ("the Halden Frost")
        if (word.length() < 4 || !Character.isUpperCase(word.charAt(0)) || NOT_NICKNAMES.contains(word)
                || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("is") || word.endsWith("us")) {
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
