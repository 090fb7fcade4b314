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
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The language of an article's story words, as story grouping reads it from the words themselves: the stored content
 * words ({@link ArticleFeatures#terms()}) have the English function words taken out ({@link StopWords}), so an
 * article in another language keeps its own (German "der", "und", Spanish "los", "para"), and those tell its language.
 * Read from the words, not from the article's language field, so a library reopened or a line loaded with stored
 * features ({@code ingest --analyzed}) gets the same answer without a stored language (plain text and JSONL articles
 * have none). English unless one other language's function words make at least {@link #SHARE} of the distinct words,
 * most of the words are in a script other than Latin (Chinese, Japanese, Korean, Greek …, which have no list here), or
 * at least {@link #ACCENTED} of them have a letter beyond ASCII.
 * Immutable.
 */
final class StoryLanguage {

    /**
     * The share of an article's distinct content words another language's function words need to call it that
     * language: they are a fifth or more of a German, Spanish or Polish news text's distinct longer words, while an
     * English text meets a few of them as words of its own ("die", "war", "man", "son"), a few in a hundred.
     */
    static final double SHARE = 0.1;

    /**
     * The share of an article's distinct content words with a letter beyond ASCII at which its language is not English
     * even when no list tells it: over a fifth of a Polish or Turkish text's words (ą, ł, ż; ç, ş, ı), almost none of an
     * English text's (its names: Zürich, Nuñez).
     */
    static final double ACCENTED = 0.2;

    static final StoryLanguage ENGLISH = new StoryLanguage("en", Set.of());
    /** Another language with no function-word list here (another script, or too few of a list's words): its words are kept as they are. */
    static final StoryLanguage OTHER = new StoryLanguage("other", Set.of());

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

    /** The language of these content words with their counts (no words: English), {@link #of(Map, boolean)} without the scripts' lists. */
    static StoryLanguage of(Map<String, Integer> terms) {
        return of(terms, false);
    }

    /**
     * The language of these content words with their counts (no words: English). {@code scriptLists}: a text mostly in
     * another script than Latin is read in the language of a list here when two of that list's words are among its
     * words (Arabic: its articles and conjunctions are prefixes and most of its function words have two letters, so
     * the whole ones of three letters or more are a few in a hundred of its distinct words, below {@link #SHARE});
     * else, and without {@code scriptLists}, such a text is {@link #OTHER}, its words kept as they are.
     */
    static StoryLanguage of(Map<String, Integer> terms, boolean scriptLists) {
        // distinct words, not counts: an English report of a war says "war" many times, a German text uses many
        // different function words
        Map<String, Integer> share = new HashMap<>();
        int otherScript = 0;
        int accented = 0;
        for (String w : terms.keySet()) {
            List<String> langs = BY_WORD.get(w);
            if (langs != null) {
                langs.forEach(l -> share.merge(l, 1, Integer::sum));
            }
            if (!latinStart(w)) {
                otherScript++;
            }
            accented += beyondAscii(w) ? 1 : 0;
        }
        int total = terms.size();
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
        if (total > 0 && 2 * otherScript > total) {
            // only a list of that script can reach two: the Latin lists hold no word of another script
            return scriptLists && bestCount >= 2 && !latinStart(LISTS.get(best).iterator().next())
                    ? new StoryLanguage(best, LISTS.get(best)) : OTHER;
        }
        if (total > 0 && accented >= ACCENTED * total) {
            // a Latin-script language whose function words are few among its words (Turkish, Polish: their endings
            // and short words carry what other languages' function words do): its list when two of them are there
            return bestCount >= 2 ? new StoryLanguage(best, LISTS.get(best)) : OTHER;
        }
        return ENGLISH;
    }

    /**
     * Whether the word's first letter is in the Latin script: an ASCII character is when it is a letter (A to Z), as
     * {@link Character.UnicodeScript#of} says, without its table search; others are looked up.
     */
    static boolean latinStart(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static boolean beyondAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) > 127 && Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The code ("en", "de", …; "other" for an unlisted script). */
    String code() {
        return code;
    }

    boolean english() {
        return this == ENGLISH;
    }

    /** The words without this language's function words, each as its stem, in their order (the same map for English and unlisted languages). */
    Map<String, Integer> contentWords(Map<String, Integer> terms) {
        if (functionWords.isEmpty()) {
            return terms;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        terms.forEach((w, c) -> {
            if (!functionWords.contains(w)) {
                out.merge(stem(w), c, Integer::sum);
            }
        });
        return out;
    }

    /**
     * The word's stem by Lucene's light stemmer for this language, where it has one (German, Spanish, French, Italian,
     * Portuguese, Russian): "Fahrgästen" and "Fahrgäste", "pasajeros" and "pasajero" are one word of the story. On
     * SemEval's training pairs in one all-language library it raised the pair score's AUC on German (0.819 to 0.832)
     * and Spanish (0.881 to 0.885; honest F1 0.685 to 0.783): docs/quality/stories.md, stories44.
     */
    private String stem(String w) {
        Stemmer stemmer = STEMMERS.get(code);
        if (stemmer == null) {
            return w;
        }
        char[] b = w.toCharArray();
        return new String(b, 0, stemmer.stem(b, b.length));
    }

    /** A Lucene light stemmer's one method (they keep no state: one of each serves every thread). */
    private interface Stemmer {
        int stem(char[] word, int length);
    }

    private static final Map<String, Stemmer> STEMMERS = Map.of(
            "ar", StoryLanguage::arabicStem,
            "de", new GermanLightStemmer()::stem,
            "es", new SpanishLightStemmer()::stem,
            "fr", new FrenchLightStemmer()::stem,
            "it", new ItalianLightStemmer()::stem,
            "pt", new PortugueseLightStemmer()::stem,
            "ru", new RussianLightStemmer()::stem);

    private static final ArabicNormalizer ARABIC_NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer ARABIC_STEMMER = new ArabicStemmer();

    /**
     * An Arabic word as Lucene's Arabic analyser reads it: its spelling normalised (the forms of alef, yeh and teh
     * marbuta made one, tatweel and vowel marks dropped), then its article and conjunction prefixes (al-, wal-, bal-,
     * wa-, …) and common suffixes taken off by the light stemmer, so "the government" and "and the government" are
     * one word of the story.
     */
    private static int arabicStem(char[] w, int length) {
        return ARABIC_STEMMER.stem(w, ARABIC_NORMALIZER.normalize(w, length));
    }

    /** A headline's words ({@link ArticleFeatures#titleWords}) read as {@link #contentWords(Map)} reads an article's. */
    Set<String> contentWords(Set<String> words) {
        if (functionWords.isEmpty() || words == null) {
            return words;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!functionWords.contains(w)) {
                out.add(stem(w));
            }
        }
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
