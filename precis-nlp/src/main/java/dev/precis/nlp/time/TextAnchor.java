package dev.precis.nlp.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text without a publication date gives itself near its top, for plain text pasted or
 * piped in with no metadata ({@code precis analyze --input}): a line holding only a date, perhaps
 * labelled ("Published: 3 March 2026", "Tue, 3 Mar 2026 14:05", "Updated March 3, 2026"), among the
 * first lines; else the first full date of the lede (the first sentence of the first paragraph)
 * when it names the day of the news ("… said on March 3, 2026", "(March 3, 2026)", "Tuesday,
 * March 3, 2026"), which a report is filed on or a day after. A date without "on", a weekday or
 * brackets ("bonds due March 1, 2031", "the year ending June 30, 2026") is a term, not the day of
 * the news, and a date after the lede is background ("was sent into space on May 26, 1980"):
 * neither is taken. Datelines are {@link Dateline}'s. Stateless.
 */
final class TextAnchor {

    /** How many non-blank lines from the top a date line may be on. */
    private static final int TOP_LINES = 5;
    /** How far the lede is read. */
    private static final int LEDE = 400;
    /** The end of a sentence: a stop, an optional closing quote, space and a capital or an opening quote. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’']?\\s+(?=[\\p{Lu}“\"‘])");

    private static final String WD = "(?:" + TimeLexicon.WEEKDAY
            + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)";
    private static final String M = "(" + TimeLexicon.MONTH + "|Mar|Jun|Jul)";
    private static final String YEAR = "((?:19|20)\\d\\d)(?!\\d)";
    /** A full date: month day year (1-3), day month year (4-6) or ISO (7-9), an optional weekday before. */
    private static final String FULL = "(?:" + WD + ",?[ \\t]+)?(?:" + M + "[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t]+"
            + YEAR + "|(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+" + M + ",?[ \\t]+" + YEAR
            + "|(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d-]))";
    private static final Pattern DATE_LINE = Pattern.compile("[ \\t]*(?:(?:Published|Updated|Last\\s+updated|Posted"
            + "|Filed|Date|Dated|First\\s+published)(?:\\s+on)?[ \\t]*:?[ \\t]*)?" + FULL
            + "(?:,?[ \\t]+(?:at[ \\t]+)?\\d{1,2}[:.]\\d\\d(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]+[A-Z]{2,5}"
            + "|[ \\t]*[+-]\\d\\d:?\\d\\d)?)?[ \\t]*\\r?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_OF_NEWS = Pattern.compile("(?:\\b(?:on|On)[ \\t\\n]+|\\([ \\t]*)" + FULL
            + "|(?<=\\b" + TimeLexicon.WEEKDAY + ",?[ \\t\\n])" + FULL.substring(FULL.indexOf("(?:" + M)));

    private TextAnchor() {
    }

    /** The date the text gives itself near its top, or null. */
    static LocalDate early(String text) {
        int lineStart = 0;
        int seen = 0;
        while (lineStart < text.length() && seen < TOP_LINES) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                seen++;
                Matcher m = DATE_LINE.matcher(text).region(lineStart, lineEnd);
                if (m.matches()) {
                    LocalDate d = date(m, 0);
                    if (d != null) {
                        return d;
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        int ledeEnd = ledeEnd(text);
        Matcher m = DAY_OF_NEWS.matcher(text).region(0, ledeEnd);
        if (m.find()) {
            // the first alternative's groups come first (1-9), the weekday alternative's after them (10-18)
            return date(m, m.group(10) != null || m.group(13) != null || m.group(16) != null ? 9 : 0);
        }
        return null;
    }

    /**
     * The end of the lede: the first sentence of the first paragraph that is more than a headline or a
     * dateline alone (longer than 80 characters or holding a stop), at most {@value #LEDE} characters on.
     */
    private static int ledeEnd(String text) {
        int start = 0;
        while (start < text.length()) {
            int blank = text.indexOf("\n\n", start);
            int end = blank < 0 ? text.length() : blank;
            String paragraph = text.substring(start, end).strip();
            if (paragraph.length() > 80 || paragraph.contains(". ")) {
                int limit = Math.min(end, start + LEDE);
                Matcher stop = SENTENCE_END.matcher(text).region(start, limit);
                return stop.find() ? stop.start() + 1 : limit;
            }
            if (blank < 0) {
                return text.length();
            }
            start = blank + 2;
        }
        return Math.min(text.length(), LEDE);
    }

    private static LocalDate date(Matcher m, int shift) {
        if (m.group(shift + 1) != null) {
            return TimeValues.date(Integer.parseInt(m.group(shift + 3)), TimeLexicon.month(m.group(shift + 1)),
                    Integer.parseInt(m.group(shift + 2)));
        }
        if (m.group(shift + 5) != null) {
            return TimeValues.date(Integer.parseInt(m.group(shift + 6)), TimeLexicon.month(m.group(shift + 5)),
                    Integer.parseInt(m.group(shift + 4)));
        }
        if (m.group(shift + 7) != null) {
            return TimeValues.date(Integer.parseInt(m.group(shift + 7)), Integer.parseInt(m.group(shift + 8)),
                    Integer.parseInt(m.group(shift + 9)));
        }
        return null;
    }
}
