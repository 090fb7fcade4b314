package dev.precis.nlp.entity;

import java.util.List;
import java.util.Set;

/**
 * Bodies known by the words around them rather than by a list, part of {@link ListAndRulePass}, after the legal
 * forms: Indonesia's "PT" before a company's name belongs to it ("PT Pertamina" was the name without it); a party's
 * acronym written apart from its first word ("Zanu PF" was a person "Zanu"); a one-word paper or agency mid-sentence
 * before "reported" or "quoted" ("…, Dawn reported"); a single unlisted capitalised word after "the" and before
 * a verb of bodies ("the Sandiganbayan ruled", "the Comelec said": a person is not named after "the"); and
 * "Parliament", "Congress" or "Senate" opening a sentence before a lower-case word (the list skips listed ordinary
 * words at a sentence's start). Written by hand: the shapes are rare in the model's training data, and each is a
 * closed set of words around an unknown one. Stateless.
 */
final class ReportingBodyShapes {

    /** Verbs a paper or agency does to news: after a single capitalised word mid-sentence, the word is the paper. */
    private static final Set<String> PAPER_VERBS = WordSet.of("reported", "quoted");
    /** Verbs of a court, commission or council after "the" and its one-word name. */
    private static final Set<String> BODY_VERBS = WordSet.of("ruled", "ordered", "said", "says", "rejected", "dismissed",
            "acquitted", "convicted", "upheld", "decided", "approved", "announced", "issued", "sentenced", "declared",
            "voted", "summoned", "suspended", "barred", "disqualified");
    /** Legislatures named alone, capitalised, that open sentences in reports ("Parliament passed the bill"). */
    private static final Set<String> LEGISLATURES = WordSet.of("Parliament", "Congress", "Senate");
    /** Capitals after a person's name that are letters after it, not a party's: "Jane Doe MP", "John Roe QC". */
    private static final Set<String> POST_NOMINALS = WordSet.of("MP", "MPs", "MEP", "MLA", "MPP", "MSP", "MNA", "QC",
            "KC", "MD", "JP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "GMT", "UTC", "EST", "EDT", "PST", "CET");
    /** Tokens that open a sentence or a quoted one: a word after them is not "mid-sentence". */
    private static final Set<String> OPENERS = WordSet.of("\"", "``", "“", "'", "‘", "(", "--", "-", "—", ":");

    private ReportingBodyShapes() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence, Gazetteer gazetteer) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            String w = tokens[i];
            MentionDraft own = at(mentions, sentence, i);
            if (w.equals("PT") && ListAndRulePass.capitalised(tokens[i + 1]) && (own == null || own.length() == 1)) {
                mentions.remove(own); // the model's "PT" alone, opening a sentence
                indonesianCompany(tokens, mentions, sentence, i);
            } else if (unknownWord(w, gazetteer)) {
                // the model's one word, or the speaker rule's person ("the Comelec said")
                boolean alone = own == null || own.length() == 1 && own.canonical == null
                        && !own.type.equals(EntityTypes.LOCATION) && (!own.ruleBased || own.type.equals(EntityTypes.PERSON));
                String next = tokens[i + 1];
                String before = i == 0 ? "" : tokens[i - 1];
                if (own != null && own.type.equals(EntityTypes.PERSON) && alone && spacedAcronym(tokens, mentions, sentence, i, gazetteer)) {
                    put(mentions, new MentionDraft(sentence, i, i + 2, EntityTypes.ORGANIZATION, true));
                } else if (i == 0) {
                    continue;
                } else if (own == null && PAPER_VERBS.contains(next) && !OPENERS.contains(before)
                        && !ListAndRulePass.capitalised(before) && !gazetteer.isFirstName(w)) {
                    put(mentions, new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
                } else if (alone && BODY_VERBS.contains(next) && (before.equals("the") || before.equals("The") && i == 1)
                        && !gazetteer.isCommonWord(w) && !gazetteer.isFirstName(w) && !w.endsWith("man")
                        && !w.endsWith("men") && w.substring(1).chars().allMatch(Character::isLowerCase)) { // not "the MPs"
                    put(mentions, new MentionDraft(sentence, i, i + 1, EntityTypes.ORGANIZATION, true));
                }
            }
        }
        if (LEGISLATURES.contains(tokens[0]) && tokens.length > 1 && Character.isLowerCase(tokens[1].charAt(0))
                && at(mentions, sentence, 0) == null) {
            MentionDraft m = new MentionDraft(sentence, 0, 1, EntityTypes.ORGANIZATION, true);
            Gazetteer.Entry e = gazetteer.lookup(tokens[0]);
            m.canonical = e == null ? null : e.canonical();
            put(mentions, m);
        }
        mentions.sort(null);
    }

    /** "PT" and the company after it: the mention starting there grows to hold it, or the capitalised run becomes one. */
    private static void indonesianCompany(String[] tokens, List<MentionDraft> mentions, int sentence, int i) {
        MentionDraft next = at(mentions, sentence, i + 1);
        if (next != null && next.start == i + 1) {
            next.start = i;
            next.type = EntityTypes.ORGANIZATION;
            return;
        }
        if (next != null) {
            return;
        }
        int end = i + 1;
        while (end < tokens.length && end - i <= 5 && ListAndRulePass.capitalised(tokens[end]) && at(mentions, sentence, end) == null) {
            end++;
        }
        put(mentions, new MentionDraft(sentence, i, end, EntityTypes.ORGANIZATION, true));
    }

    /**
     * "Zanu PF": an unlisted word the model read as a person followed by two or three capitals that are no listed
     * name, no title, no ordinary word shouted ("IS", "YET"), no Roman numeral and no letters after a person's name,
     * with no capitalised word after them.
     */
    private static boolean spacedAcronym(String[] tokens, List<MentionDraft> mentions, int sentence, int i, Gazetteer gazetteer) {
        String caps = tokens[i + 1];
        boolean after = i + 2 == tokens.length || !ListAndRulePass.capitalised(tokens[i + 2]);
        return caps.length() >= 2 && caps.length() <= 3 && Gazetteer.isUpper(caps) && caps.chars().allMatch(Character::isLetter)
                && !POST_NOMINALS.contains(caps) && !gazetteer.isTitleWord(caps) && !gazetteer.isCommonWord(caps)
                && !caps.chars().allMatch(c -> "IVXLCDM".indexOf(c) >= 0) && gazetteer.lookup(caps) == null
                && at(mentions, sentence, i + 1) == null && after && !gazetteer.isFirstName(tokens[i])
                && !Gazetteer.isUpper(tokens[i]);
    }

    /** A capitalised word (not all punctuation) that no list holds and that is no weekday or month. */
    private static boolean unknownWord(String w, Gazetteer gazetteer) {
        return ListAndRulePass.capitalised(w) && w.length() > 1 && Character.isLetter(w.charAt(0))
                && gazetteer.lookup(w) == null && !ListAndRulePass.calendar(w);
    }

    private static MentionDraft at(List<MentionDraft> mentions, int sentence, int token) {
        for (MentionDraft m : mentions) {
            if (m.sentence == sentence && m.start <= token && token < m.end) {
                return m;
            }
        }
        return null;
    }

    private static void put(List<MentionDraft> mentions, MentionDraft m) {
        mentions.removeIf(o -> o.overlaps(m));
        mentions.add(m);
    }
}
