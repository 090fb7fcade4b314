package dev.precis.server.web;

import dev.precis.server.MissingSpaces;
import dev.precis.server.ShownQuotes;
import dev.precis.server.StoryTimeline;
import dev.precis.server.web.Pages.Moment;
import dev.precis.store.TimelineEvent;
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
     * Moments for the events the story's timeline lists ({@link StoryTimeline#listed}); the article link is left out
     * for events of {@code currentArticle}.
     */
    static List<Moment> of(List<TimelineEvent> events, long currentArticle, int maxChars) {
        return StoryTimeline.listed(events).stream().map(e -> of(e, currentArticle, maxChars)).toList();
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
        // the shown window's quotation paired, as a line cut from a longer quotation reads half of it
        String shown = before + expr + after;
        before = ShownQuotes.opened(before, ShownQuotes.missingOpening(shown));
        after = after + ShownQuotes.missingClosing(shown);
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
