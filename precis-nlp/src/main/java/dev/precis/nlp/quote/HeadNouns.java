package dev.precis.nlp.quote;

import dev.precis.model.TextRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which noun heads a speaker's noun phrase when a name stands inside it, for {@link SpeakerPhrases},
 * {@link SpeakerResolver} and {@link ClauseSubjects}: a name only modifying a plural noun for people ("Tory
 * delegates", "Labour MPs": the delegates speak, not the party), and a work whose title follows it between
 * commas ("The book, The Trials of Ann Reed, said": the book speaks, not the person its title names). Stateless.
 */
final class HeadNouns {

    /** Plural nouns for people that a party, nation or body name can modify: "Tory delegates", "French officials". */
    static final Pattern GROUP_HEAD = Pattern.compile("(?:delegates|members|MPs|MEPs|MSPs|officials|ministers|supporters"
            + "|activists|voters|protesters|protestors|residents|campaigners|critics|councillors|councilors|lawmakers"
            + "|legislators|senators|workers|fans|leaders|troops|soldiers|negotiators|politicians|backbenchers|rebels"
            + "|students|doctors|nurses|teachers|executives|officers|diplomats|sources|representatives|spokesmen"
            + "|spokespeople|aides|advisers|advisors|analysts|economists|lawyers|employees|staffers|veterans|farmers"
            + "|colleagues|candidates|delegations|peers|grandees|rivals|allies|loyalists|insiders|commanders|investigators)");

    /** A work that can carry a title in apposition: "the book, <Title>,"; "a report, <Title>,". */
    private static final Pattern TITLED_WORK = Pattern.compile("((?i:the|a|an|his|her|their|its|this|that)\\s+"
            + "(?:[\\p{Ll}-]+\\s+){0,2}(?i:book|report|study|film|movie|documentary|album|novel|memoir|biography|paper"
            + "|survey|review|inquiry|document|dossier|letter|statement|play|series|programme|program|show|article"
            + "|investigation|manifesto|song|podcast|poem|essay|column|editorial|musical|broadcast|episode|blog|guide"
            + "|pamphlet|analysis|audit|strategy|plan|white\\s+paper))\\s*,\\s*[^,.!?;\\n“”\"]{1,120},\\s*$");

    private HeadNouns() {
    }

    /**
     * The work's noun phrase when the words from {@code limit} to {@code cueStart} end with "<work>, <title>,"
     * and the work opens its clause (after a stop, a line break or at {@code limit}); null otherwise.
     */
    static TextRange titledWork(String text, int limit, int cueStart) {
        int from = Math.max(limit, cueStart - 220);
        int last = cueStart - 1;
        while (last >= from && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if (last < from || text.charAt(last) != ',') {
            return null; // every match ends in a comma and white space at the cue: none can be found
        }
        Matcher m = TITLED_WORK.matcher(text).region(from, cueStart);
        while (m.find()) {
            int before = m.start(1) - 1;
            while (before >= limit && Character.isWhitespace(text.charAt(before)) && text.charAt(before) != '\n') {
                before--;
            }
            if (before < limit || ".!?\n”\"’:—–".indexOf(text.charAt(before)) >= 0) {
                return new TextRange(m.start(1), m.end(1));
            }
            if (m.start(1) + 1 >= cueStart) {
                break;
            }
            m.region(m.start(1) + 1, cueStart);
        }
        return null;
    }
}
