package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names introduced with their acronym, "Pakistan Tehreek-e-Insaf (PTI)", "Economic and Financial Crimes
 * Commission (EFCC)", "Pakistan Muslim League-Nawaz (PML-N)": the run of capitalised words before the
 * bracket whose capitals spell the acronym becomes one name (an organisation unless the model called
 * the whole run a place), replacing the pieces the model found inside it, and the acronym gets the same
 * type. The document-level pass then finds the acronym again wherever it recurs. Written by hand: the
 * statistical model sees one sentence at a time and no window wide enough to check the initials.
 * Stateless and thread-safe.
 */
final class AcronymIntroductions {

    /** Lower-case words allowed inside a long form ("Organization for Security and Co-operation in Europe"). */
    private static final Set<String> INSIDE = Set.of("of", "and", "for", "the", "in", "on", "at", "to", "&", "de",
            "la", "du", "des", "del", "e", "i", "y", "al", "el", "-");
    private static final int MAX_WORDS = 12;

    void apply(TokenizedText doc, List<MentionDraft> mentions) {
        List<MentionDraft> added = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            for (int i = 1; i + 2 < tokens.length; i++) {
                if (!(tokens[i].equals("(") || tokens[i].equals("["))) {
                    continue;
                }
                int close = i + 2; // "( PML-N )" or, split by the tokenizer, "( PML - N )"
                while (close < tokens.length && close <= i + 4 && !(tokens[close].equals(")") || tokens[close].equals("]"))) {
                    close++;
                }
                if (close >= tokens.length || close > i + 4
                        || close == i + 2 && OrganisationNameEnds.MEMBER_ROLES.contains(tokens[i + 1])) {
                    continue; // "Member of Parliament (MP)" is a role, not a body
                }
                String letters = letters(String.join("", java.util.Arrays.asList(tokens).subList(i + 1, close)));
                if (letters == null && close == i + 2) {
                    letters = titleCaseAcronym(tokens[i + 1]);
                }
                int start = letters == null ? -1 : longFormStart(tokens, i, letters);
                if (start >= 0) {
                    introduce(s, start, i, i + 1, close, mentions, added);
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /**
     * "Saudi Arabian Mining Co (Maaden)", "the Public Investment Fund (PIF)": one capitalised word in brackets right
     * after an organisation is its short name, an organisation too, whether or not its capitals spell the long
     * form; a listed place or person ("Cibona Zagreb (Croatia)") and an ordinary word ("(Updated)") are not. An
     * acronym of two to five capitals is no ordinary word even when its letters spell one ("the Dowa Democratic
     * Alliance (IT)", "(AM)", "(UP)"; orgs66). The bracket may go on after a semicolon ("(UP; a centrist list …)"),
     * and a comma may stand before the acronym, inside or outside the bracket ("…Alliance, (DA)", "(, DA)").
     */
    static void bracketedShortNames(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer) {
        bracketedShortNames(doc, mentions, gazetteer, SHORT_ACRONYMS);
    }

    /**
     * Off: orgs66's candidate (these short acronyms with {@link ListedBodies}) lowered UNER EWT test (overall 0.693 →
     * 0.692); with {@code shortAcronyms} false the pass is main's (one word closed by ")", right after the body).
     */
    static final boolean SHORT_ACRONYMS = false;

    static void bracketedShortNames(TokenizedText doc, List<MentionDraft> mentions, Gazetteer gazetteer,
                                    boolean shortAcronyms) {
        List<MentionDraft> added = new ArrayList<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            int i = m.end;
            if (shortAcronyms && i < tokens.length && tokens[i].equals(",") && m.type.equals(EntityTypes.ORGANIZATION)) {
                i++; // "…Alliance, (DA)"
            }
            if (i + 2 >= tokens.length || !tokens[i].equals("(")) {
                continue;
            }
            int w = i + 1;
            if (shortAcronyms && tokens[w].equals(",") && m.type.equals(EntityTypes.ORGANIZATION) && w + 2 < tokens.length) {
                w++; // "(, DA)": a name in another language dropped before the comma
            }
            String word = tokens[w];
            boolean acronym = shortAcronyms && acronym(word);
            if (!(tokens[w + 1].equals(")") || acronym && tokens[w + 1].equals(";"))
                    || i != m.end && !acronym || w != i + 1 && !acronym) {
                continue;
            }
            if (!m.type.equals(EntityTypes.ORGANIZATION) && !contraction(tokens, m.start, m.end, word)) {
                continue;
            }
            Gazetteer.Entry listed = gazetteer.lookup(word);
            if (word.length() < 2 || !ListAndRulePass.capitalised(word) || !DocumentLinker.letters(word)
                    || listed != null && listed.kind() != Gazetteer.Kind.ORGANIZATION
                    || !acronym && (gazetteer.isCommonWord(word) || gazetteer.isFirstName(word))
                    || ProperNameRule.CALENDAR.contains(word)) {
                continue;
            }
            m.type = EntityTypes.ORGANIZATION;
            m.canonical = null;
            added.add(new MentionDraft(m.sentence, w, w + 1, EntityTypes.ORGANIZATION, true));
        }
        for (MentionDraft a : added) {
            mentions.removeIf(o -> o.sentence == a.sentence && o.start == a.start && o.end == a.end);
        }
        mentions.addAll(added);
        mentions.sort(null);
    }

    /** Two to five capital letters ("IT", "FECOK"): an acronym, not the ordinary word its letters may spell. */
    static boolean acronym(String word) {
        if (word.length() < 2 || word.length() > 5) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * "Petroleos Mexicanos (Pemex)", "Petroliam Nasional (Petronas)": a short name in brackets written in lower
     * case after its capital, made of the beginnings (two letters or more each) of two or more of the name's
     * words in order, is a company's contraction of its long name, whatever the model called the name (a
     * person, here). A person's initials ("(BAT)") are capitals only and so never a contraction.
     */
    static boolean contraction(String[] tokens, int start, int end, String word) {
        if (end - start < 2 || word.length() < 4 || !Character.isUpperCase(word.charAt(0)) || Gazetteer.isUpper(word)) {
            return false;
        }
        for (int k = 1; k < word.length(); k++) {
            if (!Character.isLowerCase(word.charAt(k))) {
                return false;
            }
        }
        return pieces(tokens, start, end, word.toLowerCase(java.util.Locale.ROOT), 0, 0);
    }

    /** Whether {@code rest} from {@code at} is spelled by word beginnings from token {@code k} on, {@code used} so far. */
    private static boolean pieces(String[] tokens, int k, int end, String rest, int at, int used) {
        if (at == rest.length()) {
            return used >= 2;
        }
        if (k >= end) {
            return false;
        }
        String t = tokens[k].toLowerCase(java.util.Locale.ROOT);
        for (int n = Math.min(t.length(), rest.length() - at); n >= 2; n--) {
            if (rest.startsWith(t.substring(0, n), at) && pieces(tokens, k + 1, end, rest, at + n, used + 1)) {
                return true;
            }
        }
        return used > 0 && pieces(tokens, k + 1, end, rest, at, used); // a word left out ("of")
    }

    private static void introduce(int s, int start, int end, int acronym, int acronymEnd, List<MentionDraft> mentions,
                                  List<MentionDraft> added) {
        String type = EntityTypes.ORGANIZATION;
        List<MentionDraft> inside = new ArrayList<>();
        for (List<MentionDraft> list : List.of(mentions, added)) {
            for (MentionDraft m : list) {
                if (m.sentence != s || m.end <= start || m.start >= end) {
                    continue;
                }
                if (m.start < start || m.end > end || m.type.equals(EntityTypes.PERSON) && m.length() == end - start) {
                    return; // a longer name around it, or a person with initials: leave the model's reading
                }
                if (m.start == start && m.end == end) {
                    type = m.type;
                }
                inside.add(m);
            }
        }
        if (type.equals(EntityTypes.PERSON)) {
            return;
        }
        mentions.removeAll(inside);
        added.add(new MentionDraft(s, start, end, type, true));
        String finalType = type;
        mentions.removeIf(m -> m.sentence == s && m.start >= acronym && m.end <= acronymEnd);
        added.add(new MentionDraft(s, acronym, acronymEnd, finalType, true));
    }

    /** The capitals of an acronym token ("PML-N" → "PMLN"), or null when the token is no acronym. */
    static String letters(String t) {
        if (t.length() < 2 || t.length() > 10) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isUpperCase(c)) {
                sb.append(c);
            } else if (c != '.' && c != '-' && c != '&' && !(Character.isLowerCase(c) && k > 0)) {
                return null;
            }
        }
        long lower = t.chars().filter(Character::isLowerCase).count();
        return sb.length() >= 2 && lower <= 1 ? sb.toString() : null;
    }

    /**
     * "Nafdac", "Sars", "Zacc": the acronym written as a word, as British and West African papers print acronyms
     * of four letters or more; its letters in capitals ("NAFDAC"), or null for any other shape. The long form
     * must then spell every letter with its capitals, so an ordinary word in brackets ("(Updated)") never matches.
     */
    static String titleCaseAcronym(String t) {
        if (t.length() < 4 || t.length() > 8 || !Character.isUpperCase(t.charAt(0))) {
            return null;
        }
        for (int k = 1; k < t.length(); k++) {
            if (!Character.isLowerCase(t.charAt(k))) {
                return null;
            }
        }
        return t.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The nearest start of a run of capitalised words (and the small words between them) ending before
     * {@code bracket} whose capitals are exactly the acronym's letters; else one where small words lend their first
     * letter too ({@link SmallWordLetters}: "U.N. Interim Force in Lebanon (UNIFIL)"); -1 when there is none.
     */
    static int longFormStart(String[] tokens, int bracket, String letters) {
        int strict = capitalsStart(tokens, bracket, letters);
        if (strict >= 0) {
            return strict;
        }
        int small = SmallWordLetters.longFormStart(tokens, bracket, letters, MAX_WORDS, INSIDE);
        return small >= 0 ? small : TranslatedAcronyms.longFormStart(tokens, bracket, letters, MAX_WORDS);
    }

    private static int capitalsStart(String[] tokens, int bracket, String letters) {
        StringBuilder caps = new StringBuilder();
        for (int j = bracket - 1; j >= 0 && bracket - j <= MAX_WORDS; j--) {
            String t = tokens[j].startsWith("-") && tokens[j].length() > 1 ? tokens[j].substring(1) : tokens[j]; // the tokenizer's "League" "-Nawaz"
            boolean capital = ListAndRulePass.capitalised(t);
            if (!capital && !INSIDE.contains(t) && capitals(t).isEmpty()) { // "e-Insaf" still counts
                return -1;
            }
            String c = capitals(t);
            caps.insert(0, c);
            if (caps.length() > letters.length() + 1) {
                return -1;
            }
            if (capital && caps.toString().equals(letters) && (bracket - j >= 2 || t.indexOf('-') > 0)) {
                return j;
            }
        }
        return -1;
    }

    /** The capitals beginning the hyphen-separated parts of a word ("Co-operation" → "C", "Anti-Corruption" → "AC"). */
    static String capitals(String t) {
        StringBuilder sb = new StringBuilder();
        for (String part : t.split("-")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                sb.append(part.charAt(0));
            }
        }
        return sb.toString();
    }
}
