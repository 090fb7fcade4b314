package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A title-case headline that shares its sentence with the body ("Turkey May Not Send Forces to Libya if Conflict
 * Eases ISTANBUL - Turkey may …", a headline glued to the article's first line, or run on after a colon: "Fight
 * Between Ideologies: Rahul Gandhi Says …"). {@link TitleCaseHeadlines} reads only whole lines, so the model's runs
 * of capitalised verbs and function words ("Trump Gets Trolled After", "Rahul Gandhi Says") stay names. Here a run
 * of four or more capitalised or small words inside a sentence is a headline when, after its first word, it
 * capitalises a function word, an auxiliary or a question word ("Of", "May", "Not", "What") and at least two
 * ordinary words. A name in such a run that is not the body's or the list's, and that holds one of those words or
 * an ordinary word after its first, is cut before the first of them ("Rahul Gandhi Says" → "Rahul Gandhi") when what is
 * left is the body's, the list's, or a person with a listed given name; else its longest part the body or the
 * list knows is kept ("Turkey May Not Send Forces" → "Turkey"), or nothing. An organisation whose head word is an
 * organisation word ("Ministry Of Foreign Affairs") is left alone. Stateless and thread-safe.
 */
final class HeadlineRuns {

    /**
     * Words a title-case headline capitalises and a name does not hold in capitals. Not "The", which opens names
     * in lists and after prepositions ("at The Harvard Kennedy School").
     */
    static final Set<String> MARKERS = WordSet.of("of", "in", "on", "at", "for", "to", "as", "by", "with", "from",
            "after", "before", "amid", "over", "into", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would",
            "can", "could", "may", "might", "must", "should", "not", "won't", "can't", "don't", "doesn't", "says",
            "said", "what", "who", "how", "why", "when", "where", "this", "that", "than", "if", "but", "no");

    /** Markers an organisation's name may write in capitals ("Bank Of Ghana", "Commission For Human Rights"). */
    private static final Set<String> IN_NAMES = WordSet.of("of", "the", "for");

    private static final Set<String> SMALL = WordSet.of("of", "to", "in", "on", "at", "as", "by", "for", "and", "the",
            "a", "an", "with", "over", "vs", "from", "amid", "after", "into", "up", "is", "are", "'s", "’s", "n't");

    private final Gazetteer gazetteer;

    HeadlineRuns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Per token, true inside a run of the sentence read as a title-case headline. */
    boolean[] runs(String[] tokens) {
        boolean[] in = new boolean[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            if (!runToken(tokens[i]) || !ListAndRulePass.capitalised(tokens[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.length && runToken(tokens[end])) {
                end++;
            }
            if (headline(tokens, i, end)) {
                for (int k = i; k < end; k++) {
                    in[k] = true;
                }
            }
            i = end;
        }
        return in;
    }

    private static boolean runToken(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) || SMALL.contains(t);
        }
        return t.equals("‘") || t.equals("’") || t.equals("'") || t.equals("\"") || t.equals("“") || t.equals("”")
                || t.equals("&") || t.equals("-") || t.equals("'s") || t.equals("’s");
    }

    private boolean headline(String[] tokens, int from, int to) {
        int words = 0;
        int markers = 0;
        int ordinary = 0;
        boolean first = true;
        boolean lowerCaseLetters = false;
        for (int k = from; k < to; k++) {
            String t = tokens[k];
            if (!Character.isLetter(t.charAt(0))) {
                continue;
            }
            words++;
            if (first) {
                first = false;
                continue;
            }
            if (!ListAndRulePass.capitalised(t)) {
                continue;
            }
            lowerCaseLetters |= !Gazetteer.isUpper(t);
            if (marker(t)) {
                markers++;
            } else if (ordinary(t)) {
                ordinary++;
            }
        }
        return words >= 4 && markers >= 1 && ordinary >= 2 && lowerCaseLetters;
    }

    private static boolean marker(String t) {
        return ListAndRulePass.capitalised(t) && MARKERS.contains(t.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private boolean ordinary(String t) {
        return gazetteer.isCommonWord(t) && gazetteer.lookup(t) == null && !gazetteer.isFirstName(t);
    }

    void apply(TokenizedText doc, List<MentionDraft> mentions, TitleCaseHeadlines whole) {
        boolean[][] runs = new boolean[doc.sentenceCount()][];
        boolean any = false;
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            runs[s] = whole.titleCase(tokens) ? new boolean[tokens.length] : runs(tokens);
            for (boolean b : runs[s]) {
                any |= b;
            }
        }
        if (!any) {
            return;
        }
        Map<String, String> body = new HashMap<>();
        for (MentionDraft m : mentions) {
            if (!inRun(runs[m.sentence], m)) {
                body.putIfAbsent(Gazetteer.join(doc.sentence(m.sentence), m.start, m.end), m.type);
            }
        }
        List<MentionDraft> kept = new ArrayList<>();
        List<MentionDraft> dropped = new ArrayList<>();
        for (MentionDraft m : mentions) {
            String[] tokens = doc.sentence(m.sentence);
            if (!inRun(runs[m.sentence], m) || known(tokens, m.start, m.end, body) != null) {
                continue;
            }
            int cut = firstHeadlineWord(tokens, m);
            if (cut < 0 || organisationShape(tokens, m)) {
                continue;
            }
            dropped.add(m);
            if (cut > m.start) {
                String type = known(tokens, m.start, cut, body);
                if (type == null && (m.type.equals(EntityTypes.PERSON) && cut - m.start > 1
                        && gazetteer.isFirstName(tokens[m.start]) || nameLike(tokens, m.start, cut))) {
                    type = m.type; // "Tom Brady Uses …", "Modi For …": what is left reads as a name
                }
                if (type != null) {
                    kept.add(new MentionDraft(m.sentence, m.start, cut, type, true));
                    continue;
                }
            }
            MentionDraft part = TitleCaseHeadlines.longestKnownPart(gazetteer, tokens, m, body);
            if (part != null) {
                kept.add(part);
            }
        }
        mentions.removeAll(dropped);
        mentions.addAll(kept);
        mentions.sort(null);
    }

    private static boolean inRun(boolean[] run, MentionDraft m) {
        for (int k = m.start; k < m.end; k++) {
            if (run[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token after the mention's first that shows the headline: a marker, or an ordinary word that is no
     * organisation word ("Says", "Uses", "Attacks"); -1 when none does.
     */
    private int firstHeadlineWord(String[] tokens, MentionDraft m) {
        for (int k = m.start; k < m.end; k++) {
            if (marker(tokens[k]) || k > m.start && ordinary(tokens[k]) && !gazetteer.isOrganisationHead(tokens[k])) {
                return k;
            }
        }
        return -1;
    }

    /** Capitalised words none of which is an ordinary word or a marker. */
    private boolean nameLike(String[] tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens[k];
            if (!ListAndRulePass.capitalised(t) || marker(t) || ordinary(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ministry Of Foreign Affairs", "Bank Of Ghana": an organisation word before "Of" or at the end, and no marker
     * of a clause ("Turkey May Not Send Forces" is a headline however its last word reads).
     */
    private boolean organisationShape(String[] tokens, MentionDraft m) {
        if (!m.type.equals(EntityTypes.ORGANIZATION)) {
            return false;
        }
        for (int k = m.start; k < m.end; k++) {
            if (marker(tokens[k]) && !IN_NAMES.contains(tokens[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (gazetteer.isOrganisationHead(tokens[m.end - 1])) {
            return true;
        }
        for (int k = m.start + 1; k < m.end; k++) {
            if (tokens[k].equals("Of") && gazetteer.isOrganisationHead(tokens[k - 1])) {
                return true;
            }
        }
        return false;
    }

    private String known(String[] tokens, int from, int to, Map<String, String> body) {
        return TitleCaseHeadlines.known(gazetteer, tokens, from, to, body);
    }
}
