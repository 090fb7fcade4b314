package dev.precis.nlp.entity;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of words for the name rules' many {@code contains} tests on every token. {@code Set.of} answers
 * a word it does not hold (the usual case) after a division for its slot and a {@code String.equals} with each
 * occupied slot it probes, about a dozen such sets per token took 7% of a one-off ingest; here each slot keeps its
 * word's hash, the slot comes from a multiply and shift, and the table is at most a quarter full, so a miss mostly
 * ends at an empty slot or an unequal hash without comparing characters. The same members as {@code Set.of} (and,
 * like it, no null and no duplicate), so every answer is unchanged.
 */
final class WordSet extends AbstractSet<String> {

    private final String[] words;
    private final int[] hashes;
    private final int shift;
    private final int size;

    private WordSet(Collection<String> members, boolean rejectDuplicates) {
        int bits = 2;
        while ((1 << bits) < 4 * members.size()) {
            bits++;
        }
        words = new String[1 << bits];
        hashes = new int[1 << bits];
        shift = 32 - bits;
        int n = 0;
        for (String w : members) {
            int h = w.hashCode();
            int i = slot(h);
            while (words[i] != null) {
                if (hashes[i] == h && words[i].equals(w)) {
                    if (rejectDuplicates) {
                        throw new IllegalArgumentException("duplicate word: " + w);
                    }
                    break;
                }
                i = (i + 1) & (words.length - 1);
            }
            if (words[i] == null) {
                words[i] = w;
                hashes[i] = h;
                n++;
            }
        }
        size = n;
    }

    /** The given words; like {@code Set.of}, a null or a repeated word is an error. */
    static WordSet of(String... members) {
        return new WordSet(Arrays.asList(members), true);
    }

    /** The distinct members of {@code members} (no null), like {@code Set.copyOf}. */
    static WordSet copyOf(Collection<String> members) {
        return new WordSet(members, false);
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w)) {
            if (o == null) {
                throw new NullPointerException(); // as Set.of's contains
            }
            return false;
        }
        int h = w.hashCode();
        for (int i = slot(h); ; i = (i + 1) & (words.length - 1)) {
            String s = words[i];
            if (s == null) {
                return false;
            }
            if (hashes[i] == h && s.equals(w)) {
                return true;
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int i) {
                while (i < words.length && words[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < words.length;
            }

            @Override
            public String next() {
                if (next >= words.length) {
                    throw new NoSuchElementException();
                }
                String w = words[next];
                next = advance(next + 1);
                return w;
            }
        };
    }
}
