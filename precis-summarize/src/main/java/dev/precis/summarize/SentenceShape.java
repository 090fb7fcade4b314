package dev.precis.summarize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a sentence read badly in a summary: a caption, photo credit or byline; a fragment of
 * page furniture; an opening pronoun or connective that points to a sentence the reader will not
 * see; half of a quotation. Stateless.
 */
final class SentenceShape {

    private static final Pattern CREDIT_OR_CHROME = Pattern.compile(
            "(?i)^(by|photo|image|picture|video|caption|credit|source|file photo|pictured|above|below|"
            + "left|right|top|inset|main picture|scroll down|click here|read more|share this|follow|"
            + "published|updated|last updated|advertisement|watch|listen|related|see also)\\b[ :.,-]"
            + "|\\b(getty images|reuters/|/reuters|\\bap photo|afp/|/afp|epa/|shutterstock|"
            + "all rights reserved|copyright ©|©)"
            + "|(?i)\\bscroll down for video\\b|(?i)^\\s*\\(?(photo|image|video)s?\\)?:");

    private static final Set<String> DANGLING_OPENERS = Set.of(
            "he", "she", "it", "they", "them", "his", "her", "its", "their", "this", "that", "these",
            "those", "there", "but", "however", "also", "instead", "meanwhile", "still", "yet",
            "nevertheless", "moreover", "furthermore", "besides", "so", "thus", "hence", "therefore",
            "then", "and", "or", "such", "both", "another", "others", "otherwise", "likewise",
            "similarly", "indeed", "in addition", "as a result", "by contrast", "on the other hand");

    private SentenceShape() {
    }

    static int wordCount(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }

    /** Captions, credits, bylines, datelines and fragments too short to carry a statement. */
    static boolean isJunk(String s, int words) {
        if (words < 4) {
            return true;
        }
        if (CREDIT_OR_CHROME.matcher(s).find()) {
            return true;
        }
        int lower = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        // all-caps banners and lines of names/numbers only
        return letters == 0 || lower < letters * 0.5;
    }

    /** True when the sentence opens with a pronoun or connective that needs the sentence before it. */
    static boolean opensWithDanglingReference(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String first = s.substring(i, end).toLowerCase(Locale.ROOT);
        if (DANGLING_OPENERS.contains(first)) {
            return true;
        }
        int end2 = end + 1;
        while (end2 < s.length() && Character.isLetter(s.charAt(end2))) {
            end2++;
        }
        return end2 <= s.length() && end + 1 < end2
                && DANGLING_OPENERS.contains(s.substring(i, end2).toLowerCase(Locale.ROOT));
    }

    /** True when the sentence holds an odd number of quotation marks: it is half of a quotation. */
    static boolean isPartialQuote(String s) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            }
        }
        return straight % 2 != 0 || open != close;
    }
}
