package dev.precis.pipeline.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises page chrome that people paste along with an article: short navigation and teaser lines
 * ("Previous Article", "Get a summary", "Share this") and the linked headlines that travel with them.
 *
 * <p>The rule is structural, not a list of exact strings: a line is navigation when it is short, is
 * not a sentence, and names a navigation action; a run of short lines that holds navigation is chrome
 * as a whole (the teaser headlines after "Next Article" are in such a run), while short lines in the
 * body with no navigation around them (sub-headings) stay. Stateless and thread-safe.
 */
final class PageChrome {

    /** Words and phrases that name a navigation or page action when they make up most of a short line. */
    private static final Pattern NAVIGATION = Pattern.compile(
            "\\b(previous|next|prev|older|newer) (article|story|post|page|item)\\b"
            + "|\\b(get|read|see|show) (a |the )?(summary|more|full|next|story|article|also)\\b"
            + "|\\btime to read\\b|\\bmin(ute)?s? read\\b|\\bread (more|next|also)\\b|\\bsee also\\b"
            + "|\\b(related|recommended|trending|popular|latest) (articles?|stories|news|posts|content|reads)\\b"
            + "|\\bmost (read|popular|viewed|shared)\\b|\\bshare (this|on|via|article|story)\\b"
            + "|^share$|^print$|^email$|^comments?$|^advertisement$|^sponsored( content)?$|^related$"
            + "|\\bsubscribe\\b|\\bsign up\\b|\\bnewsletter\\b|\\bclick here\\b|\\bback to top\\b"
            + "|\\bskip to (main )?content\\b|\\bfollow us\\b|\\bcookie(s)? (policy|settings)\\b"
            + "|^(summary|tl;?dr)$|\\blisten to (this )?(article|story)\\b");

    private static final int SHORT_LINE_WORDS = 16;
    private static final int NAVIGATION_LINE_WORDS = 6;

    private PageChrome() {
    }

    /** True when {@code line} (trimmed) is a navigation or teaser action on its own. */
    static boolean isNavigation(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}“”‘’…»«›‹→←|•·]+$", "").strip();
        return !lower.isEmpty() && words(lower) <= NAVIGATION_LINE_WORDS && NAVIGATION.matcher(lower).find();
    }

    /** True when {@code line} is short and not a sentence of running text: a label or a headline. */
    static boolean isShortNonSentence(String line) {
        if (words(line) > SHORT_LINE_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '"' && last != '”';
    }

    /**
     * Marks chrome among {@code lines} (each trimmed, non-empty): every navigation line, and every short
     * non-sentence line in a run of consecutive short lines that contains a navigation line.
     */
    static boolean[] mark(List<String> lines) {
        boolean[] chrome = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            if (!isShortNonSentence(lines.get(i)) && !isNavigation(lines.get(i))) {
                i++;
                continue;
            }
            int runEnd = i;
            boolean hasNavigation = false;
            while (runEnd < lines.size()
                    && (isShortNonSentence(lines.get(runEnd)) || isNavigation(lines.get(runEnd)))) {
                hasNavigation |= isNavigation(lines.get(runEnd));
                runEnd++;
            }
            if (hasNavigation) {
                for (int k = i; k < runEnd; k++) {
                    chrome[k] = true;
                }
            }
            i = runEnd;
        }
        return chrome;
    }

    private static int words(String s) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
