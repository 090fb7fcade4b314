package dev.precis.store;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * The closing lines an article shares word for word with the closing lines of earlier articles of the library: an
 * outlet's template rather than an event's report (a release agency's contact and "about us" lines, a regional
 * agency's "first published on" note, a site's sharing and subscription prompts). Two unrelated reports of one outlet
 * share those lines, and with them content words and key names that the story planner would read as a shared event;
 * so an article's story features leave them out ({@link ArticleFeatures#of(dev.precis.model.AnalyzedArticle, BitSet)}).
 *
 * <p>A run is {@value #SPAN} words (letters and digits, case ignored). Every run of a text's last {@value #CLOSING}
 * words is remembered; the closing block left out is the shared words that reach the text's end, read back from the
 * end through gaps of at most {@value #SPAN} unshared words (a template's slots: a date, a time, a name), where a word
 * is shared when a run holding it was among an earlier text's closing runs. Not shared: a run with a character inside
 * quotation marks (a quote two reports end on is their event's), and anything in a text that shares more than
 * {@link #COPY} of its runs with earlier texts (a copy or a rewrite of one report, a wire story run by several outlets:
 * what it shares is the event; told from one run in {@value #SAMPLE} of every text, chosen by hash, so the table
 * stays small). A passage one outlet's reports of one event share in their body (background, a formula around a name)
 * is left alone unless it closes both texts. Not thread-safe: the library calls it under its write lock, one article
 * at a time in the order they are added (and at open, the stored texts in the order they were added).
 *
 * <p>Memory is bounded: the runs are kept in two generations, the current one and the one before it; a text's runs go
 * into the current one, and when it holds {@link #GENERATION} texts or {@link #GENERATION_RUNS} runs it becomes the one
 * before and the oldest is dropped. So the last {@code GENERATION} to {@code 2 x GENERATION} texts are remembered (a run
 * seen again is remembered anew: least recently seen out), at most {@code 2 x GENERATION_RUNS} runs, whatever the size of
 * the library; a template used once in more than that many articles is read as new. The library opened for writing reads
 * only the texts from {@link #replayFrom} on, which gives it the state a single session would have (exactly so while no
 * generation was closed by its run count: a library of texts far longer than most).
 */
final class SharedText {

    /** Words in a run. */
    static final int SPAN = 6;
    /** One run in this many, by hash, is remembered from anywhere in a text: how much of it is shared. */
    static final int SAMPLE = 4;
    /** Share of a text's sampled runs seen before above which it is a copy of a report: nothing is left out. */
    static final double COPY = 0.5;
    /** A text's closing words: every run among them is remembered, and the closing block is found among them. */
    static final int CLOSING = 60;
    /** The most characters between two quotation marks taken as a quotation. */
    static final int QUOTE_LENGTH = 600;

    /** Texts in a generation of remembered runs. */
    static final int GENERATION = 2048;
    /** The most runs a generation holds (about 140 a text on BBC's: the texts' count closes a generation first). */
    static final int GENERATION_RUNS = 1 << 19;

    private final int generationTexts;
    private final int generationRuns;
    /** The runs of the current generation's texts. */
    private Generation current = new Generation();
    /** The runs of the generation before it (empty at first). */
    private Generation previous = new Generation();

    SharedText() {
        this(GENERATION, GENERATION_RUNS);
    }

    /** With generations of at most {@code texts} texts and {@code runs} runs (for tests). */
    SharedText(int texts, int runs) {
        if (texts < 1 || runs < 1) {
            throw new IllegalArgumentException("a generation needs room: " + texts + " texts, " + runs + " runs");
        }
        this.generationTexts = texts;
        this.generationRuns = runs;
    }

    /**
     * The first of {@code count} stored texts (in the order they were added) whose runs a library read from the start
     * would still remember: the start of the generation before the current one. Reading from there gives its state.
     */
    static int replayFrom(int count) {
        return replayFrom(count, GENERATION);
    }

    static int replayFrom(int count, int generationTexts) {
        // a generation closes when the text after its last comes, so the last text read is in the current one
        return count <= 0 ? 0 : Math.max(0, ((count - 1) / generationTexts - 1) * generationTexts);
    }

    /** Runs remembered anywhere in the texts (one in {@link #SAMPLE}) and every run of their closing words. */
    private static final class Generation {
        final Runs sampled = new Runs();
        final Runs closing = new Runs();
        int texts;

        int runs() {
            return sampled.size + closing.size;
        }
    }

    /**
     * The character positions of {@code text}'s closing block, shared with earlier texts' closing lines (empty when
     * none, or when the text is a copy); then remembers this text's runs.
     */
    BitSet read(String text) {
        BitSet out = new BitSet();
        if (text == null || text.isEmpty()) {
            // counted all the same: a generation is so many stored texts, as replayFrom counts them
            remember(new long[0], 0);
            return out;
        }
        int[] starts = new int[64];
        int[] ends = new int[64];
        long[] hashes = new long[64];
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            long h = 0xcbf29ce484222325L;
            while (i < n) {
                c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    break;
                }
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
                i += Character.charCount(c);
            }
            if (words == starts.length) {
                starts = Arrays.copyOf(starts, words * 2);
                ends = Arrays.copyOf(ends, words * 2);
                hashes = Arrays.copyOf(hashes, words * 2);
            }
            starts[words] = start;
            ends[words] = i;
            hashes[words] = h;
            words++;
        }
        if (words < SPAN) {
            remember(new long[0], 0);
            return out;
        }
        long[] runs = new long[words - SPAN + 1];
        boolean[] covered = new boolean[words];
        BitSet quoted = quoted(text);
        int tail = Math.max(0, words - CLOSING);
        boolean shared = false;
        int sampled = 0;
        int sampledShared = 0;
        for (int w = 0; w < runs.length; w++) {
            long h = 0;
            for (int j = 0; j < SPAN; j++) {
                h = mix(h * 31 + hashes[w + j]);
            }
            runs[w] = h == 0 ? 1 : h;
            if (sampled(runs[w])) {
                sampled++;
                if (current.sampled.contains(runs[w]) || previous.sampled.contains(runs[w])) {
                    sampledShared++;
                }
            }
            int q = quoted.nextSetBit(starts[w]);
            if (w >= tail && (current.closing.contains(runs[w]) || previous.closing.contains(runs[w]))
                    && (q < 0 || q >= ends[w + SPAN - 1])) {
                Arrays.fill(covered, w, w + SPAN, true);
                shared = true;
            }
        }
        remember(runs, tail);
        if (!shared || sampledShared > COPY * sampled) {
            return out;
        }
        int from = words;
        int gap = 0;
        for (int w = words - 1; w >= 0 && gap <= SPAN; w--) {
            if (covered[w]) {
                from = w;
                gap = 0;
            } else {
                gap++;
            }
        }
        if (from < words) {
            out.set(starts[from], ends[words - 1]);
        }
        return out;
    }

    /**
     * Puts a text's runs (its closing runs from {@code tail}) in the current generation, after closing it when it is
     * full; a generation takes no more than its bound of runs, so a text longer than that is remembered from its end.
     */
    private void remember(long[] runs, int tail) {
        if (current.texts >= generationTexts
                || current.texts > 0 && current.runs() + runs.length / SAMPLE + (runs.length - tail) > generationRuns) {
            previous = current;
            current = new Generation();
        }
        for (int w = runs.length - 1; w >= 0 && current.runs() < generationRuns; w--) {
            if (w >= tail) {
                current.closing.insert(runs[w]);
            }
            if (sampled(runs[w]) && current.runs() < generationRuns) {
                current.sampled.insert(runs[w]);
            }
        }
        current.texts++;
    }

    /**
     * The characters between a pair of quotation marks (curly or straight, at most {@link #QUOTE_LENGTH} apart; an
     * opening mark left open that long is taken as none).
     */
    static BitSet quoted(String text) {
        BitSet out = new BitSet();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = c == '\u201c' || c == '\u00ab' || c == '"' && open < 0;
            boolean closing = c == '\u201d' || c == '\u00bb' || c == '"' && open >= 0;
            if (open >= 0 && i - open > QUOTE_LENGTH) {
                open = -1;
            }
            if (closing && open >= 0) {
                out.set(open, i + 1);
                open = -1;
            } else if (opening) {
                open = i;
            }
        }
        return out;
    }

    /** Runs remembered from anywhere in a text: one in {@link #SAMPLE}, by hash. */
    private static boolean sampled(long h) {
        return Long.remainderUnsigned(h >>> 17, SAMPLE) == 0;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** A set of run hashes, open addressing (0 = empty slot; runs are never 0). */
    private static final class Runs {
        private long[] table = new long[1 << 10];
        private int size;

        /**
         * A hash's first slot, from its high half: the sampled runs share their bits 17–18 ({@link #sampled}), and
         * a slot from the low bits would crowd them into a quarter of a large table (a probe chain as long as the table).
         */
        private static int slot(long h, int mask) {
            return (int) (h >>> 32) & mask;
        }

        boolean contains(long h) {
            int mask = table.length - 1;
            for (int s = slot(h, mask); table[s] != 0; s = (s + 1) & mask) {
                if (table[s] == h) {
                    return true;
                }
            }
            return false;
        }

        void insert(long h) {
            if (2 * (size + 1) > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                size = 0;
                for (long x : old) {
                    if (x != 0) {
                        insert(x);
                    }
                }
            }
            int mask = table.length - 1;
            int s = slot(h, mask);
            while (table[s] != 0) {
                if (table[s] == h) {
                    return;
                }
                s = (s + 1) & mask;
            }
            table[s] = h;
            size++;
        }
    }

    /** Runs remembered (for tests). */
    int size() {
        return current.runs() + previous.runs();
    }

    /** Slots of the tables that hold them (for tests: what the runs take in memory, 8 bytes a slot). */
    int slots() {
        return current.sampled.table.length + current.closing.table.length + previous.sampled.table.length
                + previous.closing.table.length;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SharedText[%d runs]", size());
    }
}
