package dev.precis.summarize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the lede (the article's first sentence of news) looks like, as article-level signals in [0, 1]
 * that say whether the lead is the news. An inverted-pyramid report opens with a full declarative
 * sentence filed from a place, says who did what in the past tense, often with a figure, and the next
 * sentence adds to it; a feature opens with a scene, a question, a quotation or "I", and keeps the news
 * for later. Each signal enters {@link SentenceFeatures} multiplied by the sentence's lead prior
 * (1 / (1 + place)), so a fitted weight on it moves how strongly that article holds to its lead, not the
 * score of one sentence. Grammar and word-shape rules only; one pass over the lede and one over the
 * article's term vectors. Stateless.
 */
final class LeadSignals {

    /** The signals' feature names, in the order of {@link #compute}. */
    static final List<String> NAMES = List.of("leadDateline", "leadLength", "leadFigure", "leadPast",
            "leadOpening", "leadRestated", "leadCentral", "leadShortArticle");

    /** A lede of this many words as shown counts as full length (its length signal is 1). */
    static final int FULL_LEDE_WORDS = 40;

    /** An article of this many sentences of news or fewer has a short-article signal of 1. */
    static final int SHORT_ARTICLE = 10;

    /**
     * Opening words of a lede that sets a scene, poses a hypothetical or points at what comes later
     * (subordinators, expletives, demonstratives, question words): "When the lights went out…",
     * "It was a cold morning…", "There is a town where…", "Imagine…".
     */
    private static final Set<String> SCENE_OPENERS = Set.of("when", "as", "if", "imagine", "it", "there",
            "once", "what", "why", "how", "this", "that", "these", "here", "picture", "while", "whether",
            "for", "sometimes", "every", "some", "few", "many");

    /** A past-tense form: a word of five or more letters ending in -ed, or a common irregular past or auxiliary. */
    private static final Pattern PAST = Pattern.compile(
            "\\b(\\p{L}{3,}ed|was|were|had|said|told|won|lost|made|took|gave|came|went|found|left|hit|struck|fell"
            + "|rose|began|became|held|met|sent|shot|led|ran|saw|broke|brought|caught|chose|drove|flew|fought|froze"
            + "|grew|knew|paid|put|quit|sold|set|spent|stood|stole|swore|threw|wrote|beat|bought|built|cut|felt)\\b");

    private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}+");

    private LeadSignals() {
    }

    /** The signals of the article whose profile is {@code p} (first {@code n} sentences); all 0 without a lede. */
    static double[] compute(SentenceProfile p, int n) {
        double[] out = new double[NAMES.size()];
        int lede = -1;
        int second = -1;
        for (int i = 0; i < n; i++) {
            if (!p.junk[i]) {
                if (lede < 0) {
                    lede = i;
                } else {
                    second = i;
                    break;
                }
            }
        }
        if (lede < 0) {
            return out;
        }
        String shown = p.text.substring(p.shown[lede].start(), p.shown[lede].end());
        SentenceShape.Traits t = p.traits[lede];
        out[0] = LeadNewsSignal.datelined(p, n) ? 1 : 0;
        out[1] = Math.min(1, p.shownWords[lede] / (double) FULL_LEDE_WORDS);
        out[2] = t.number() ? 1 : 0;
        out[3] = PAST.matcher(unquoted(shown).toLowerCase(Locale.ROOT)).find() ? 1 : 0;
        out[4] = t.question() || t.opensWithQuote() || t.firstPerson() || sceneOpener(shown) ? 1 : 0;
        out[5] = second < 0 ? 0 : p.cosine(lede, second);
        out[6] = restSimilarity(p, n, lede);
        out[7] = Math.min(1, SHORT_ARTICLE / (double) Math.max(1, p.contentSentences));
        return out;
    }

    /** Whether the lede's first word sets a scene rather than naming who did what. */
    static boolean sceneOpener(String lede) {
        var m = FIRST_WORD.matcher(lede);
        return m.find() && SCENE_OPENERS.contains(m.group().toLowerCase(Locale.ROOT));
    }

    /** The text with quoted passages removed (a past tense inside a quotation is not the report's). */
    private static String unquoted(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                inside = c == '"' ? !inside : c == '“';
                continue;
            }
            if (!inside) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** TF-IDF cosine of the lede to the sum of the article's other sentences of news (unit vectors); 0 when either is empty. */
    private static double restSimilarity(SentenceProfile p, int n, int lede) {
        if (p.norms[lede] == 0) {
            return 0;
        }
        double[] rest = new double[p.vocabulary];
        for (int i = lede + 1; i < n; i++) {
            if (p.junk[i] || p.norms[i] == 0) {
                continue;
            }
            for (int k = 0; k < p.termIds[i].length; k++) {
                rest[p.termIds[i][k]] += p.termWeights[i][k] / p.norms[i];
            }
        }
        double norm = 0;
        for (double x : rest) {
            norm += x * x;
        }
        return p.cosine(lede, rest, Math.sqrt(norm));
    }
}
