package dev.precis.ingest;

/**
 * The one rule for "too short to be an article": fewer than a given number of words (runs of letters or
 * digits) in the article's text once it is read. The server's single-article route and its batch route
 * both apply it through this class, so a text one refuses the other does not store. Stateless.
 */
public final class ArticleWords {

    private ArticleWords() {
    }

    /** Words (runs of letters or digits) in {@code text}. */
    public static int count(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !in) {
                n++;
            }
            in = word;
        }
        return n;
    }

    /**
     * Null when {@code text} has at least {@code minWords} words, else the one-line problem
     * ("text: 1 word is no article; at least 5 words are needed").
     */
    public static String tooShort(String text, int minWords) {
        int words = count(text);
        if (words >= minWords) {
            return null;
        }
        return "text: " + words + (words == 1 ? " word" : " words") + " is no article; at least " + minWords + " words are needed";
    }
}
