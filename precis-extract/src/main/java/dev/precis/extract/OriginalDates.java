package dev.precis.extract;

import java.time.LocalDate;

/**
 * The first publication an article's own text names on a short line ("Erstveröffentlichung: 12.07.2017",
 * "Dieser Artikel wurde zuerst veröffentlicht am 12. Juli 2017.", "Première publication le 12 juillet 2017",
 * "Pubblicato per la prima volta il …"), usually closing a republished piece whose structured data carries
 * the later day it went up again. Read in the extracted text (a few kilobytes) rather than the page, so a
 * page that names no first publication costs a handful of substring searches. Also the test for a change the
 * page shows on its structured publication's day ({@link #shownAsChange}). Stateless and thread-safe.
 */
final class OriginalDates {

    /**
     * Stems every wording {@link DateLabels} reads as a first publication contains (case aside at the word's
     * start): the cheap test before any line is read.
     */
    private static final String[] STEMS = {
        "rstveröffentlich", "uerst veröffentlicht", "uerst erschienen", "uerst publiziert", "rstmals veröffentlicht",
        "rstmals erschienen", "rstmals publiziert", "rsprünglich veröffentlicht", "rsprünglich erschienen", "riginally published",
        "riginally posted", "irst published", "irst posted", "remière publication", "remiere publication",
        "nitialement publi", "riginellement publi", "à l'origine", "à l’origine", "pour la première fois", "riginalmente", "or primera vez",
        "riginariamente", "er la prima volta", "rima pubblicazione", "orspronkelijk gepubliceerd", "erder gepubliceerd",
        "erst gepubliceerd", "rschien erstmals", "rschien zuerst", "rschien ursprünglich", "nitialement paru",
        "aru initialement", "arue initialement"};

    private OriginalDates() {
    }

    /**
     * The day a short paragraph of {@code text} (paragraphs separated by blank lines) labels the first
     * publication, when it is before {@code published}'s day; else null. Not a date in running text ("das
     * Buch, dessen Erstveröffentlichung 1957 …"): the paragraph holds at most {@link DateLines#PROSE_LINE}
     * characters.
     */
    static String before(String published, String text, boolean dayFirst) {
        if (published == null || text == null || !mentions(text)) {
            return null;
        }
        LocalDate structured = LocalDate.parse(published.substring(0, 10));
        for (String para : text.split("\n")) {
            if (para.length() > DateLines.PROSE_LINE || !mentions(para)) {
                continue;
            }
            int from = 0;
            for (WrittenDates.Found f : WrittenDates.all(para, dayFirst)) {
                String before = para.substring(Math.max(from, f.start() - DateLines.LABEL_WINDOW), f.start());
                String after = para.substring(f.end(), Math.min(para.length(), f.end() + DateLines.LABEL_WINDOW));
                from = f.end();
                boolean labelled = DateLabels.before(before) == DateLabels.Kind.ORIGINAL
                        // the verb last ("… wurde am 12.07.2017 zuerst veröffentlicht.")
                        || DateLabels.before(before).equals(DateLabels.Kind.NONE)
                                && DateLabels.before(sentence(after)) == DateLabels.Kind.ORIGINAL;
                if (labelled && f.date().getYear() >= 1990 && f.date().isBefore(structured)) {
                    return f.date().toString();
                }
            }
        }
        return null;
    }

    /**
     * True when the page shows the structured publication's day as its change ("Stand: 13.07.2017", "Mis à
     * jour le 13/07/2017") beside a publication it labels a day or more before: that stamp is the change's.
     */
    static boolean shownAsChange(VisibleDates.Shown visible, String published) {
        return visible.labelled() && visible.modified() != null
                && visible.modified().regionMatches(0, published, 0, 10)
                && visible.published().substring(0, 10).compareTo(published.substring(0, 10)) < 0;
    }

    /**
     * True when the page labels a publication on the line before its text two days or more before the structured
     * publication's day (a day apart may be one moment written in two time zones).
     */
    static boolean shownEarlier(VisibleDates.Shown visible, String published) {
        return visible.labelled() && visible.beforeText() && LocalDate.parse(visible.published().substring(0, 10))
                .plusDays(1).isBefore(LocalDate.parse(published.substring(0, 10)));
    }

    /** The text up to the first sentence end. */
    private static String sentence(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '|') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private static boolean mentions(String text) {
        for (String stem : STEMS) {
            if (text.indexOf(stem) >= 0) {
                return true;
            }
        }
        return false;
    }
}
