package dev.precis.nlp.quote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What may stand between a speaker's name and the speech verb, stepped over when the speaker phrase is
 * looked for backwards from the verb ({@code SpeakerResolver.before}): an appositive ("Paul Ryan, the
 * convention chair, said"), a parenthesis ("(R-OH)"), the circumstances ("in a statement"), or a chain of
 * asides and a relative clause ("Harry Bond, 30, of Raleigh, N.C., who was among those polled, said").
 * Stateless.
 */
final class SpeakerAsides {

    private SpeakerAsides() {
    }

    /**
     * The index of the token that ends the speaker's name when asides stand between token {@code i} and
     * the verb, or {@code i} when there are none; {@code tokens} are character ranges of {@code text}.
     */
    static int skip(String text, List<int[]> tokens, int i) {
        int pastAsides = beforeAsides(text, tokens, i);
        pastAsides = pastAsides == i ? beforeAsideChain(text, tokens, i) : pastAsides;
        pastAsides = pastAsides == i ? beforeDescription(text, tokens, i) : pastAsides;
        pastAsides = pastAsides == i ? MarkedAsides.beforeDashAside(text, tokens, i) : pastAsides;
        pastAsides = pastAsides == i ? MarkedAsides.beforeTitledAside(text, tokens, i) : pastAsides;
        return pastAsides == i ? i : beforeParenthesis(text, tokens, pastAsides);
    }

    /**
     * A parenthesis right before an aside is stepped over too, so the name before both ends the speaker: "Sen. Ann
     * Reed (D-Ill.), noting the size of the crowd, said". Returns {@code j} unchanged when token {@code j} closes none.
     */
    private static int beforeParenthesis(String text, List<int[]> tokens, int j) {
        if (j < 2 || !word(text, tokens.get(j)).equals(")")) {
            return j;
        }
        int k = j - 1;
        while (k >= 0 && j - k <= 6 && !word(text, tokens.get(k)).equals("(") && !word(text, tokens.get(k)).equals(")")) {
            k--;
        }
        return k >= 1 && word(text, tokens.get(k)).equals("(") && Character.isUpperCase(word(text, tokens.get(k - 1)).charAt(0)) ? k - 1 : j;
    }

    /** Articles opening a description set off after a name: "Karl Berg, a trawlerman from …, said". */
    private static final Pattern ARTICLE = Pattern.compile("a|an|the");
    /** Prepositions before a capitalised word that make it a place or a body, not a speaker: "in Westport, the …". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)in|at|from|to|of|for|with|on|near|across|outside|inside");
    /** The longest description stepped over by {@link #beforeDescription}, in tokens. */
    private static final int MAX_DESCRIPTION_WORDS = 30;

    /**
     * Steps back over one long description between commas that opens with an article and may hold "and" and
     * prepositions, which {@link #beforeAsides} refuses: "Karl Berg, a trawlerman from the north coast and the head
     * of the Coastal Trawler Association, said". The word before the description ends the speaker's name: it is
     * capitalised, and no preposition stands right before the name's last word ("in Westport, the head of …, said"
     * is no one's name). Returns {@code i} unchanged when the words do not read so.
     */
    private static int beforeDescription(String text, List<int[]> tokens, int i) {
        if (i < 3 || !word(text, tokens.get(i)).equals(",")) {
            return i;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_DESCRIPTION_WORDS && !word(text, tokens.get(k)).equals(",")) {
            String w = word(text, tokens.get(k));
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) && w.charAt(0) != '&') {
                return i; // a parenthesis, a dash or a stop: not one description
            }
            k--;
        }
        if (k < 1 || k >= i - 2 || !word(text, tokens.get(k)).equals(",") || !describes(word(text, tokens.get(k + 1)))) {
            return i;
        }
        String name = word(text, tokens.get(k - 1));
        boolean placed = k >= 2 && PLACE_BEFORE.matcher(word(text, tokens.get(k - 2))).matches();
        return Character.isUpperCase(name.charAt(0)) && !placed && !SpeechCues.BOUNDARY_WORD.matcher(name).matches() ? k - 1 : i;
    }

    /**
     * Whether a description set off after a name may open with {@code w}: an article ("a trawlerman from …"), or a
     * lower-case noun without one ("pastor of the chapel and a supporter of the plan"), not a word that opens a
     * clause of its own ("and", "when", "who").
     */
    private static boolean describes(String w) {
        return ARTICLE.matcher(w).matches() || w.chars().allMatch(Character::isLetter) && Character.isLowerCase(w.charAt(0))
                && !SpeechCues.BOUNDARY_WORD.matcher(w).matches() && !NOT_A_SPEAKER_WORD.matcher(w).matches()
                && !SpeakerResolver.NOT_A_SPEAKER.matcher(w).matches();
    }

    /** Words opening an aside about the circumstances of speaking: "in a statement", "speaking to reporters". */
    static final Pattern CIRCUMSTANCE = Pattern.compile("in|on|during|at|through|via|speaking|addressing|writing"
            + "|responding|reacting");

    /** A US party and state after a name: "R-Ky.", "D-N.Y.". */
    private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]{0,5}");

    /**
     * Steps back over what may stand between a name and its verb: a closing comma, a parenthesis
     * ("Gov. John Kasich (R-OH), said") and an appositive between commas that opens with a lower-case
     * word or a number ("Paul Ryan, the convention chair, said"; "Ramos, 58, said"), or a name set off
     * after its description ("her adviser, Jake Sullivan, said"). Returns the index
     * of the token that ends the name, or {@code i} unchanged when there is no such aside.
     */
    private static int beforeAsides(String text, List<int[]> tokens, int i) {
        int j = i;
        boolean comma = j >= 1 && word(text, tokens.get(j)).equals(",");
        if (comma) {
            j--;
        }
        if (j >= 2 && word(text, tokens.get(j)).equals(")")) {
            int k = j - 1;
            while (k >= 0 && j - k <= 6 && !word(text, tokens.get(k)).equals("(") && !word(text, tokens.get(k)).equals(")")) {
                k--;
            }
            return k >= 1 && word(text, tokens.get(k)).equals("(") ? k - 1 : i;
        }
        if (!comma) {
            return i;
        }
        int titled = beforeTitle(text, tokens, j);
        if (titled >= 0) {
            return titled;
        }
        // an appositive: back to the comma that opens it, at most 12 words, none of them a clause boundary
        int k = j;
        boolean boundary = false;
        while (k >= 0 && j - k < 12 && !word(text, tokens.get(k)).equals(",")) {
            String w = word(text, tokens.get(k));
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                return i;
            }
            boundary |= SpeechCues.BOUNDARY_WORD.matcher(w).matches()
                    && !w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("for") && !w.equalsIgnoreCase("at");
            k--;
        }
        if (k < 1 || k == j || !word(text, tokens.get(k)).equals(",")) {
            return i;
        }
        String opener = word(text, tokens.get(k + 1));
        if (CIRCUMSTANCE.matcher(opener).matches() || participle(opener) || pastParticiple(opener)) {
            // "The ministry, in a statement, said"; "Khan, speaking at the rally on Monday, said"; "Reed, noting
            // the size of the crowd, said": a participle's clause between commas is about the speaker; so is a past
            // participle's ("The lawsuit, filed Monday in the county court, alleges"; "Reed, reached by phone, said")
            return k - 1;
        }
        if (boundary) {
            return i;
        }
        boolean named = j - k <= 4;
        for (int t = k + 1; t <= j && named; t++) {
            String w = word(text, tokens.get(t));
            named = Character.isUpperCase(w.charAt(0)) || t > k + 1 && t < j && NAME_PARTICLE.matcher(w).matches();
        }
        if (named && k >= 1 && (Character.isLowerCase(word(text, tokens.get(k - 1)).charAt(0)) || roleOfNamed(text, tokens, k - 1)
                || titleAfterDeterminer(text, tokens, k - 1))) {
            return j; // the name is the aside: "her senior policy adviser, Jake Sullivan, said"
        }
        // "58", "the convention chair", "Sanders’ campaign manager", "R-Ky." (a US party and state), "Tory co-chairman"
        boolean aside = Character.isDigit(opener.charAt(0)) || Character.isLowerCase(opener.charAt(0))
                || opener.endsWith("’s") || opener.endsWith("'s") || opener.endsWith("’") || PARTY_STATE.matcher(opener).matches()
                || namedRole(text, tokens, k + 1, j);
        String name = word(text, tokens.get(k - 1));
        return aside && Character.isUpperCase(name.charAt(0)) ? k - 1 : i;
    }

    /**
     * Whether tokens {@code first..last} are one to three capitalised words and a lower-case role ending the aside:
     * "Tory co-chairman", "Labour party chairman" (a party's or body's name before the role, no article).
     */
    private static boolean namedRole(String text, List<int[]> tokens, int first, int last) {
        String role = word(text, tokens.get(last));
        role = role.substring(role.lastIndexOf('-') + 1);
        if (last - first < 1 || last - first > 3 || role.isEmpty() || !Character.isLowerCase(role.charAt(0))
                || !(SpeechCues.ROLE.matcher(role).matches() || MORE_ROLES.matcher(role).matches())) {
            return false;
        }
        for (int t = first; t < last; t++) {
            String w = word(text, tokens.get(t));
            if (!Character.isUpperCase(w.charAt(0)) && !(t > first && Character.isLowerCase(w.charAt(0)) && t == last - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code w} is a lower-case participle in -ing ("noting", "playing"), not a noun or preposition in -ing. */
    static boolean participle(String w) {
        return w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0))
                && !SpeakerPhrases.NOT_A_PARTICIPLE.matcher(w).matches();
    }

    /**
     * Whether {@code w} is a lower-case past participle in -ed opening an aside after a name ("filed", "reached",
     * "published"), not a word in -ed that opens a clause or names a thing ("need", "bed", "indeed").
     */
    static boolean pastParticiple(String w) {
        return w.length() > 4 && w.endsWith("ed") && Character.isLowerCase(w.charAt(0)) && !w.endsWith("eed")
                && !SpeechCues.BOUNDARY_WORD.matcher(w).matches();
    }

    /** Lower-case particles inside a name: "Pieter de Vries", "Thani bin Ahmed". */
    private static final Pattern NAME_PARTICLE = Pattern.compile("de|da|van|von|der|den|del|della|di|du|dos|das|bin|bint|ibn|al|el|le|la");

    /** Role nouns of business and the press beside {@link SpeechCues#ROLE}: "The chief executive of Qantas, Vanessa Hudson, said". */
    private static final Pattern MORE_ROLES = Pattern.compile("executive|boss|editor|owner|deputy|chairperson|founder|partner");

    /** Lower-case words that join a role to whom it serves: "the spokesman for the UN Secretary-General". */
    private static final Pattern ROLE_JOINER = Pattern.compile("of|for|to|at|in|the");

    /**
     * Whether the words ending at token {@code end} are a role of someone named ("The spokesman for the UN
     * Secretary-General", "the ambassador to Kenya", "the commissioner in Brussels"): a lower-case role noun within six words before, with
     * only capitalised words and {@link #ROLE_JOINER} words after it.
     */
    private static boolean roleOfNamed(String text, List<int[]> tokens, int end) {
        for (int t = end; t >= 0 && end - t < 6; t--) {
            String w = word(text, tokens.get(t));
            if (Character.isLowerCase(w.charAt(0))) {
                if (SpeechCues.ROLE.matcher(w).matches() || SpeakerResolver.ONE_PERSON.matcher(w).matches()
                        || MORE_ROLES.matcher(w).matches()) {
                    return t < end;
                }
                if (!ROLE_JOINER.matcher(w).matches()) {
                    return false;
                }
            } else if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** Lower-case words inside a capitalised title: "the Minister of State for Foreign Affairs". */
    private static final Pattern TITLE_JOINER = Pattern.compile("of|for|and|in|on|the|&");

    /**
     * Whether the words ending at token {@code end} are a capitalised title after "the" or a possessive ("The
     * Minority Leader", "the association's National President", "the Commission's Deputy Chairperson"):
     * capitalised words and {@link #TITLE_JOINER} words back to the determiner, at most seven.
     */
    private static boolean titleAfterDeterminer(String text, List<int[]> tokens, int end) {
        for (int t = end; t >= 0 && end - t < 8; t--) {
            String w = word(text, tokens.get(t));
            boolean possessive = w.endsWith("'s") || w.endsWith("’s");
            if (t < end && (w.equalsIgnoreCase("the") || possessive)) {
                return true;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !TITLE_JOINER.matcher(w).matches()) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern TITLE_OPENER = Pattern.compile(SpeechCues.TITLE_OPENER);
    /** The most words of a capitalised title set off after a name. */
    private static final int MAX_TITLE_WORDS = 20;

    /**
     * A capitalised title between commas after a name, ending at token {@code j}: "Senator Adamu Bello, Chairman
     * of the Senate Committee on Agriculture and Rural Development, said" (its "on" and "and" end any other
     * aside). The title opens with {@link SpeechCues#TITLE_OPENER} and holds only capitalised words and
     * {@link #TITLE_JOINER} words. Returns the index of the token ending the name, or -1.
     */
    private static int beforeTitle(String text, List<int[]> tokens, int j) {
        int k = j;
        while (k >= 0 && j - k < MAX_TITLE_WORDS && !word(text, tokens.get(k)).equals(",")) {
            String w = word(text, tokens.get(k));
            if (!Character.isUpperCase(w.charAt(0)) && !TITLE_JOINER.matcher(w).matches()) {
                return -1;
            }
            k--;
        }
        if (k < 1 || k == j || !word(text, tokens.get(k)).equals(",") || TITLE_JOINER.matcher(word(text, tokens.get(j))).matches()) {
            return -1;
        }
        int from = tokens.get(k + 1)[0];
        boolean title = TITLE_OPENER.matcher(text).region(from, tokens.get(j)[1]).lookingAt();
        String name = word(text, tokens.get(k - 1));
        return title && Character.isUpperCase(name.charAt(0)) ? k - 1 : -1;
    }

    /** A state or province abbreviated after a town: "N.C.", "Calif.", "Ky.". */
    private static final Pattern STATE_ABBREVIATION = Pattern.compile("\\p{Lu}[\\p{L}]{0,4}\\.(?:\\p{Lu}\\.)?");
    private static final int MAX_ASIDES = 4;
    private static final int MAX_ASIDE_WORDS = 24;
    /** The longest relative clause stepped over, in tokens: two clauses joined by "and who". */
    private static final int MAX_RELATIVE_WORDS = 40;

    /**
     * Steps back over several asides in a row, or one relative clause, between a speaker and the verb,
     * where {@link #beforeAsides} takes one aside at most and none that holds a clause boundary: "Harry
     * Bond, 30, of Raleigh, N.C., who was among those polled, said"; "one of the advisers, who spoke on
     * condition of anonymity, said". An aside here opens with a number, a lower-case word, "who", a US
     * party and state or an abbreviated state. The word before the first aside ends the speaker: a
     * capitalised name, or after a "who" clause also a noun ("the adviser"). Returns {@code i} unchanged
     * when the words do not read so.
     */
    private static int beforeAsideChain(String text, List<int[]> tokens, int i) {
        int close = i;
        int asides = 0;
        int words = 0;
        boolean relative = false;
        while (asides < MAX_ASIDES && close >= 1 && word(text, tokens.get(close)).equals(",")) {
            int k = close - 1;
            while (k >= 0 && close - k <= MAX_RELATIVE_WORDS && !word(text, tokens.get(k)).equals(",")) {
                String w = word(text, tokens.get(k));
                if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                    return i;
                }
                k--;
            }
            if (k < 1 || k == close - 1 || !word(text, tokens.get(k)).equals(",")) {
                break;
            }
            String opener = word(text, tokens.get(k + 1));
            boolean who = opener.equalsIgnoreCase("who") || Character.isLowerCase(opener.charAt(0)) && holdsWho(text, tokens, k + 1, close);
            boolean shaped = who || Character.isDigit(opener.charAt(0)) || Character.isLowerCase(opener.charAt(0))
                    || PARTY_STATE.matcher(opener).matches()
                    || close - k == 2 && STATE_ABBREVIATION.matcher(opener).matches();
            // only a relative clause runs long ("Hamzah, who has accused the government of … and who last week
            // led a walkout from the house, said"); any other aside is a dozen words at most
            if (!shaped || !who && close - k > 13 || (words += close - k - 1) > (who ? MAX_RELATIVE_WORDS : MAX_ASIDE_WORDS)) {
                break;
            }
            relative |= who;
            asides++;
            close = k;
        }
        if (asides < 2 && !relative) {
            return i; // one plain aside is beforeAsides' to judge
        }
        String name = word(text, tokens.get(close - 1));
        boolean speaker = Character.isUpperCase(name.charAt(0))
                || relative && name.chars().allMatch(Character::isLetter) && !NOT_A_SPEAKER_WORD.matcher(name).matches();
        return speaker ? close - 1 : i;
    }

    /** Whether a "who" stands among tokens {@code [from, to)}: a description with its relative clause ("a veteran consultant who …"). */
    private static boolean holdsWho(String text, List<int[]> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (word(text, tokens.get(t)).equals("who")) {
                return true;
            }
        }
        return false;
    }

    /** Words that end no speaker before a relative clause ("said, who"; "that, who"). */
    private static final Pattern NOT_A_SPEAKER_WORD = Pattern.compile("(?i)said|says|that|this|it|and|or|but|also");

    static String word(String text, int[] t) {
        return text.substring(t[0], t[1]);
    }
}
