package dev.precis.store;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;

/**
 * Text an article shares word for word with earlier articles of the library: an outlet's template rather than an
 * event's report (a release agency's closing contact lines and dateline formula, a regional agency's "first
 * published on" note, a site's subscription prompt). Two unrelated reports of one outlet share those runs of words,
 * and with them content words and key names that the story planner would read as a shared event; so an article's
 * story features leave out the words that lie in a run of {@value #SPAN} words (letters and digits, case ignored)
 * already written in an earlier article ({@link ArticleFeatures#of(dev.precis.model.AnalyzedArticle, BitSet)}).
 * A text that shares most of its words with earlier ones ({@link #COPY}) is a copy or a rewrite of one report (a wire
 * story run by several outlets) and keeps every word: what it shares is the event.
 *
 * <p>Only one run in {@value #SAMPLE} is remembered (chosen by its hash, so the same runs in every text), which keeps
 * the table at about a quarter of the library's words; a shared passage of a dozen words or more is still found
 * (each of its runs is a remembered one with that chance, and each found run marks its {@value #SPAN} words).
 * Not thread-safe: the library calls it under its write lock, one article at a time in the order they are added.
 */
final class SharedText {

    /** Words in a run. */
    static final int SPAN = Integer.getInteger("precis.sharedSpan", 6);
    /** One run in this many is remembered (by its hash). */
    static final int SAMPLE = Integer.getInteger("precis.sharedSample", 4);
    /** Share of a text's words in shared runs above which the text is a copy of a report, not a template's user. */
    static final double COPY = Double.parseDouble(System.getProperty("precis.sharedCopy", "0.5"));
    /** 1: a run with a word inside quotation marks is no template's (a quote shared by two reports is their event's). */
    static final boolean QUOTES = Boolean.getBoolean("precis.sharedQuotes");
    /** Only words at or past this share of the text's words are left out (0: any; a template's closing lines). */
    static final double TAIL = Double.parseDouble(System.getProperty("precis.sharedTail", "0"));
    /** Words at a text's end where every run is remembered and a shared block is left out whole (0: any shared run, sampled). */
    static final int CLOSING = Integer.getInteger("precis.sharedClosing", 0);
    /** The most characters between two quotation marks taken as a quotation. */
    static final int QUOTE_LENGTH = 600;

    /** Runs remembered anywhere in the texts (one in {@link #SAMPLE}): how much of a text is shared. */
    private final Runs sampledRuns = new Runs();
    /** Every run of the texts' closing words ({@link #CLOSING}): the closing lines a text shares. */
    private final Runs closingRuns = new Runs();

    /**
     * The character positions of {@code text} that lie in a word of a run already remembered from an earlier text
     * (empty when none, or when the text is a copy, {@link #COPY}); then remembers this text's runs.
     */
    BitSet read(String text) {
        if (text == null || text.isEmpty()) {
            return new BitSet();
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
        BitSet out = new BitSet();
        if (words < SPAN) {
            return out;
        }
        long[] runs = new long[words - SPAN + 1];
        boolean[] covered = new boolean[words];
        BitSet quoted = QUOTES ? quoted(text) : null;
        int tail = CLOSING > 0 ? Math.max(0, words - CLOSING) : (int) Math.ceil(TAIL * words);
        int shared = 0;
        int sampled = 0;
        int sampledShared = 0;
        for (int w = 0; w < runs.length; w++) {
            long h = 0;
            for (int j = 0; j < SPAN; j++) {
                h = mix(h * 31 + hashes[w + j]);
            }
            runs[w] = h == 0 ? 1 : h;
            boolean sample = remembered(runs[w]);
            boolean inSample = sample && sampledRuns.contains(runs[w]);
            if (sample) {
                sampled++;
                if (inSample) {
                    sampledShared++;
                }
            }
            boolean known = CLOSING > 0 ? w >= tail && closingRuns.contains(runs[w]) : inSample;
            if (known && w >= tail
                    && (quoted == null || quoted.nextSetBit(starts[w]) < 0 || quoted.nextSetBit(starts[w]) >= ends[w + SPAN - 1])) {
                for (int j = 0; j < SPAN; j++) {
                    if (!covered[w + j]) {
                        covered[w + j] = true;
                        shared++;
                    }
                }
            }
        }
        for (int w = 0; w < runs.length; w++) {
            if (remembered(runs[w])) {
                sampledRuns.insert(runs[w]);
            }
            if (CLOSING > 0 && w >= tail) {
                closingRuns.insert(runs[w]);
            }
        }
        boolean copy = CLOSING > 0 ? sampledShared > COPY * sampled : shared > COPY * words;
        if (shared == 0 || copy) {
            return out;
        }
        int from = 0;
        if (CLOSING > 0) {
            // the closing block: shared words reaching the text's end, through gaps of at most SPAN words (a
            // template's slots: a date, a time, a name)
            int gap = 0;
            from = words;
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
        for (int w = from; w < words; w++) {
            if (covered[w]) {
                out.set(starts[w], ends[w]);
            }
        }
        return out;
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

    /** Runs remembered in the table: one in {@link #SAMPLE}, by hash. */
    private static boolean remembered(long h) {
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

        boolean contains(long h) {
            int mask = table.length - 1;
            for (int s = (int) h & mask; table[s] != 0; s = (s + 1) & mask) {
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
            int s = (int) h & mask;
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
        return sampledRuns.size + closingRuns.size;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SharedText[%d runs]", size());
    }
}
