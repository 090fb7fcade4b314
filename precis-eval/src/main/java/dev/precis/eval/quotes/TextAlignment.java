package dev.precis.eval.quotes;

import java.util.Arrays;

/**
 * Maps an article's original text onto the text an input path produced from it (a page's extracted body, a text
 * file with a headline and metadata lines), so gold spans can be scored on what was analysed. Both texts are read
 * with white space dropped and quotation marks, apostrophes and dashes each read alike; each paragraph of the
 * original (blank-line separated) is then searched in the produced text, in order from where the last one ended,
 * then anywhere; a paragraph not found whole is searched sentence by sentence. Characters never found (a dropped
 * paragraph, a sentence cut) map to -1, and a gold span none of whose characters were found cannot be matched.
 * Stateless.
 */
public final class TextAlignment {

    private TextAlignment() {
    }

    /** {@code produced} with, for every offset of {@code original}, its offset there or -1 (aligned spans: see {@link TextPerturbation.Perturbed#span}). */
    public static TextPerturbation.Perturbed align(String original, String produced) {
        int[] map = new int[original.length() + 1];
        Arrays.fill(map, -1);
        Normal p = Normal.of(produced, 0, produced.length());
        String ps = p.chars;
        int cursor = 0;
        for (int[] para : pieces(original, 0, original.length(), "\n\\s*\n")) {
            Normal n = Normal.of(original, para[0], para[1]);
            if (n.chars.isEmpty()) {
                continue;
            }
            int at = find(ps, n.chars, cursor);
            if (at >= 0) {
                mark(map, n, p, at);
                cursor = Math.max(cursor, at + n.chars.length());
                continue;
            }
            // not whole: sentence by sentence (an extractor may cut a credit line or a trailing sentence)
            for (int[] s : pieces(original, para[0], para[1], "(?<=[.!?][”\"’']?)\\s+")) {
                Normal ns = Normal.of(original, s[0], s[1]);
                if (ns.chars.length() < 8) {
                    continue;
                }
                int sat = find(ps, ns.chars, cursor);
                if (sat >= 0) {
                    mark(map, ns, p, sat);
                    cursor = Math.max(cursor, sat + ns.chars.length());
                }
            }
        }
        return new TextPerturbation.Perturbed(produced, map, true);
    }

    /** Characters of {@code original} that no produced character stands for (white space not counted). */
    public static int unaligned(String original, int[] map) {
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            if (map[i] < 0 && !blank(original.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int find(String in, String what, int from) {
        int at = in.indexOf(what, from);
        return at >= 0 ? at : in.indexOf(what);
    }

    private static void mark(int[] map, Normal from, Normal to, int at) {
        for (int k = 0; k < from.chars.length(); k++) {
            map[from.offsets[k]] = to.offsets[at + k];
        }
    }

    private static java.util.List<int[]> pieces(String text, int start, int end, String separator) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile(separator).matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, end});
        return out;
    }

    static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    /** The text's characters with white space dropped and marks read alike, and where each came from. */
    private record Normal(String chars, int[] offsets) {

        static Normal of(String text, int start, int end) {
            StringBuilder sb = new StringBuilder(end - start);
            int[] offsets = new int[end - start];
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (blank(c)) {
                    continue;
                }
                offsets[sb.length()] = i;
                sb.append(switch (c) {
                    case '“', '”', '„', '«', '»', '″' -> '"';
                    case '‘', '’', '‚', '′', '`' -> '\'';
                    case '–', '—' -> '-';
                    default -> c;
                });
            }
            return new Normal(sb.toString(), Arrays.copyOf(offsets, sb.length()));
        }
    }
}
