package dev.precis.store;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.Vectors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical signals used for related articles and stories: content-word counts and key-name counts.
 * Key names are the recognised entities' canonical names; when an article has no recognised entities
 * (no recogniser configured) they fall back to capitalised words inside sentences, a cheap proper-noun
 * proxy. Immutable; both maps iterate in a fixed order (most frequent first, then alphabetical), so
 * ties between candidate stories and the order of a story's key names are the same in every run.
 *
 * @param terms content words (lower case, no stop words) with their counts, at most {@link #MAX_TERMS}
 * @param keys key names as first written, with their counts (case-insensitively merged), at most {@link #MAX_KEYS}
 * @param meaning unit-length vector of the headline and lead from a sentence encoder, or null (the
 *     library was given no encoder, see {@link Library#meaningWith}); stored with 8-bit components
 */
public record ArticleFeatures(Map<String, Integer> terms, Map<String, Integer> keys, float[] meaning) {

    static final int MAX_TERMS = 250;
    static final int MAX_KEYS = 30;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "sir");

    public ArticleFeatures {
        // not Map.copyOf: its iteration order changes from one JVM run to the next
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        meaning = meaning == null ? null : meaning.clone();
    }

    /** Features without a meaning vector. */
    public ArticleFeatures(Map<String, Integer> terms, Map<String, Integer> keys) {
        this(terms, keys, null);
    }

    /**
     * Story features another library stored for an article ({@code precis export}), to be planned with as
     * they are: the words and key names each with a count of at least 1, at most {@value #MAX_TERMS} words
     * and {@value #MAX_KEYS} names, in the order given; an {@link IllegalArgumentException} naming the
     * problem otherwise.
     */
    public static ArticleFeatures stored(Map<String, Integer> terms, Map<String, Integer> keys) {
        checkStored("terms", terms, MAX_TERMS);
        checkStored("keys", keys, MAX_KEYS);
        return new ArticleFeatures(terms, keys);
    }

    private static void checkStored(String what, Map<String, Integer> counts, int most) {
        if (counts.size() > most) {
            throw new IllegalArgumentException("story " + what + ": " + counts.size() + " given, at most " + most);
        }
        counts.forEach((name, count) -> {
            if (name.isBlank() || count == null || count < 1) {
                throw new IllegalArgumentException("story " + what + ": '" + name + "' needs a count of at least 1, got " + count);
            }
        });
    }

    /** These features with a meaning vector (null: none). */
    public ArticleFeatures withMeaning(float[] vector) {
        return new ArticleFeatures(terms, keys, vector);
    }

    @Override
    public float[] meaning() {
        return meaning == null ? null : meaning.clone();
    }

    /** The meaning vector itself, not a copy, for the store's own reading (never written to). */
    float[] meaningVector() {
        return meaning;
    }

    /**
     * The meaning vector as stored (and as the Spark job's analysed lines carried it before they carried
     * the {@link #encodeMeaningExact exact} form): 8-bit components (x127), Base64; null for none.
     */
    public static String encodeMeaning(float[] v) {
        if (v == null) {
            return null;
        }
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) Math.round(Math.max(-1, Math.min(1, v[i])) * 127);
        }
        return Base64.getEncoder().encodeToString(b);
    }

    /** Marks an {@link #encodeMeaningExact exact} meaning vector (':' is no Base64 character). */
    private static final String EXACT = "f32:";

    /**
     * The meaning vector to the bit, for analysed JSON lines: {@code "f32:"} and the Base64 of its 32-bit
     * floats (little-endian); null for none. A library plans stories with the vector its encoder made,
     * and only stores the 8-bit form, so a line that carries the same bits gives {@code ingest --analyzed}
     * the stories of a full ingest (the 8-bit form moves some similarities by a few thousandths, enough to
     * tip a close decision). Four times the length of {@link #encodeMeaning}.
     */
    public static String encodeMeaningExact(float[] v) {
        if (v == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(v);
        return EXACT + Base64.getEncoder().encodeToString(b.array());
    }

    /**
     * A meaning vector back: an {@link #encodeMeaningExact exact} one as written, a {@link #encodeMeaning
     * stored} one at unit length (null or unreadable: null).
     */
    public static float[] decodeMeaning(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        boolean exact = s.startsWith(EXACT);
        byte[] b;
        try {
            b = Base64.getDecoder().decode(exact ? s.substring(EXACT.length()) : s);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (exact) {
            if (b.length % 4 != 0) {
                return null;
            }
            float[] v = new float[b.length / 4];
            ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
            return v;
        }
        float[] v = new float[b.length];
        for (int i = 0; i < b.length; i++) {
            v[i] = b[i] / 127f;
        }
        return Vectors.unitLength(v);
    }

    /** Features of an analysed article (title counts twice: it names the topic). */
    public static ArticleFeatures of(AnalyzedArticle analyzed) {
        return of(analyzed, NONE);
    }

    private static final BitSet NONE = new BitSet();

    /**
     * Features of an analysed article without the words and names of its text that start at a position of
     * {@code leftOut} (a template's text the article shares with others, {@link SharedText}); its headline counts whole.
     */
    static ArticleFeatures of(AnalyzedArticle analyzed, BitSet leftOut) {
        return of(analyzed, leftOut, StoryParams.DEFAULT.readsCaps());
    }

    /** {@link #of(AnalyzedArticle, BitSet)} with two-letter capitals as content words or not ({@link StoryParams#capsWords()}). */
    static ArticleFeatures of(AnalyzedArticle analyzed, BitSet leftOut, boolean caps) {
        String title = analyzed.article().title();
        String text = analyzed.article().text();
        Map<String, Integer> terms = new HashMap<>();
        countTerms(title, terms, 2, NONE, caps);
        countTerms(text, terms, 1, leftOut, caps);
        Map<String, Integer> keys = new HashMap<>();
        Map<String, String> surface = new HashMap<>();
        boolean recognised = false;
        for (EntityMention m : analyzed.entities()) {
            if (m.type() != EntityType.MISC) {
                recognised = true;
                if (!leftOut.get(m.range().start())) {
                    countKey(m.canonical(), keys, surface);
                }
            }
        }
        if (!recognised) {
            capitalisedWords(title, keys, surface, NONE);
            capitalisedWords(text, keys, surface, leftOut);
        }
        Map<String, Integer> bySurface = new LinkedHashMap<>();
        top(keys, MAX_KEYS).forEach((k, v) -> bySurface.put(surface.get(k), v));
        return new ArticleFeatures(top(terms, MAX_TERMS), bySurface);
    }

    /** A headline's content words, as {@link #of} counts them (lower case, no stop words); empty for null. */
    static Set<String> titleWords(String title) {
        Map<String, Integer> words = new LinkedHashMap<>();
        if (title != null) {
            countTerms(title, words, 1, NONE, StoryParams.DEFAULT.readsCaps());
        }
        return words.keySet();
    }

    private static void countTerms(String s, Map<String, Integer> into, int weight, BitSet leftOut, boolean caps) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (leftOut.get(m.start())) {
                continue;
            }
            String w = normalise(m.group());
            if ((w.length() >= 3 || caps && capitals(m.group(), w)) && !StopWords.contains(w)) {
                into.merge(w, weight, Integer::sum);
            }
        }
    }

    /**
     * Whether a word of two letters was written in capitals ("EU", "UN's", "ID"): an abbreviation that names a thing
     * (with {@link StoryParams#capsWords()}, a content word like one of three letters or more).
     */
    static boolean capitals(String written, String normalised) {
        return normalised.length() == 2 && Character.isUpperCase(written.charAt(0)) && Character.isUpperCase(written.charAt(1))
                && Character.isLetter(normalised.charAt(1));
    }

    /** Capitalised words that do not start a sentence or line: proper nouns, mostly. */
    private static void countKey(String name, Map<String, Integer> keys, Map<String, String> surface) {
        String k = name.toLowerCase(Locale.ROOT);
        keys.merge(k, 1, Integer::sum);
        surface.putIfAbsent(k, name);
    }

    private static void capitalisedWords(String s, Map<String, Integer> into, Map<String, String> surface, BitSet leftOut) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (leftOut.get(m.start())) {
                continue;
            }
            String w = m.group();
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || startsSentence(s, m.start())) {
                continue;
            }
            String k = normalise(w);
            if (!StopWords.contains(k) && !CALENDAR.contains(k)) {
                into.merge(k, 1, Integer::sum);
                surface.putIfAbsent(k, w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w);
            }
        }
    }

    private static boolean startsSentence(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
        }
        return true;
    }

    private static String normalise(String w) {
        String s = w.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
