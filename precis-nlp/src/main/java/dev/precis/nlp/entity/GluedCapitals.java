package dev.precis.nlp.entity;

import java.util.List;

/**
 * A subheading in capitals run into the next sentence where the page lost its line break ("TWIN LEAF
 * VERDICTThe Election Commission said", "AKHILESH ASKSAkhilesh also", "NOT GETTING RIGHT INFORMATION'Ved
 * Prakash said"): the white-space word is two words, a capitals word and a capitalised one, and the tokenizer
 * kept it whole, so the name model read "VERDICTThe Election Commission" as one name. A piece that opens with a
 * run of at least three capital letters and goes on with a capital followed by a small letter is cut before that
 * capital (and around an apostrophe between them), when at least two small letters or a two-letter sentence opener
 * ("BIKEIn") follow. Two capitals before ("OKCupid", "SQLite", "MySQL") are left
 * alone: brand names are written so, subheadings are not. Part of {@link TokenRepairs}; stateless.
 */
final class GluedCapitals {

    /**
     * Two-letter words that open sentences; any other glued word needs two small letters, so an acronym's plural
     * ("NSAIDs", "ACTUs") stays whole.
     */
    private static final java.util.Set<String> SHORT_OPENERS = WordSet.of("In", "On", "At", "As", "An", "It",
            "If", "By", "To", "He", "We", "So", "No");

    /** Capital letters a subheading word must open with before the glued word. */
    static final int MIN_CAPITALS = 3;

    private GluedCapitals() {
    }

    /** Cuts each glued piece of {@code p} (start/end pairs relative to {@code word}); true when one was cut. */
    static boolean split(String word, List<int[]> p) {
        boolean changed = false;
        for (int i = 0; i < p.size(); i++) {
            int a = p.get(i)[0];
            int b = p.get(i)[1];
            if (a > 0 && Character.isLetterOrDigit(word.charAt(a - 1))) {
                continue; // a piece inside a longer string ("t.co/sQ5MPCReyU"), not a word of its own
            }
            int k = a;
            while (k < b && Character.isUpperCase(word.charAt(k))) {
                k++;
            }
            // word[a, k) is all capitals; the glued word opens at k - 1 when word[k] is a small letter
            if (k < b && k - 1 - a >= MIN_CAPITALS && Character.isLowerCase(word.charAt(k))
                    && (k + 1 < b && Character.isLowerCase(word.charAt(k + 1)) || SHORT_OPENERS.contains(word.substring(k - 1, b)))) {
                p.set(i, new int[] {a, k - 1});
                p.add(i + 1, new int[] {k - 1, b});
                changed = true;
            } else if (k + 2 < b && k - a >= MIN_CAPITALS && (word.charAt(k) == '\'' || word.charAt(k) == '\u2019')
                    && Character.isUpperCase(word.charAt(k + 1)) && Character.isLowerCase(word.charAt(k + 2))) {
                p.set(i, new int[] {a, k});
                p.add(i + 1, new int[] {k, k + 1});
                p.add(i + 2, new int[] {k + 1, b});
                changed = true;
            }
        }
        return changed;
    }
}
