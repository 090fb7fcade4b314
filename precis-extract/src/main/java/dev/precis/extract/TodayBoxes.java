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
        String cls = e.className();
        String id = e.id();
        if (!hinted(cls) && !hinted(id)) {
            return false;
        }
        String[] words = ClassSignals.words(cls + " " + id);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (TODAY.contains(w) || i > 0 && ("jour".equals(w) && "du".equals(words[i - 1])
                    || "date".equals(w) && "current".equals(words[i - 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cheap test before the names are split into words (every box above the headline is asked): one pass
     * over the name, a stem tried only where its first letter stands.
     */
    private static boolean hinted(String names) {
        for (int i = 0; i < names.length(); i++) {
            String[] stems = switch (Character.toLowerCase(names.charAt(i))) {
                case 't' -> T;
                case 'h' -> H;
                case 'a' -> A;
                case 'j' -> J;
                case 'o' -> O;
                case 'v' -> V;
                case 'd' -> D;
                case 'c' -> C;
                case 'с' -> CYRILLIC;
                default -> null;
            };
            for (int k = 0; stems != null && k < stems.length; k++) {
                if (names.regionMatches(true, i, stems[k], 0, stems[k].length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] T = {"today"};
    private static final String[] H = {"heute", "hoy", "hoje"};
    private static final String[] A = {"aujourd"};
    private static final String[] J = {"jour"};
    private static final String[] O = {"oggi"};
    private static final String[] V = {"vandaag"};
    private static final String[] D = {"dzisiaj"};
    private static final String[] C = {"current"};
    private static final String[] CYRILLIC = {"сегодня"};
}
