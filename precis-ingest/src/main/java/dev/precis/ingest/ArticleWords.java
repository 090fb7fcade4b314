package dev.precis.ingest;

/**
 * The one rule for "too short to be an article": fewer than {@link #MIN_WORDS} words (runs of letters or
 * digits) in the article's text once it is read. Every way in applies it through this class (the server's
 * single-article and batch routes, {@code precis ingest} of files, folders, URLs, feeds and precis-batch
 * output, and feed polling), so a text one refuses no other stores. Stateless.
 */
public final class ArticleWords {

    /** Fewer words than this is no article (a title alone, "Hello", a stray line). */
    public static final int MIN_WORDS = 5;

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
