package dev.precis.server.web;

import dev.precis.nlp.time.NamedYears;
import dev.precis.server.MissingSpaces;
import dev.precis.server.web.Pages.Moment;
import dev.precis.store.TimelineEvent;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a story's timeline events into what the page shows: the date (as {@link WhenLabel} spells it), and
 * a window of the sentence around the time expression (which is highlighted), cut at word boundaries.
 * Stateless.
 */
final class Moments {

    private Moments() {
    }

    /**
     * Moments for {@code events}; the article link is left out for events of {@code currentArticle}. A sentence
     * that names the same date twice ("records date back to 1834 ... the fire of 1834") is one moment, not two
     * identical entries, and neither is a near-duplicate copy of an article (the same headline) repeating the sentence:
     * the later event with the same date, sentence and headline is dropped. A year that names a law is no moment.
     */
    static List<Moment> of(List<TimelineEvent> events, long currentArticle, int maxChars) {
        return Pages.firstOfEach(events, e -> Arrays.asList(e.value(), e.sentence(), e.articleTitle())).stream()
                .filter(e -> !namesALaw(e)).map(e -> of(e, currentArticle, maxChars)).toList();
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

    static Moment of(TimelineEvent e, long currentArticle, int maxChars) {
        String s = e.sentence() == null ? "" : MissingSpaces.mend(e.sentence().strip());
        String expr = e.expression() == null ? "" : MissingSpaces.mend(e.expression());
        int at = expr.isEmpty() ? -1 : s.indexOf(expr);
        String before;
        String after;
        if (at < 0) {
            before = cutEnd(s, maxChars);
            expr = "";
            after = "";
        } else {
            int room = Math.max(0, maxChars - expr.length());
            before = cutStart(s.substring(0, at), room / 2);
            after = cutEnd(s.substring(at + expr.length()), room - before.length());
        }
        return new Moment(WhenLabel.of(e.value()), before, expr, after, e.articleId(), e.articleTitle(), e.articleId() != currentArticle);
    }

    /** The last {@code max} characters or fewer, starting at a word, with a leading ellipsis when cut. */
    static String cutStart(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int from = s.length() - max;
        int space = s.indexOf(' ', from);
        return "… " + s.substring(space < 0 || space >= s.length() - 1 ? from : space + 1);
    }

    /** The first {@code max} characters or fewer, ending at a word, with a trailing ellipsis when cut. */
    static String cutEnd(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int space = s.lastIndexOf(' ', Math.max(0, max));
        return s.substring(0, space <= 0 ? Math.max(0, max) : space) + " …";
    }
}
