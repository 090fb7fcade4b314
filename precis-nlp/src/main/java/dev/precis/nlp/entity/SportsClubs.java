package dev.precis.nlp.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Towns and counties that stand for their sports clubs, and clubs the model reads as persons, found from
 * how the article speaks of them ("Surrey captain", "joined Newcastle", "Zamalek coach"). Part of the
 * document-level pass ({@link DocumentLinker}). Stateless and thread-safe.
 */
final class SportsClubs {

    private final Gazetteer gazetteer;
    private final Map<String, String> capitals;

    SportsClubs(Gazetteer gazetteer, Map<String, String> capitals) {
        this.gazetteer = gazetteer;
        this.capitals = capitals;
    }

    /** Nouns after "X" or "X 's" that make a town or county a sports club ("Surrey captain", "Nice 's home defeat"). */
    private static final Set<String> CLUB_AFTER = Set.of("captain", "skipper", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "keeper", "winger", "forward", "fans", "supporters", "squad", "team-mate",
            "teammate", "team-mates", "teammates");
    /** A club's staff and players named right after it: no person has them. */
    private static final Set<String> CLUB_STAFF = Set.of("coach", "striker", "midfielder", "defender", "goalkeeper",
            "winger", "skipper", "squad", "forward");
    /** Words before "X" that make it a club: "joined Newcastle", "first division side Nice". */
    private static final Set<String> CLUB_BEFORE = Set.of("joined", "side", "club", "champions", "leaders");
    /** Clubs' plural nicknames that end their names ("Kaizer Chiefs", "Mamelodi Sundowns"): no person's surname. */
    private static final Set<String> NICKNAMES = Set.of("Chiefs", "Pirates", "Sundowns", "Stars", "Rangers",
            "Warriors", "Eagles", "Lions", "Tigers", "Leopards", "Rovers", "Wanderers", "Titans", "Giants", "Bulls",
            "Sharks", "Stormers", "Panthers", "Falcons", "Royals", "Dolphins", "Strikers", "Gunners", "Arrows",
            "Swallows", "Bullets", "Buffaloes", "Elephants", "Crocodiles", "Hornets", "Blasters", "Antlers");
    /** Nations that play as teams under their own names: a country, never a club. */
    private static final Set<String> NATIONS = Set.of("England", "Scotland", "Wales", "Ireland");

    /**
     * A town or county named as a sports club once ("Surrey captain Chris Lewis", "joined Newcastle",
     * "Nice 's home defeat") is the club wherever it stands alone in the article, as sports reports
     * name clubs by their town; countries stay places (national teams are named after the country).
     */
    void byContext(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> clubs = new java.util.HashSet<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() != 1) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            String name = tokens[m.start];
            if (NATIONS.contains(name) || gazetteer.isCountry(name) || capitals.containsValue(name)) {
                continue;
            }
            int next = m.end < tokens.length && DocumentLinker.POSSESSIVE.contains(tokens[m.end]) ? m.end + 1 : m.end;
            if (next < tokens.length && CLUB_AFTER.contains(tokens[next]) || next < tokens.length - 1
                    && (tokens[next].equals("home") || tokens[next].equals("away"))
                    && (tokens[next + 1].equals("defeat") || tokens[next + 1].equals("win") || tokens[next + 1].equals("draw"))
                    || m.start > 0 && CLUB_BEFORE.contains(tokens[m.start - 1])) {
                clubs.add(name);
            }
        }
        Set<String> nicknamed = new java.util.HashSet<>();
        // "Zamalek coach Jose Gomes", "Gor Mahia striker …": a name the model read as a person that has a coach
        // or players is a club (a person has no striker; "fans" and "supporters" a person has, so they are no cue)
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (m.type.equals(EntityTypes.PERSON) && !m.ruleBased && m.length() <= 2 && m.end < tokens.length
                    && CLUB_STAFF.contains(tokens[m.end]) && !gazetteer.isFirstName(tokens[m.start])) {
                clubs.add(DocumentLinker.text(doc, m));
            }
            // "Kaizer Chiefs lost to …": a "person" of two or three words ending in a club's nickname is the club
            // (the model's or the capitalised-run rule's person alike)
            if (m.type.equals(EntityTypes.PERSON) && m.length() >= 2 && m.length() <= 3
                    && NICKNAMES.contains(tokens[m.end - 1]) && !gazetteer.isFirstName(tokens[m.start])) {
                nicknamed.add(DocumentLinker.text(doc, m));
            }
        }
        if (clubs.isEmpty() && nicknamed.isEmpty()) {
            return;
        }
        for (MentionDraft m : mentions) {
            if (m.type.equals(EntityTypes.LOCATION) && m.length() == 1 && clubs.contains(doc.sentence(m.sentence)[m.start])
                    || m.type.equals(EntityTypes.PERSON) && !m.ruleBased && clubs.contains(DocumentLinker.text(doc, m))
                    || m.type.equals(EntityTypes.PERSON) && nicknamed.contains(DocumentLinker.text(doc, m))) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
    }
}
