package dev.precis.nlp.entity;

import dev.precis.model.EntityMention;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import dev.precis.nlp.EntityRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Named-entity recognition for news English: OpenNLP's tokenizer, a maximum-entropy name model
 * Precis trains on permissively licensed corpora with gazetteer features, then list and title
 * rules ({@link ListAndRulePass}), a document-level pass ({@link DocumentLinker}) linking surnames,
 * acronyms and metonymic capitals to canonical names, and role titles ({@link TitleFinder}).
 * Thread-safe: per-thread tokenizer and tagger instances.
 *
 * <pre>{@code
 * EntityRecognizer ner = new StatisticalEntityRecognizer(EntityModels.loadDefault());
 * List<EntityMention> found = ner.recognize(text, sentences);
 * }</pre>
 */
public final class StatisticalEntityRecognizer implements EntityRecognizer {

    /** Sentences longer than this are tagged in pieces, keeping tagging time linear. */
    private static final int MAX_TOKENS_PER_PIECE = 200;

    private final EntityModels models;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<NameTagger> tagger;
    private final ListAndRulePass rules;
    private final DocumentLinker linker;
    /** Abbreviations that end a name with their full stop: company suffixes, "Jr.", "Sr.". */
    private static final java.util.Set<String> ABBREVIATED_LAST = java.util.Set.of("Co", "Corp", "Inc", "Ltd", "Bhd",
            "Cos", "Bros", "Pty", "Pvt", "Jr", "Sr");
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("I", "We", "You", "He", "She", "It", "They",
            "Us", "Our", "Ours", "Your", "His", "Her", "Its", "Their", "Me", "Him", "Them", "My");
    private final TitleFinder titles = new TitleFinder();
    /** Words whose tokenization is remembered, shared by all threads (bounded: cleared when full). */
    private static final int WORD_CACHE_SIZE = 200_000;
    private final Map<String, int[]> wordCache = new ConcurrentHashMap<>();

    public StatisticalEntityRecognizer(EntityModels models) {
        this(models, null, null, 0);
    }

    /**
     * A recognizer whose tagger also weighs each token's contextual vector ({@link ContextualNameLayer}
     * over {@code vectors}, scaled by {@code weight}); the opt-in encoder path. With a null layer, the
     * default path.
     */
    public StatisticalEntityRecognizer(EntityModels models, TokenVectors vectors, ContextualNameLayer layer,
            double weight) {
        this.models = models;
        models.compiledNames(); // flattened here, on the loading thread, rather than inside the first analysis
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(models.tokenizer()));
        this.tagger = ThreadLocal.withInitial(() -> {
            NameTagger t = new NameTagger(models.names(), models.gazetteer(), models.compiledNames());
            if (layer != null) {
                t.contextual(vectors, layer, weight);
            }
            return t;
        });
        this.rules = new ListAndRulePass(models.gazetteer());
        this.linker = new DocumentLinker(models.capitals(), models.gazetteer());
    }

    @Override
    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        return recognize(tokenize(text, sentences));
    }

    /** Recognizes entities in text already split into tokens (used for evaluation on CoNLL data). */
    public List<EntityMention> recognize(TokenizedText doc) {
        NameTagger t = tagger.get();
        t.clearAdaptiveData();
        List<MentionDraft> mentions = new ArrayList<>();
        for (int s = 0; s < doc.sentenceCount(); s++) {
            String[] tokens = doc.sentence(s);
            List<MentionDraft> found = new ArrayList<>();
            for (Span span : t.find(tokens)) {
                found.add(new MentionDraft(s, span.getStart(), span.getEnd(), span.getType(), false));
            }
            ListAndRulePass.splitAtDashes(tokens, doc.starts().get(s), doc.ends().get(s), found, s);
            rules.apply(tokens, found, s);
            mentions.addAll(found);
        }
        t.clearAdaptiveData();
        linker.link(doc, mentions);
        titles.assign(doc, mentions);
        List<EntityMention> out = new ArrayList<>(mentions.size());
        int lastEnd = -1;
        for (MentionDraft m : mentions) {
            int start = doc.starts().get(m.sentence)[m.start];
            int end = doc.ends().get(m.sentence)[m.end - 1];
            String lastToken = doc.sentence(m.sentence)[m.end - 1];
            if (end < doc.text().length() && doc.text().charAt(end) == '.' && ABBREVIATED_LAST.contains(lastToken)) {
                end++; // the tokenizer leaves the full stop of "Samsung Electronics Co." outside the name
            }
            if (start < lastEnd || m.end - m.start == 1 && PRONOUNS.contains(doc.sentence(m.sentence)[m.start])) {
                continue; // a capitalised pronoun opening a quote ("“We will…”") is read as a name by the model
            }
            out.add(new EntityMention(new TextRange(start, end), EntityTypes.toEntityType(m.type), m.canonical, m.title));
            lastEnd = end;
        }
        return out;
    }

    /**
     * OpenNLP's tokenizer splits the text at white space and then decides each white-space-delimited
     * word on its own (its features look at nothing outside the word), so a word's split points are
     * remembered, once for all threads: the same result as tokenizing the sentence, for a fraction of
     * the model evaluations. Returns start/end pairs relative to the word.
     */
    private int[] tokenizeWord(TokenizerME tok, String word) {
        if (isPlainWord(word)) {
            return word.length() < WHOLE.length ? WHOLE[word.length()] : new int[] {0, word.length()};
        }
        Map<String, int[]> cache = wordCache;
        int[] parts = cache.get(word);
        if (parts == null) {
            Span[] spans = tok.tokenizePos(word);
            parts = new int[spans.length * 2];
            for (int i = 0; i < spans.length; i++) {
                parts[2 * i] = spans[i].getStart();
                parts[2 * i + 1] = spans[i].getEnd();
            }
            parts = TokenRepairs.repair(word, parts);
            if (cache.size() >= WORD_CACHE_SIZE) {
                cache.clear();
            }
            cache.put(word, parts);
        }
        return parts;
    }

    /** {0, n} for each length n: the split of a plain word (shared, never written). */
    private static final int[][] WHOLE = new int[64][];

    static {
        for (int n = 0; n < WHOLE.length; n++) {
            WHOLE[n] = new int[] {0, n};
        }
    }

    /**
     * A word of letters only, lower case after its first letter ("said", "Minister"): the tokenizer model
     * keeps such a word whole, so it is not asked. Measured on every distinct white-space word of the BBC
     * articles and the CNN/DailyMail and Inshorts files of {@code ../shared/data/news-summaries}: 63,523
     * such words, one split by the model ("Seif" into "Se" + "if", a model error that this rule avoids).
     * Unknown words were half of the tokenizer's model evaluations in a one-off ingest; words with digits,
     * capitals inside ("MacWorld", "ODPM", "ATTACKThe") or punctuation still go to the model.
     */
    static boolean isPlainWord(String word) {
        int n = word.length();
        if (n == 0 || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Tokens of each sentence with offsets; long sentences are cut into pieces, possessives split off. */
    TokenizedText tokenize(String text, List<Sentence> sentences) {
        TokenizerME tok = tokenizer.get();
        List<String[]> tokens = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int base = sentence.range().start();
            String sentenceText = sentence.text(text);
            Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentenceText);
            List<int[]> pieces = new ArrayList<>(words.length + 8);
            for (int w = 0; w < words.length; w++) {
                Span word = words[w];
                String wordText = sentenceText.substring(word.getStart(), word.getEnd());
                int[] parts = tokenizeWord(tok, wordText);
                if (w == words.length - 1) {
                    parts = TokenRepairs.splitFinalStop(wordText, parts);
                }
                for (int p = 0; p < parts.length; p += 2) {
                    int a = base + word.getStart() + parts[p];
                    int b = base + word.getStart() + parts[p + 1];
                    if (b - a > 2 && (text.startsWith("’s", b - 2) || text.startsWith("'s", b - 2))) {
                        pieces.add(new int[] {a, b - 2});
                        pieces.add(new int[] {b - 2, b});
                    } else if (b - a > 2 && text.charAt(b - 2) == 's' && (text.charAt(b - 1) == '\'' || text.charAt(b - 1) == '’')
                            && Character.isUpperCase(text.charAt(a))) {
                        // the possessive of a name ending in s ("Charles'", "Affairs'")
                        pieces.add(new int[] {a, b - 1});
                        pieces.add(new int[] {b - 1, b});
                    } else {
                        pieces.add(new int[] {a, b});
                    }
                }
            }
            for (int from = 0; from < pieces.size(); from += MAX_TOKENS_PER_PIECE) {
                int to = Math.min(pieces.size(), from + MAX_TOKENS_PER_PIECE);
                String[] ts = new String[to - from];
                int[] ss = new int[to - from];
                int[] es = new int[to - from];
                for (int k = from; k < to; k++) {
                    ss[k - from] = pieces.get(k)[0];
                    es[k - from] = pieces.get(k)[1];
                    ts[k - from] = text.substring(ss[k - from], es[k - from]);
                }
                tokens.add(ts);
                starts.add(ss);
                ends.add(es);
            }
        }
        return new TokenizedText(text, tokens, starts, ends);
    }
}
