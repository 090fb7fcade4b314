package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs of OpenNLP's English tokenizer (trained on UD EWT) where its splits differ from the
 * CoNLL-style tokens the name model was trained on and break names in running text. The tokenizer
 * decides each white-space word on its own and is inconsistent on the shapes news names take:
 * <ul>
 *   <li>closing punctuation left on a word: "(BJP)" → "(" "BJP)", "BJP;" and "BJP?" kept whole — the
 *       name came out as "BJP)";</li>
 *   <li>hyphenated names cut at different places: "Ben-Gurion" → "Ben" "-Gurion", "Neo-Assyrian" →
 *       "Neo-" "Assyrian", "Austria-Hungary" → "Austria" "-Hungary", "Zanu-PF." → "Zanu-" "PF" ".";
 *       the name model saw such names whole in training;</li>
 *   <li>initials and dotted abbreviations cut from their full stop: "G." → "G" ".", "U.N." → "U.N" ".";</li>
 *   <li>a name cut between two of its letters: "(PIF)" → "(" "PI" "F" ")";</li>
 *   <li>a subheading in capitals glued to the next word: "VERDICTThe" → "VERDICT" "The" ({@link GluedCapitals}).</li>
 * </ul>
 * Measured with {@code precis eval ner --raw} (CoNLL documents turned back into running text). Written
 * by hand because the tokenizer model cannot be retrained here. Stateless.
 */
final class TokenRepairs {

    /** Abbreviations ending names that keep their full stop at a sentence's end ("McDonald & Co."). */
    private static final java.util.Set<String> KEEP_STOP = java.util.Set.of("Co", "Corp", "Inc", "Ltd", "Bhd", "Cos",
            "Bros", "Pty", "Pvt", "Plc", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Sen", "Rep");

    private TokenRepairs() {
    }

    /**
     * The repaired split of one white-space word: {@code parts} holds start/end pairs relative to the
     * word, as the tokenizer returned them; the result has the same form (a new array when changed).
     */
    static int[] repair(String word, int[] parts) {
        List<int[]> p = new ArrayList<>(parts.length / 2 + 2);
        for (int i = 0; i < parts.length; i += 2) {
            p.add(new int[] {parts[i], parts[i + 1]});
        }
        boolean changed = splitDashesAndQuotes(word, p);
        changed |= splitClosingPunctuation(word, p);
        changed |= joinDottedInitials(word, p);
        changed |= joinHyphenated(word, p);
        changed |= joinLetterRuns(word, p);
        changed |= GluedCapitals.split(word, p); // after joinLetterRuns, which would join the two words again
        if (!changed) {
            return parts;
        }
        int[] out = new int[p.size() * 2];
        for (int i = 0; i < p.size(); i++) {
            out[2 * i] = p.get(i)[0];
            out[2 * i + 1] = p.get(i)[1];
        }
        return out;
    }

    /**
     * The sentence's last word: a full stop left on a word with no other full stop ("BJP." kept whole
     * by the tokenizer) is the sentence's, not the word's. "U.S." and abbreviations that end names
     * ("& Co.", "Inc.", "Jr.") keep it, as the name model saw them in training.
     */
    static int[] splitFinalStop(String word, int[] parts) {
        int n = parts.length;
        if (n < 2) {
            return parts;
        }
        int a = parts[n - 2];
        int b = parts[n - 1];
        if (b - a < 3 || word.charAt(b - 1) != '.' || !Character.isLetter(word.charAt(b - 2))
                || word.lastIndexOf('.', b - 2) >= a || KEEP_STOP.contains(word.substring(a, b - 1))) {
            return parts;
        }
        int[] out = java.util.Arrays.copyOf(parts, n + 2);
        out[n - 1] = b - 1;
        out[n] = b - 1;
        out[n + 1] = b;
        return out;
    }

    /**
     * A long or en dash inside a word is a token of its own ("PDP—which", "Lagos–Ibadan" were one token),
     * as are a single opening quote before a word ("‘Buhari") and a closing one after it ("Obi’"; a
     * possessive "’s" is left to the tokenizer's caller).
     */
    private static boolean splitDashesAndQuotes(String word, List<int[]> p) {
        boolean changed = false;
        for (int i = 0; i < p.size(); i++) {
            int a = p.get(i)[0];
            int b = p.get(i)[1];
            if (b - a < 2) {
                continue;
            }
            for (int k = a; k < b; k++) {
                char c = word.charAt(k);
                if (c == '\u2014' || c == '\u2013' || c == '\u2015') {
                    // the dash alone: cut after it, then before it (part i stays the first piece)
                    if (k + 1 < b) {
                        splitAt(p, i, k + 1);
                    }
                    if (k > a) {
                        splitAt(p, i, k);
                    }
                    changed = true;
                    break;
                }
            }
            a = p.get(i)[0];
            b = p.get(i)[1];
            if (b - a >= 2 && (word.charAt(a) == '\u2018' || word.charAt(a) == '\'') && Character.isUpperCase(word.charAt(a + 1))) {
                splitAt(p, i, a + 1);
                changed = true;
            } else if (b - a >= 2 && word.charAt(b - 1) == '\u2019' && Character.isLetter(word.charAt(b - 2))) {
                splitAt(p, i, b - 1);
                changed = true;
            }
        }
        return changed;
    }

    /** "BJP)" → "BJP" ")", "BJP;" → "BJP" ";": a closing mark after a letter or digit is a token of its own. */
    private static boolean splitClosingPunctuation(String word, List<int[]> p) {
        boolean changed = false;
        for (int i = 0; i < p.size(); i++) {
            int a = p.get(i)[0];
            int b = p.get(i)[1];
            if (b - a < 2) {
                continue;
            }
            char last = word.charAt(b - 1);
            boolean closing = last == ')' && word.lastIndexOf('(', b - 1) < a
                    || last == ']' && word.lastIndexOf('[', b - 1) < a
                    || last == ';' || last == '?' || last == '!' || last == ',' || last == ':';
            if (closing && Character.isLetterOrDigit(word.charAt(b - 2))) {
                splitAt(p, i, b - 1);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * "G" "." → "G.", "U.N" "." → "U.N.": a word of single letters each followed by a full stop stays whole,
     * and so does an abbreviation that ends names ("Co.", "Inc.", "Jr."), as CoNLL-style corpora write them.
     */
    private static boolean joinDottedInitials(String word, List<int[]> p) {
        for (int i = 0; i + 1 < p.size(); i++) {
            int a = p.get(i)[0];
            int b = p.get(i + 1)[1];
            if (p.get(i)[1] == p.get(i + 1)[0] && b - p.get(i + 1)[0] == 1 && word.charAt(b - 1) == '.'
                    && (initials(word, a, b) || b == word.length() && a == 0 && KEEP_STOP.contains(word.substring(0, b - 1)))) {
                p.set(i, new int[] {a, b});
                p.remove(i + 1);
                return true;
            }
        }
        return false;
    }

    /** Text from a to b is "X." or "X.Y." …: letters, each alone and followed by a full stop. */
    private static boolean initials(String word, int a, int b) {
        if (b - a < 2 || (b - a) % 2 != 0) {
            return false;
        }
        for (int k = a; k < b; k += 2) {
            if (!Character.isUpperCase(word.charAt(k)) || word.charAt(k + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Joins the pieces of a hyphenated word the tokenizer cut when the part before the hyphen is
     * capitalised ("Ben-Gurion", "Austria-Hungary", "Zanu-PF", "Chester-le-Street"), except before a
     * participle or a word that makes the whole an adjective ("BJP-led", "US-based", "Kenya-born"),
     * where the name is cut from it: "BJP" "-" "led". A word opening in lower case ("al-Sisi",
     * "state-owned") keeps the tokenizer's split.
     */
    private static boolean joinHyphenated(String word, List<int[]> p) {
        boolean changed = false;
        for (int i = 0; i < p.size(); i++) {
            int a = p.get(i)[0];
            if (!Character.isUpperCase(word.charAt(a))) {
                continue;
            }
            // the run of adjacent pieces from i that hyphens hold together: letters/digits - letters/digits …
            int j = i;
            int end = p.get(i)[1];
            while (true) {
                int h = hyphenAfter(word, p, j, end);
                if (h < 0) {
                    break;
                }
                int partEnd = h + 1;
                while (partEnd < word.length() && Character.isLetterOrDigit(word.charAt(partEnd))) {
                    partEnd++;
                }
                String next = word.substring(h + 1, partEnd);
                if (next.isEmpty() || adjectiveMaker(next)) {
                    break;
                }
                // absorb every piece up to partEnd
                int k = j;
                while (k + 1 < p.size() && p.get(k + 1)[0] < partEnd) {
                    k++;
                }
                if (p.get(k)[1] == partEnd + 1 && word.charAt(partEnd) == '-' && partEnd + 1 < word.length()
                        && Character.isLetter(word.charAt(partEnd + 1))) {
                    splitAt(p, k, partEnd); // "Quaid" "-" "i-" "Azam": the linking particle's piece holds the next hyphen
                }
                if (p.get(k)[1] != partEnd) {
                    break; // the piece runs on past the part ("PF." handled by the full-stop rule elsewhere)
                }
                j = k;
                end = partEnd;
            }
            if (j > i) {
                for (int k = j; k > i; k--) {
                    p.remove(k);
                }
                p.set(i, new int[] {a, end});
                changed = true;
            }
            // "BJP-led" cut as "BJP-" "led": the hyphen apart
            int b = p.get(i)[1];
            if (b - a > 1 && word.charAt(b - 1) == '-' && i + 1 < p.size() && p.get(i + 1)[0] == b) {
                splitAt(p, i, b - 1);
                changed = true;
            } else if (i + 1 < p.size() && p.get(i + 1)[0] == b && p.get(i + 1)[1] - b > 1 && word.charAt(b) == '-') {
                int[] next = p.get(i + 1); // "Pakistan" "-India" where the part is an adjective maker: "-" apart
                p.set(i + 1, new int[] {b, b + 1});
                p.add(i + 2, new int[] {b + 1, next[1]});
                changed = true;
            }
        }
        return changed;
    }

    /** The offset of a hyphen right after {@code end} (inside piece j or opening the next piece), or -1. */
    private static int hyphenAfter(String word, List<int[]> p, int j, int end) {
        if (end < 2 || end > word.length()) {
            return -1;
        }
        if (word.charAt(end - 1) == '-' && Character.isLetterOrDigit(word.charAt(end - 2)) && end < word.length()
                && j + 1 < p.size() && p.get(j + 1)[0] == end) {
            return end - 1; // "Neo-" "Assyrian"
        }
        if (end < word.length() - 1 && word.charAt(end) == '-' && Character.isLetterOrDigit(word.charAt(end - 1))
                && Character.isLetterOrDigit(word.charAt(end + 1)) && j + 1 < p.size() && p.get(j + 1)[0] == end) {
            return end; // "Ben" "-Gurion" or "Zanu" "-" "PF"
        }
        return -1;
    }

    /** A word after a hyphen that makes the whole an adjective: "-led", "-based", "-born", "-style". */
    private static boolean adjectiveMaker(String part) {
        if (part.isEmpty() || !Character.isLowerCase(part.charAt(0))) {
            return false;
        }
        return part.endsWith("ed") || part.equals("born") || part.equals("run") || part.equals("style")
                || part.equals("era") || part.equals("made") || part.equals("wide") || part.equals("like")
                || part.equals("bound") || part.equals("owned") || part.equals("made");
    }

    /** Words of letters the tokenizer rightly cuts in two, as UD EWT does ("Cannot" → "Can" "not"). */
    private static final java.util.Set<String> SPLIT_WORDS = java.util.Set.of("cannot", "gonna", "wanna", "gotta",
            "gimme", "lemme", "dunno", "outta", "kinda", "sorta");

    /**
     * "PI" "F" → "PIF": two touching pieces of letters only, in a word holding a capital, are one word; the model
     * cut "(PIF)" so, and the name was lost. Contractions UD EWT splits ("Cannot", "Gonna") keep the split.
     */
    private static boolean joinLetterRuns(String word, List<int[]> p) {
        boolean changed = false;
        for (int i = 0; i + 1 < p.size(); i++) {
            int a = p.get(i)[0];
            int b = p.get(i + 1)[1];
            if (p.get(i)[1] != p.get(i + 1)[0] || !letters(word, a, b)
                    || SPLIT_WORDS.contains(word.substring(a, b).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            boolean capital = false;
            for (int k = a; k < b && !capital; k++) {
                capital = Character.isUpperCase(word.charAt(k));
            }
            if (capital) {
                p.set(i, new int[] {a, b});
                p.remove(i + 1);
                i--;
                changed = true;
            }
        }
        return changed;
    }

    private static boolean letters(String word, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!Character.isLetter(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Part {@code i} of {@code p} becomes two parts, cut at {@code at} (relative to the word). */
    private static void splitAt(List<int[]> p, int i, int at) {
        int[] part = p.get(i);
        p.set(i, new int[] {part[0], at});
        p.add(i + 1, new int[] {at, part[1]});
    }
}
