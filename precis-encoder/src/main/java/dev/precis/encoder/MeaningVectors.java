package dev.precis.encoder;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.TextRange;
import dev.precis.nlp.ModelLoadException;
import dev.precis.nlp.encoder.SentenceEncoder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An article's meaning vector for story grouping: the sentence encoder's vector of its headline and
 * first two sentences (what the article is about, in few tokens: about 4 ms an article on one core;
 * the headline and one sentence cost about half and grouped SemEval's training pairs less well,
 * multi-article F1 0.910 against 0.918).
 * The encoder loads on the first article, not when a library opens, so commands that only read pay
 * nothing. When it cannot load (a platform ONNX Runtime does not support), one warning is logged and
 * every article gets no vector: stories then group by words and names alone. Thread-safe.
 *
 * <pre>{@code
 * library.meaningWith(new MeaningVectors());
 * }</pre>
 */
public final class MeaningVectors implements Function<AnalyzedArticle, float[]> {

    private static final Logger LOG = LoggerFactory.getLogger(MeaningVectors.class);
    /** Sentences of the lead encoded after the headline. */
    static final int LEAD_SENTENCES = 2;
    /** Name of the default encoder. */
    public static final String DEFAULT_ENCODER = "static";
    /**
     * Frequent English words that are not also frequent words of the other languages Precis reads ("a",
     * "in", "to", "on", and German "an", "was", "will" are left out). On SemEval 2022's training pairs
     * (headline and two sentences, split by a regular expression), at least {@link #ENGLISH_SHARE} of the
     * words were among them in 605 of 617 English texts and in 10 of 1,949 German, Polish, Italian,
     * French, Spanish, Arabic, Chinese, Turkish and Russian ones.
     */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "is", "for", "that", "with", "said", "his",
            "her", "has", "have", "by", "from", "are", "were", "at", "it", "this", "which", "been", "after", "their",
            "they", "who", "its", "but", "not", "he", "she", "would", "about", "over", "into");
    static final double ENGLISH_SHARE = 0.04;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

    private final Supplier<SentenceEncoder> encoder;
    /** The encoder's vector length without loading it ({@link #length()}). */
    private final IntSupplier length;
    private final boolean englishOnly;
    private volatile boolean unavailable;

    /** With the default encoder, {@value #DEFAULT_ENCODER} ({@link #named(String)}). */
    public MeaningVectors() {
        this(encoder(DEFAULT_ENCODER), StaticMiniLm::tableDimension, true);
    }

    /** With another encoder (loaded by {@code encoder} on first use), for articles in any language. */
    public MeaningVectors(Supplier<SentenceEncoder> encoder) {
        this(encoder, () -> 0, false);
    }

    private MeaningVectors(Supplier<SentenceEncoder> encoder, IntSupplier length, boolean englishOnly) {
        this.encoder = encoder;
        this.length = length;
        this.englishOnly = englishOnly;
    }

    /**
     * The meaning vectors of the shipped encoder of that name:
     * <ul>
     *   <li>{@code static} (the default): {@link StaticMiniLm}, word-piece vectors distilled from MiniLM,
     *       about 0.3 ms an article ({@code precis bench meaning}), mostly tokenising; English articles only (an article whose {@link
     *       dev.precis.model.Article#language()} is another, or whose headline and lead have few English
     *       words), because static English word pieces of other languages' words grouped SemEval's
     *       German, Spanish, French and Polish pairs worse than no vectors at all;</li>
     *   <li>{@code minilm}: {@link MiniLmSentenceEncoder}, the transformer itself, about 6.5 ms an article
     *       on a shared core, every language.</li>
     * </ul>
     * Their vectors differ in length, so a library whose articles were encoded by both compares each
     * article only with its own kind.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static MeaningVectors named(String name) {
        return new MeaningVectors(encoder(name), "static".equals(name) ? StaticMiniLm::tableDimension : () -> 0,
                "static".equals(name));
    }

    /**
     * The length of every vector {@link #apply} returns, told without loading the encoder (the static table's
     * header), or 0 when it cannot be told so (the transformer, an encoder given by its supplier): what
     * {@code Library.meaningWith(Function, int)} takes, so that a bulk load of lines that carry their vectors
     * never loads the encoder.
     */
    public int length() {
        return length.getAsInt();
    }

    /**
     * The shipped encoder of that name, loaded on first {@code get()} (see {@link #named(String)}).
     *
     * @throws IllegalArgumentException for a name other than {@code static} or {@code minilm}
     */
    public static Supplier<SentenceEncoder> encoder(String name) {
        return switch (name) {
            case "static" -> StaticMiniLm::shared;
            case "minilm" -> MiniLmSentenceEncoder::shared;
            default -> throw new IllegalArgumentException("unknown meaning encoder '" + name + "' (static or minilm)");
        };
    }

    /** The vector of the article's headline and lead, or null when the encoder is unavailable or not for its language. */
    @Override
    public float[] apply(AnalyzedArticle article) {
        if (unavailable) {
            return null;
        }
        String text = headlineAndLead(article);
        if (englishOnly && !english(article.article().language(), text)) {
            return null;
        }
        SentenceEncoder e;
        try {
            e = encoder.get();
        } catch (ModelLoadException ex) {
            if (!unavailable) {
                unavailable = true;
                LOG.warn("stories group by words and names only: {}", ex.getMessage());
            }
            return null;
        }
        return e.encode(List.of(text))[0];
    }

    /** Whether the article is English: its language when known, else the share of frequent English words in the text. */
    static boolean english(String language, String text) {
        if (language != null && !language.isBlank()) {
            return language.toLowerCase(Locale.ROOT).startsWith("en");
        }
        int words = 0;
        int english = 0;
        for (String w : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words++;
                english += ENGLISH.contains(w) ? 1 : 0;
            }
        }
        return words > 0 && english >= ENGLISH_SHARE * words;
    }

    /** The headline and the first two sentences, one a line. */
    public static String headlineAndLead(AnalyzedArticle a) {
        StringBuilder s = new StringBuilder(a.article().title());
        String text = a.article().text();
        for (int i = 0; i < Math.min(LEAD_SENTENCES, a.sentences().size()); i++) {
            TextRange r = a.sentences().get(i).range();
            s.append(s.length() == 0 ? "" : "\n").append(text, r.start(), r.end());
        }
        return s.toString();
    }
}
