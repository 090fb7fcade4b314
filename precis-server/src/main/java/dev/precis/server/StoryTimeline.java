package dev.precis.server;

import dev.precis.nlp.time.NamedYears;
import dev.precis.store.TimelineEvent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of a story's dated events its timeline lists, the same for the reader's pages and the API's
 * {@code /api/stories/{id}}: a reader of either expects one timeline. Every time expression stays in the
 * article's analysis; the timeline is when the story's events happened. Stateless.
 */
public final class StoryTimeline {

    private StoryTimeline() {
    }

    /**
     * {@code events} in their order, less two kinds. A sentence that names the same date twice ("records date back
     * to 1834 ... the fire of 1834"), or a near-duplicate copy of an article (the same headline) repeating it, is
     * listed once: the later event with the same date, sentence and headline is dropped. A year that names a law is
     * no moment ({@link #namesALaw}).
     */
    public static List<TimelineEvent> listed(List<TimelineEvent> events) {
        Set<List<Object>> seen = new HashSet<>();
        return events.stream().filter(e -> !namesALaw(e))
                .filter(e -> seen.add(Arrays.asList(e.value(), e.sentence(), e.articleTitle()))).toList();
    }

    /**
     * Whether the event's year is part of a law's name ("the 1949 Parliament Act"): it dates the law, not what
     * the sentence tells, so the sentence is no moment of that year.
     */
    static boolean namesALaw(TimelineEvent e) {
        String expr = e.expression();
        int at = e.sentence() == null || expr == null ? -1 : e.sentence().indexOf(expr);
        return at >= 0 && NamedYears.inTheNameOfALaw(e.sentence(), at, at + expr.length());
    }
}
