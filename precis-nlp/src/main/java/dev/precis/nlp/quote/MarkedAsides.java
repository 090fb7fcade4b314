package dev.precis.nlp.quote;

import java.util.List;

/**
 * Asides between a speaker's name and the speech verb that marks set off: an aside between two spaced dashes ("Ann Reed
 * - the firm's largest investor - said") and an aside about the circumstances that ends in a title in quotation marks
 * ("The Red Cross, in a report titled “No Way Home,” writes"). Split out of {@link SpeakerAsides}, whose {@code skip}
 * tries these among its other asides. Stateless.
 */
final class MarkedAsides {

    private MarkedAsides() {
    }

    /**
     * Steps back over an aside between two spaced dashes after a capitalised name: "Ann Reed - the firm's largest
     * investor - said". A hyphen is no token here, so a dash is a spaced hyphen in the gap after a token or a dash
     * token. Returns {@code i} unchanged when the words before the verb close no such aside of at most 12 words.
     */
    static int beforeDashAside(String text, List<int[]> tokens, int i) {
        if (i < 2) {
            return i;
        }
        int last = dashToken(text, tokens.get(i)) ? i - 1 : dashAfter(text, tokens.get(i)) ? i : -1;
        for (int k = last; k >= 1 && last - k < 12; k--) {
            String w = word(text, tokens.get(k));
            if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
                return i; // a comma, a parenthesis or a quotation mark: not one aside
            }
            int nameEnd = dashToken(text, tokens.get(k - 1)) ? k - 2 : dashAfter(text, tokens.get(k - 1)) ? k - 1 : -2;
            if (nameEnd != -2) {
                String name = nameEnd >= 0 ? word(text, tokens.get(nameEnd)) : "";
                return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
                        && !SpeechCues.BOUNDARY_WORD.matcher(name).matches() ? nameEnd : i;
            }
        }
        return i;
    }

    /** A dash token with a space on each side ("Ann Reed — the owner — said"). */
    private static boolean dashToken(String text, int[] t) {
        return t[1] - t[0] == 1 && "–—".indexOf(text.charAt(t[0])) >= 0 && spacedAround(text, t[0], t[1]);
    }

    /** A spaced hyphen or dash right after the token, in the gap before the next word ("Reed - the owner"). */
    private static boolean dashAfter(String text, int[] t) {
        int d = t[1] + 1;
        return d + 1 < text.length() && text.charAt(t[1]) == ' ' && "-–—".indexOf(text.charAt(d)) >= 0
                && spacedAround(text, d, d + 1);
    }

    private static boolean spacedAround(String text, int start, int end) {
        return start > 0 && end < text.length() && Character.isWhitespace(text.charAt(start - 1))
                && Character.isWhitespace(text.charAt(end));
    }

    /** The most words of a title in marks inside an aside ({@link #beforeTitledAside}). */
    private static final int MAX_MARKED_TITLE_WORDS = 12;

    /**
     * Steps back over an aside about the circumstances of speaking that ends in a title in marks, whose closing comma
     * stands inside or right after the closing mark: "The Red Cross, in a report titled “No Way Home,” writes", "The
     * union, in a letter headed “Enough”, said". The aside opens after a comma with a word of
     * {@link SpeakerAsides#CIRCUMSTANCE}
     * or a participle, holds no other punctuation, and the word before it is capitalised (it ends the speaker's name).
     * Returns {@code i} unchanged when the words before the verb do not read so.
     */
    static int beforeTitledAside(String text, List<int[]> tokens, int i) {
        int close;
        if (i >= 1 && closingMark(word(text, tokens.get(i))) && word(text, tokens.get(i - 1)).equals(",")) {
            close = i; // American order: Home,” writes
        } else if (i >= 1 && word(text, tokens.get(i)).equals(",") && closingMark(word(text, tokens.get(i - 1)))) {
            close = i - 1; // British order: Enough”, said
        } else {
            return i;
        }
        int last = close == i ? close - 2 : close - 1; // the title's last word
        int o = last;
        while (o >= 0 && last - o < MAX_MARKED_TITLE_WORDS && (Character.isLetterOrDigit(word(text, tokens.get(o)).charAt(0))
                || o < last && word(text, tokens.get(o)).equals(":"))) {
            o--; // a title's words, and a colon inside it ("“Lakes: A Survey”")
        }
        String closing = word(text, tokens.get(close));
        if (o < 3 || o == last || !word(text, tokens.get(o)).equals(closing.equals("”") ? "“" : "\"")) {
            return i;
        }
        int k = o - 1;
        while (k >= 0 && o - k <= 12 && Character.isLetterOrDigit(word(text, tokens.get(k)).charAt(0))) {
            k--;
        }
        if (k < 1 || k == o - 1 || !word(text, tokens.get(k)).equals(",")) {
            return i;
        }
        String opener = word(text, tokens.get(k + 1));
        String name = word(text, tokens.get(k - 1));
        return (SpeakerAsides.CIRCUMSTANCE.matcher(opener).matches() || SpeakerAsides.participle(opener)
                || SpeakerAsides.pastParticiple(opener))
                && Character.isUpperCase(name.charAt(0))
                && !SpeechCues.BOUNDARY_WORD.matcher(name).matches() ? k - 1 : i;
    }

    private static boolean closingMark(String w) {
        return w.equals("”") || w.equals("\"");
    }

    private static String word(String text, int[] t) {
        return SpeakerAsides.word(text, t);
    }
}
