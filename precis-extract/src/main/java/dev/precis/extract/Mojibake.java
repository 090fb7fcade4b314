package dev.precis.extract;

/**
 * Repairs text that was encoded as UTF-8 twice: a page whose UTF-8 bytes were once read as Latin-1 or
 * windows-1252 and saved again as UTF-8 shows "youâ\u0080\u0099re" or "youâ€™re" for "you’re", which
 * splits words (the tokens "youâ" and "re") wherever a curly quote, dash or accent stands. Each run of a
 * UTF-8 lead character (U+00C2–U+00F4) and the continuation characters it announces (U+0080–U+00BF, or
 * the windows-1252 characters for the bytes 0x80–0x9F) is read back as bytes and decoded; the run is
 * replaced only when that gives one character of the kinds such pages hold (Latin letters and accents,
 * Greek, Cyrillic, punctuation, currency and letter-like signs, emoji), so German "heiß“" (ß before a
 * closing quote) is no run. Stateless and thread-safe.
 */
final class Mojibake {

    /** The windows-1252 characters for the bytes 0x80–0x9F (0 where windows-1252 leaves the byte unassigned). */
    private static final String CP1252_HIGH = "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
            + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

    private Mojibake() {
    }

    /** {@code text} with its doubly encoded characters repaired; the same string when there are none. */
    static String repair(String text) {
        if (!suspect(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        int i = 0;
        while (i < text.length()) {
            int used = decodedRun(text, i, out);
            if (used > 0) {
                i += used;
                changed = true;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return changed ? out.toString() : text;
    }

    /** A quick look for a lead character followed by a continuation character. */
    private static boolean suspect(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4' && continuation(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Appends the character the run at {@code i} encodes and answers the run's length, or 0 when there is none. */
    private static int decodedRun(String text, int i, StringBuilder out) {
        char lead = text.charAt(i);
        int n = lead >= '\u00C2' && lead <= '\u00DF' ? 2 : lead >= '\u00E0' && lead <= '\u00EF' ? 3
                : lead >= '\u00F0' && lead <= '\u00F4' ? 4 : 0;
        if (n == 0 || i + n > text.length()) {
            return 0;
        }
        int cp = lead & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
        for (int k = 1; k < n; k++) {
            int b = continuation(text.charAt(i + k));
            if (b < 0) {
                return 0;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        int shortest = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < shortest || !plausible(cp)) {
            return 0;
        }
        out.appendCodePoint(cp);
        return n;
    }

    /** The byte 0x80–0xBF that {@code c} stands for when read as Latin-1 or windows-1252, or -1. */
    private static int continuation(char c) {
        if (c >= '\u0080' && c <= '\u00BF') {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return c != 0 && k >= 0 ? 0x80 + k : -1;
    }

    private static boolean plausible(int cp) {
        return cp >= 0xA0 && cp <= 0x2FF || cp >= 0x370 && cp <= 0x52F || cp >= 0x2000 && cp <= 0x206F
                || cp >= 0x20A0 && cp <= 0x214F || cp >= 0x1F000 && cp <= 0x1FAFF;
    }
}
