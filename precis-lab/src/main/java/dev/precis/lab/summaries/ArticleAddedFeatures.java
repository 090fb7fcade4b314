package dev.precis.lab.summaries;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a free model adds to the lead, for {@link LeadBonusCheck}'s article classifier (sum33's untried
 * idea): its first pick outside Lead-3 either brings new information (a name, a number, a quotation the
 * lede lacks) or repeats the lede. Features: whether there is such a pick, how many capitalised words
 * (not opening the sentence) it has that the lede has not (log), whether it has a number the lede has
 * not, whether it quotes, and the share of its words that the lede already has.
 */
final class ArticleAddedFeatures {

    static final List<String> NAMES = List.of("hasNonLeadPick", "newNames", "newNumber", "pickQuotes", "pickRepeatsLede");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private ArticleAddedFeatures() {
    }

    /** The features of {@link #NAMES} for the free model's three-sentence pick against Lead-3's. */
    static double[] of(AnalyzedArticle a, Summary free3, Summary lead3) {
        String text = a.article().text();
        Set<Integer> lead = new HashSet<>();
        int ledeIndex = Integer.MAX_VALUE;
        String lede = "";
        for (SummarySentence s : lead3.sentences()) {
            lead.add(s.sentenceIndex());
            if (s.sentenceIndex() < ledeIndex) {
                ledeIndex = s.sentenceIndex();
                lede = s.range().slice(text).toString();
            }
        }
        SummarySentence pick = null;
        for (SummarySentence s : free3.sentences()) {
            if (!lead.contains(s.sentenceIndex()) && (pick == null || s.sentenceIndex() < pick.sentenceIndex())) {
                pick = s;
            }
        }
        return pick == null ? new double[NAMES.size()] : of(lede, pick.range().slice(text).toString());
    }

    /** The features for a pick (a sentence outside the lead) against the lede. */
    static double[] of(String lede, String pick) {
        Set<String> ledeWords = new HashSet<>();
        for (String w : words(lede)) {
            ledeWords.add(w.toLowerCase(Locale.ROOT));
        }
        List<String> words = words(pick);
        int newNames = 0;
        boolean newNumber = false;
        int repeated = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean known = ledeWords.contains(w.toLowerCase(Locale.ROOT));
            repeated += known ? 1 : 0;
            if (!known && i > 0 && Character.isUpperCase(w.charAt(0))) {
                newNames++;
            }
            if (!known && w.chars().anyMatch(Character::isDigit)) {
                newNumber = true;
            }
        }
        boolean quotes = pick.indexOf('"') >= 0 || pick.indexOf('\u201C') >= 0 || pick.indexOf('\u201D') >= 0;
        return new double[] {1, Math.log(1 + newNames), newNumber ? 1 : 0, quotes ? 1 : 0,
            words.isEmpty() ? 0 : (double) repeated / words.size()};
    }

    private static List<String> words(String s) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
