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
    private static final Set<String> CLUB_AFTER = WordSet.of("captain", "skipper", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "keeper", "winger", "forward", "fans", "supporters", "squad", "team-mate",
            "teammate", "team-mates", "teammates", "manager", "batsman", "bowler", "all-rounder", "playmaker",
            "pitcher");
    /** A club's staff and players named right after it: no person has them. */
    private static final Set<String> CLUB_STAFF = WordSet.of("coach", "striker", "midfielder", "defender", "goalkeeper",
            "winger", "skipper", "squad", "forward");
    /** Words before "X" that make it a club: "joined Newcastle", "first division side Nice". */
    private static final Set<String> CLUB_BEFORE = WordSet.of("joined", "side", "club", "champions", "leaders", "rivals",
            "hopefuls");
    /** Verbs of a result with the winner before them and the loser after them ("Kent beat Essex"). */
    private static final Set<String> RESULT_VERBS = WordSet.of("beat", "beats", "defeated", "defeats", "thrashed", "won",
            "edged", "routed", "overcame", "hammered", "crushed", "drew", "lost", "trailed", "outplayed");
    /** Words before a team in a result line: its opponent ("a match against Kent", "Kent v Essex"). */
    private static final Set<String> OPPONENT_BEFORE = WordSet.of("against", "v", "vs", "vs.", "versus", "dismiss",
            "dismissed");
    /** Words that show a sentence is about a game, with no reading outside sport (a result verb alone is not). */
    private static final Set<String> GAME_WORDS = WordSet.of("innings", "inning", "wickets", "wicket", "overs", "runs",
            "goal", "goals", "match", "halftime", "half-time", "minute", "penalty", "league", "League", "season",
            "scored", "striker", "coach", "stadium", "title", "fixture", "semifinal", "semi-final", "derby",
            "play-off", "playoff", "homer", "homered", "try", "tries", "points", "batting", "bowling", "game");
    /** Clubs' plural nicknames that end their names ("Kaizer Chiefs", "Mamelodi Sundowns"): no person's surname. */
    private static final Set<String> NICKNAMES = WordSet.of("Chiefs", "Pirates", "Sundowns", "Stars", "Rangers",
            "Warriors", "Eagles", "Lions", "Tigers", "Leopards", "Rovers", "Wanderers", "Titans", "Giants", "Bulls",
            "Sharks", "Stormers", "Panthers", "Falcons", "Royals", "Dolphins", "Strikers", "Gunners", "Arrows",
            "Swallows", "Bullets", "Buffaloes", "Elephants", "Crocodiles", "Hornets", "Blasters", "Antlers");
    /** Nations that play as teams under their own names: a country, never a club. */
    private static final Set<String> NATIONS = WordSet.of("England", "Scotland", "Wales", "Ireland");

    /**
     * A town or county named as a sports club once ("Surrey captain Chris Lewis", "joined Newcastle",
     * "Nice 's home defeat") is the club wherever it stands alone in the article, as sports reports
     * name clubs by their town; countries stay places (national teams are named after the country).
     */
    void byContext(TokenizedText doc, List<MentionDraft> mentions) {
        Set<String> clubs = new java.util.HashSet<>();
        for (MentionDraft m : mentions) {
            if (!m.type.equals(EntityTypes.LOCATION) || m.length() > 3) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            String name = DocumentLinker.text(doc, m);
            if (NATIONS.contains(name) || gazetteer.isCountry(name) || capitals.containsValue(name)) {
                continue;
            }
            int next = m.end < tokens.length && DocumentLinker.POSSESSIVE.contains(tokens[m.end]) ? m.end + 1 : m.end;
            boolean single = m.length() == 1 && (next < tokens.length && CLUB_AFTER.contains(tokens[next])
                    || next < tokens.length - 1
                    && (tokens[next].equals("home") || tokens[next].equals("away"))
                    && (tokens[next + 1].equals("defeat") || tokens[next + 1].equals("win") || tokens[next + 1].equals("draw"))
                    || m.start > 0 && CLUB_BEFORE.contains(tokens[m.start - 1]));
            boolean lowerWord = false;
            for (int k = m.start; k < m.end; k++) {
                lowerWord |= !ListAndRulePass.capitalised(tokens[k]); // "Republic of Ireland": no town's name
            }
            if (single || !lowerWord && inResult(tokens, m.start, next)
                    || m.length() == 1 && next > m.end && playerAfter(tokens, mentions, m, next)) {
                clubs.add(name);
            }
        }
        coordinated(doc, mentions, clubs);
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
            if (m.type.equals(EntityTypes.LOCATION) && m.length() <= 3 && clubs.contains(DocumentLinker.text(doc, m))
                    && !placeUse(doc.sentence(m.sentence), m.start)
                    || m.type.equals(EntityTypes.PERSON) && !m.ruleBased && clubs.contains(DocumentLinker.text(doc, m))
                    || m.type.equals(EntityTypes.PERSON) && nicknamed.contains(DocumentLinker.text(doc, m))) {
                m.type = EntityTypes.ORGANIZATION;
            }
        }
    }

    /**
     * A town in a game's result: in a sentence with a word of games or a score ("2-1"), the town right before a
     * result verb ("Kent beat Essex", "Leeds drew"), right after one or after a word naming an opponent ("beat
     * Essex by an innings", "a match against Yorkshire", "Kent v Essex"), or after "win/victory/winners over"
     * ("a 75-19 victory over Gloucester"). A place named as where the game is ("at Headingley") has none of these.
     *
     * @param start the town's token
     * @param next the token after it and its possessive, if any
     */
    static boolean inResult(String[] tokens, int start, int next) {
        boolean cue = next < tokens.length && RESULT_VERBS.contains(tokens[next])
                || start > 0 && (RESULT_VERBS.contains(tokens[start - 1]) || OPPONENT_BEFORE.contains(tokens[start - 1]))
                || next < tokens.length && OPPONENT_BEFORE.contains(tokens[next]) && !tokens[next].startsWith("d")
                || start > 1 && tokens[start - 1].equals("over") && (tokens[start - 2].equals("victory")
                        || tokens[start - 2].equals("win") || tokens[start - 2].equals("winners"));
        return cue && gameSentence(tokens);
    }

    private static boolean gameSentence(String[] tokens) {
        for (String t : tokens) {
            if (GAME_WORDS.contains(t) || t.length() >= 3 && t.length() <= 7 && Character.isDigit(t.charAt(0))
                    && t.matches("\\d{1,3}-\\d{1,3}")) {
                return true;
            }
        }
        return false;
    }

    /** Words before a town that name it as a place, whatever its club: "in Leeds", "at Leeds". */
    private static final Set<String> LOCATIVES = WordSet.of("in", "at", "near", "from", "outside");

    /**
     * A town written as a place even in an article about its club: after a locative word ("in Texas history"), or
     * after a dateline's town in capitals and a comma ("ARLINGTON, Texas"), or as that dateline's town.
     */
    static boolean placeUse(String[] tokens, int start) {
        return start > 0 && LOCATIVES.contains(ListAndRulePass.lower(tokens[start - 1])) || start > 1
                && tokens[start - 1].equals(",") && tokens[start - 2].length() > 1 && Gazetteer.isUpper(tokens[start - 2])
                || start + 1 < tokens.length && tokens[start].length() > 1 && Gazetteer.isUpper(tokens[start])
                && tokens[start + 1].equals(",") && start + 2 < tokens.length && ListAndRulePass.capitalised(tokens[start + 2])
                && !Gazetteer.isUpper(tokens[start + 2]);
    }

    /** A town with a possessive and then a person, in a game's sentence: the person's club ("Atlanta's Tom Ruiz (13-8)"). */
    private static boolean playerAfter(String[] tokens, List<MentionDraft> mentions, MentionDraft town, int next) {
        for (MentionDraft p : mentions) {
            if (p.sentence == town.sentence && p.start == next && p.type.equals(EntityTypes.PERSON)) {
                return gameSentence(tokens);
            }
        }
        return false;
    }

    /**
     * A town listed with a club ("Essex, Derbyshire and Surrey", "Essex and Kent") is a club too: a list holds
     * things of one kind. Towns only, no countries; twice over, so a list of three is found from one end.
     */
    private void coordinated(TokenizedText doc, List<MentionDraft> mentions, Set<String> clubs) {
        if (clubs.isEmpty()) {
            return;
        }
        for (int round = 0; round < 2; round++) {
            for (MentionDraft a : mentions) {
                for (MentionDraft b : mentions) {
                    if (a.sentence != b.sentence || b.start != a.end + 1 || !a.type.equals(EntityTypes.LOCATION)
                            && !b.type.equals(EntityTypes.LOCATION)) {
                        continue;
                    }
                    String link = doc.sentence(a.sentence)[a.end];
                    String[] tokens = doc.sentence(a.sentence);
                    boolean list = link.equals(",") && (b.end < tokens.length && (tokens[b.end].equals("and")
                            || tokens[b.end].equals("or") || tokens[b.end].equals(",")) || a.start > 0
                            && tokens[a.start - 1].equals(","));
                    if (!link.equals("and") && !link.equals("or") && !list) {
                        continue; // a comma only inside a list of three or more: "At the Oval, Surrey captain …"
                    }
                    String ta = DocumentLinker.text(doc, a);
                    String tb = DocumentLinker.text(doc, b);
                    if (clubs.contains(ta) != clubs.contains(tb)) {
                        MentionDraft other = clubs.contains(ta) ? b : a;
                        String name = clubs.contains(ta) ? tb : ta;
                        if (other.type.equals(EntityTypes.LOCATION) && other.length() <= 3 && !NATIONS.contains(name)
                                && !gazetteer.isCountry(name) && !capitals.containsValue(name)) {
                            clubs.add(name);
                        }
                    }
                }
            }
        }
    }
}
