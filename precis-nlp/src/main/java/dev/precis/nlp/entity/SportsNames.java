package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Clubs and competitions in sports copy, fixed after the model: a city followed by a plural nickname is a club
 * ("Lahore Qalandars", "Chennai Super Kings", "Mumbai" + "Indians" read as a place and a nationality), and a
 * person whose last word is a competition's ("Premier" + "League", read as a person) is the competition, a MISC
 * name as CoNLL marks leagues and cups (so the nationality or country before it joins it: "Egyptian Premier
 * League"). Written by hand from closed word lists; part of {@link HeadWordJoins}. Stateless.
 */
final class SportsNames {

    /** Last words of competitions' names. */
    private static final Set<String> COMPETITIONS = WordSet.of("League", "Cup", "Championship", "Championships", "Trophy",
            "Series", "Games", "Open", "Tournament", "Shield");
    /** Plurals ending places' names, never a club's nickname. */
    private static final Set<String> PLACE_PLURALS = WordSet.of("Islands", "Hills", "Heights", "Mountains", "Falls",
            "Springs", "States", "Emirates", "Territories", "Lakes", "Highlands", "Plains", "Keys", "Rapids", "Fields",
            "Gardens", "Towers", "Docks", "Woods", "Downs", "Sands", "Isles", "Provinces", "Lands", "Forces", "Affairs",
            "Nations", "Games", "Series", "Championships", "Olympics", "Times", "News", "Holdings", "Industries",
            "Airways", "Airlines", "Motors", "Services", "Systems", "Technologies", "Communications", "Properties",
            "Investments", "Securities", "Breweries", "Foods", "Textiles", "Chemicals", "Mills", "Ports", "Railways",
            "Minerals", "Resources", "Markets", "Partners", "Studios", "Pictures", "Records", "Associates", "Brothers");

    private SportsNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        clubs(tokens, mentions, gazetteer);
        competitions(tokens, mentions);
    }

    /** "Lahore" + "Qalandars", "Chennai" + "Super Kings", "Mumbai" + "Indians" (a nationality). */
    private static void clubs(String[] tokens, List<MentionDraft> mentions, Gazetteer gazetteer) {
        if (!sports(tokens)) {
            return; // "the Congo Crisis", "the Central Powers", "South Slavs": away from sport a plural is no club
        }
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            if (!m.type.equals(EntityTypes.LOCATION) || gazetteer.isCountry(m.canonical == null ? "" : m.canonical)) {
                continue;
            }
            int end = m.end;
            MentionDraft nickname = null;
            while (end < tokens.length && end - m.end < 2 && ListAndRulePass.capitalised(tokens[end])
                    && !ListAndRulePass.isPunct(tokens[end]) && !Gazetteer.isUpper(tokens[end])) {
                MentionDraft other = at(mentions, end);
                if (other != null && !(other.type.equals(EntityTypes.MISC) && other.length() == 1)) {
                    break;
                }
                nickname = other != null ? other : nickname;
                end++;
            }
            String last = tokens[end - 1];
            if (end == m.end || end < tokens.length && (ListAndRulePass.capitalised(tokens[end])
                    || ListAndRulePass.POSSESSIVE.contains(tokens[end])) || !last.endsWith("s")
                    || last.endsWith("ss") || !last.substring(1).equals(ListAndRulePass.lower(last.substring(1))) || PLACE_PLURALS.contains(last) || gazetteer.isTitleWord(last)
                    || ProperNameRule.ORG_WORDS.contains(last) || gazetteer.isCommonWord(ListAndRulePass.lower(last))
                    && nickname == null && !gazetteer.isCommonWord(last)) {
                continue;
            }
            if (nickname != null) {
                mentions.remove(nickname);
            }
            m.end = end;
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            j = mentions.indexOf(m);
        }
    }

    /** Words of sports copy: results, fixtures, squads. */
    private static final Set<String> SPORTS_WORDS = WordSet.of("beat", "beats", "drew", "draw", "defeated", "defeat",
            "won", "win", "wins", "lost", "lose", "loss", "victory", "match", "game", "games", "season", "coach",
            "captain", "striker", "goalkeeper", "wickets", "wicket", "goals", "goal", "innings", "inning", "runs",
            "league", "League", "Cup", "derby", "club", "side", "team", "squad", "players", "player", "signed",
            "retained", "franchise", "fixture", "playoffs", "play-off", "title", "champions", "semi-final", "final",
            "points", "table", "stadium", "home", "away", "scored", "overs", "batting", "bowling");

    /** A sentence of sports copy: a sports word or a score ("2-1", "5-3"). */
    private static boolean sports(String[] tokens) {
        for (String t : tokens) {
            if (SPORTS_WORDS.contains(t) || isScore(t)) {
                return true;
            }
        }
        return false;
    }

    /** Compiled once: this runs on every token of every sentence with a name. */
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

    private static boolean isScore(String t) {
        return t.length() >= 3 && t.length() <= 7 && Character.isDigit(t.charAt(0)) && SCORE.matcher(t).matches();
    }

    private static MentionDraft at(List<MentionDraft> mentions, int token) {
        for (MentionDraft o : mentions) {
            if (o.start <= token && token < o.end) {
                return o;
            }
        }
        return null;
    }

    /** "Premier" + "League" read as a person: the competition, opened by the untagged words and a name before it. */
    private static void competitions(String[] tokens, List<MentionDraft> mentions) {
        for (int j = 0; j < mentions.size(); j++) {
            MentionDraft m = mentions.get(j);
            if (!m.type.equals(EntityTypes.PERSON) || !COMPETITIONS.contains(tokens[m.end - 1])) {
                continue;
            }
            int start = m.start;
            while (start > 0 && ListAndRulePass.capitalised(tokens[start - 1]) && !ListAndRulePass.isPunct(tokens[start - 1])
                    && at(mentions, start - 1) == null && !ListAndRulePass.noNameAlone(tokens[start - 1])) {
                start--;
            }
            MentionDraft before = start > 0 ? at(mentions, start - 1) : null;
            if (before != null && before.end == start && !before.type.equals(EntityTypes.PERSON)) {
                start = before.start;
                mentions.remove(before);
            }
            m.start = start;
            m.type = EntityTypes.MISC;
            m.canonical = null;
            j = mentions.indexOf(m);
        }
    }
}
