package dev.precis.extract;

import java.util.List;

/**
 * Two days a page sets side by side with nothing between them but spaces ("21. Mai 2025 24. April 2025",
 * {@code <span>May 21, 2025</span><span>April 24, 2025</span>}): a theme's change and publication, printed together
 * for a style sheet to hide one (GeneratePress's and Astra's {@code <time class="updated">} then {@code <time
 * class="entry-date published">}) and read without it when its class words are gone. A publication precedes its
 * change, so the later of the two is the change, whichever comes first. Stateless and thread-safe.
 */
final class SideBySideDates {

    private SideBySideDates() {
    }

    /**
     * True when the {@code i}-th of {@code written} (in text order) has a neighbour set right beside it in
     * {@code s} — on the same line, nothing but spaces between — that is an earlier day: then it is the change.
     */
    static boolean laterOfPair(String s, List<WrittenDates.Found> written, int i) {
        WrittenDates.Found f = written.get(i);
        return i > 0 && beside(s, written.get(i - 1), f) && written.get(i - 1).date().isBefore(f.date())
                || i + 1 < written.size() && beside(s, f, written.get(i + 1)) && written.get(i + 1).date().isBefore(f.date());
    }

    /** True when only spaces (no line break) stand between {@code first}'s end and {@code second}'s start. */
    private static boolean beside(String s, WrittenDates.Found first, WrittenDates.Found second) {
        if (second.start() < first.end()) {
            return false;
        }
        for (int k = first.end(); k < second.start(); k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\u00a0' && c != '\u202f' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
