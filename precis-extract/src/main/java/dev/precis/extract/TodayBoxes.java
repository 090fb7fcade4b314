package dev.precis.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A box whose class or id names today's date ({@code <div class="heute">}, {@code date-du-jour},
 * {@code current-date}, {@code todays-date}): a site's date of the day, shown on every page on the day it was
 * rendered or saved, never an article's publication, wherever it stands (a top bar inside the main column,
 * right above the headline). Stateless.
 */
final class TodayBoxes {

    private TodayBoxes() {
    }

    private static final Set<String> TODAY = Set.of("today", "todays", "heute", "aujourdhui", "aujourd", "hoy", "oggi",
            "vandaag", "dzisiaj", "hoje", "сегодня");

    /** True when {@code e}'s class or id names today: a word of {@link #TODAY}, "date du jour", "current date". */
    static boolean named(Element e) {
        String names = e.className() + " " + e.id();
        if (!hinted(names.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String[] words = ClassSignals.words(names);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (TODAY.contains(w) || i > 0 && ("jour".equals(w) && "du".equals(words[i - 1])
                    || "date".equals(w) && "current".equals(words[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    /** The cheap test before the names are split into words (every box of the page is asked). */
    private static boolean hinted(String names) {
        for (String stem : STEMS) {
            if (names.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] STEMS = {"today", "heute", "aujourd", "jour", "hoy", "oggi", "vandaag", "dzisiaj", "hoje",
        "сегодня", "current"};
}
