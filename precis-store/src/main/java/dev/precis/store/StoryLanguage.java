package dev.precis.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The language of an article's story words, as story grouping reads it from the words themselves: the stored content
 * words ({@link ArticleFeatures#terms()}) have the English function words taken out ({@link StopWords}), so an
 * article in another language keeps its own (German "der", "und", Spanish "los", "para"), and those tell its language.
 * Read from the words, not from the article's language field, so a library reopened or a line loaded with stored
 * features ({@code ingest --analyzed}) gets the same answer without a stored language (plain text and JSONL articles
 * have none). English unless one other language's function words make at least {@link #SHARE} of the word counts, or
 * most of the words are in a script other than Latin (Chinese, Japanese, Korean, Greek …, which have no list here).
 * Immutable.
 */
final class StoryLanguage {

    /**
     * The share of an article's word counts another language's function words need to call it that language: the
     * function words of a German, Spanish or Polish news text are a third of its longer words, while an English text
     * meets a few of them as words of its own ("die", "war", "man", "son") — about one in a hundred.
     */
    static final double SHARE = 0.1;

    static final StoryLanguage ENGLISH = new StoryLanguage("en", Set.of());
    /** Mostly in a script other than Latin, with no function-word list here: its words are kept as they are. */
    static final StoryLanguage OTHER_SCRIPT = new StoryLanguage("other", Set.of());

    /**
     * Polish function words (Lucene's common analysers have no Polish list); the others are Lucene's Snowball lists.
     */
    private static final Set<String> POLISH = Set.of("ale", "aby", "albo", "ani", "bardzo", "bez", "być", "był", "była",
            "było", "były", "będzie", "będą", "czy", "dla", "gdy", "gdzie", "ich", "jak", "jako", "jego", "jej", "jest",
            "już", "kiedy", "które", "który", "która", "których", "którzy", "może", "nad", "nie", "nich", "nim", "niż",
            "oraz", "pod", "przed", "przez", "przy", "się", "sobie", "tak", "także", "tam", "tego", "tej", "ten", "tym",
            "też", "więc", "żeby", "jednak", "jeszcze", "jeśli", "tylko", "również", "mnie", "nas", "wszystko", "został",
            "została", "zostało", "zostały", "swoje", "swój", "swojej", "tych", "jeden", "jedna");

    /** Each language's function words of three letters or more (shorter words are no story words). */
    private static final Map<String, Set<String>> LISTS = lists();
    /** Function word to the languages that list it. */
    private static final Map<String, List<String>> BY_WORD = byWord();

    private final String code;
    private final Set<String> functionWords;

    private StoryLanguage(String code, Set<String> functionWords) {
        this.code = code;
        this.functionWords = functionWords;
    }

    /** The language of these content words with their counts (no words: English). */
    static StoryLanguage of(Map<String, Integer> terms) {
        Map<String, Integer> share = new HashMap<>();
        int total = 0;
        int otherScript = 0;
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            int c = t.getValue();
            total += c;
            List<String> langs = BY_WORD.get(t.getKey());
            if (langs != null) {
                langs.forEach(l -> share.merge(l, c, Integer::sum));
            }
            if (Character.UnicodeScript.of(t.getKey().codePointAt(0)) != Character.UnicodeScript.LATIN) {
                otherScript += c;
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> s : share.entrySet()) {
            // ties (a word two lists share) go to the lower code, so the answer is the same in every run
            if (s.getValue() > bestCount || (s.getValue() == bestCount && best != null && s.getKey().compareTo(best) < 0)) {
                best = s.getKey();
                bestCount = s.getValue();
            }
        }
        if (best != null && bestCount >= SHARE * total) {
            return new StoryLanguage(best, LISTS.get(best));
        }
        return total > 0 && 2 * otherScript > total ? OTHER_SCRIPT : ENGLISH;
    }

    /** The code ("en", "de", …; "other" for an unlisted script). */
    String code() {
        return code;
    }

    boolean english() {
        return this == ENGLISH;
    }

    /** The words without this language's function words, in their order (the same map when nothing is dropped). */
    Map<String, Integer> contentWords(Map<String, Integer> terms) {
        if (functionWords.isEmpty()) {
            return terms;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        terms.forEach((w, c) -> {
            if (!functionWords.contains(w)) {
                out.put(w, c);
            }
        });
        return out.size() == terms.size() ? terms : out;
    }

    /** A headline's words ({@link ArticleFeatures#titleWords}) without this language's function words. */
    Set<String> contentWords(Set<String> words) {
        if (functionWords.isEmpty() || words == null) {
            return words;
        }
        Set<String> out = new LinkedHashSet<>(words);
        out.removeAll(functionWords);
        return out;
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, Set<String>> lists() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        m.put("ar", words(ArabicAnalyzer.getDefaultStopSet()));
        m.put("de", words(GermanAnalyzer.getDefaultStopSet()));
        m.put("es", words(SpanishAnalyzer.getDefaultStopSet()));
        m.put("fr", words(FrenchAnalyzer.getDefaultStopSet()));
        m.put("it", words(ItalianAnalyzer.getDefaultStopSet()));
        m.put("nl", words(DutchAnalyzer.getDefaultStopSet()));
        m.put("pl", POLISH);
        m.put("pt", words(PortugueseAnalyzer.getDefaultStopSet()));
        m.put("ru", words(RussianAnalyzer.getDefaultStopSet()));
        m.put("tr", words(TurkishAnalyzer.getDefaultStopSet()));
        return m;
    }

    /** A Lucene stop set's words as {@link ArticleFeatures} keeps words: three letters or more, not English stop words. */
    private static Set<String> words(CharArraySet set) {
        Set<String> out = new HashSet<>();
        for (Object o : set) {
            String w = new String((char[]) o);
            if (w.length() >= 3 && !StopWords.contains(w)) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }

    private static Map<String, List<String>> byWord() {
        Map<String, List<String>> m = new HashMap<>();
        LISTS.forEach((lang, ws) -> ws.forEach(w -> m.computeIfAbsent(w, x -> new ArrayList<>()).add(lang)));
        return m;
    }
}
