package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A headline in title case ("Kenya Shilling Weakens As Importers Seek Dollars") capitalises its verbs and
 * ordinary nouns, so the model reads runs of them as names ("Shilling Weakens As Importers", a person). The
 * headline's names are the article's: in such a line a mention is kept when the body names it so, or when it
 * is listed; otherwise its longest part that is one of those is kept ("Over Lagos Bank" → "Lagos"), or
 * nothing. The document pass then finds the body's names again in it. Stateless and thread-safe.
 */
final class TitleCaseHeadlines {

    /** Small words a title-case headline may still write in lower case. */
    private static final Set<String> SMALL = WordSet.of("of", "to", "in", "on", "at", "as", "by", "for", "and", "the",
            "a", "an", "with", "over", "vs", "from", "amid", "after", "into", "up", "is", "are", "'s", "’s");

    private final Gazetteer gazetteer;

    TitleCaseHeadlines(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A line of four or more words with no closing full stop, no lower-case word but small ones, and at least two
     * capitalised ordinary words after its first ("Agree", "Trade", "Weakens"): a headline in title case.
     * Lines in capitals are left to the other rules (CoNLL's headlines; acronyms read there), and so are lines with
     * brackets, colons, double dashes or a plus sign: results, tables' fields and signatures, not headlines.
     */
    boolean titleCase(String[] tokens) {
        int words = 0;
        int ordinary = 0;
        boolean lowerCaseLetters = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("(") || t.equals(":") || t.equals("--") || t.startsWith("+")) {
                return false; // a results line, a table's fields or a signature ("Alba (Germany) 75", "ST: MI")
            }
            if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
                continue;
            }
            words++;
            if (Character.isLowerCase(t.charAt(0))) {
                if (!SMALL.contains(t)) {
                    return false;
                }
                continue;
            }
            lowerCaseLetters |= !Gazetteer.isUpper(t);
            if (i > 0 && gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null && !gazetteer.isFirstName(t)) {
                ordinary++;
            }
        }
        String last = tokens[tokens.length - 1];
        return words >= 4 && ordinary >= 2 && lowerCaseLetters && !last.equals(".") && !last.equals("?") && !last.equals("!");
    }

    void apply(TokenizedText doc, List<MentionDraft> mentions) {
        boolean[] headline = new boolean[doc.sentenceCount()];
        boolean any = false;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            headline[s] = titleCase(doc.sentence(s));
            any |= headline[s];
        }
        if (!any) {
            return;
        }
        Map<String, String> body = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (!headline[m.sentence]) {
                body.putIfAbsent(Gazetteer.join(doc.sentence(m.sentence), m.start, m.end), m.type);
            }
        }
        List<MentionDraft> kept = new ArrayList<>();
        List<MentionDraft> dropped = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (!headline[m.sentence]) {
                continue;
            }
            String[] tokens = doc.sentence(m.sentence);
            if (known(tokens, m.start, m.end, body) != null || m.type.equals(EntityTypes.PERSON) && m.length() > 1
                    && gazetteer.isFirstName(tokens[m.start])) {
                continue; // a person with a listed given name ("… Heads To Court, Says Maria Lopes") is one anyway
            }
            dropped.add(m);
            MentionDraft part = longestKnownPart(gazetteer, tokens, m, body);
            if (part != null) {
                kept.add(part);
            }
        }
        mentions.removeAll(dropped);
        mentions.addAll(kept);
        mentions.sort(null);
    }

    /** The type the body or the list gives these words, or null. */
    private String known(String[] tokens, int from, int to, Map<String, String> body) {
        return known(gazetteer, tokens, from, to, body);
    }

    /** The type of tokens [from, to) as the article's body tags them or the name list lists them, else null. */
    static String known(Gazetteer gazetteer, String[] tokens, int from, int to, Map<String, String> body) {
        String type = body.get(Gazetteer.join(tokens, from, to));
        if (type != null) {
            return type;
        }
        Gazetteer.Entry e = gazetteer.lookup(tokens, from, to);
        return e == null ? null : ListAndRulePass.listedType(e.kind());
    }

    /**
     * The longest known part of a mention cut from a headline (leftmost among equals), as a mention of its
     * known type, or null when no part is known; shared by the whole-line and the in-sentence headline rules.
     */
    static MentionDraft longestKnownPart(Gazetteer gazetteer, String[] tokens, MentionDraft m, Map<String, String> body) {
        for (int len = m.length() - 1; len >= 1; len--) {
            for (int from = m.start; from + len <= m.end; from++) {
                String type = known(gazetteer, tokens, from, from + len, body);
                if (type != null) {
                    return new MentionDraft(m.sentence, from, from + len, type, true);
                }
            }
        }
        return null;
    }
}
