package dev.precis.extract;

import static dev.precis.extract.DateLines.afterProse;
import static dev.precis.extract.VisibleDates.NEAR_AFTER;
import static dev.precis.extract.VisibleDates.NEAR_BEFORE;

import dev.precis.extract.VisibleDates.Candidate;
import dev.precis.extract.VisibleDates.Shown;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The choice between the dates {@link VisibleDates} found: per kind (original, published, modified,
 * unlabelled) the one nearest the headline within that kind's reach, a date above the headline counting
 * at three times its distance and links between it and the headline for none; then the publication
 * date among them, a date before the running text ahead of one after it.
 */
final class DateChoice {

    private DateChoice() {
    }

    /**
     * {@code storyAt}: where the text of the headline's {@code <article>} or {@code <main>} box starts (-1
     * when none): an unlabelled date above it (a masthead's "Mittwoch, 6. Dezember 2023", today's date on
     * the day the page was saved) is no match for a publication labelled inside it. {@code links}: the
     * text of links between a date above the headline and the headline counts for no distance (a long
     * breadcrumb between the article's date box and its headline).
     */
    static Shown choose(List<Candidate> all, int anchor, String s, int storyAt, List<int[]> links, Clock clock) {
        java.util.Map<Candidate, Candidate> moved = new java.util.IdentityHashMap<>();
        Candidate original = null;
        Candidate published = null;
        Candidate modified = null;
        Candidate plain = null;
        Candidate ownPlain = null;
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        for (Candidate seen : all) {
            if (seen.date().getYear() < 1990 || seen.date().isAfter(latest)) {
                continue;
            }
            Candidate c = seen;
            int linked = seen.pos() < anchor ? linked(links, seen.pos(), anchor) : 0;
            if (linked > 0) {
                // (measured as if the links were not there; the date itself is kept as found)
                c = new Candidate(seen.pos() + linked, seen.date(), seen.machine(), seen.kind(), seen.authorBox());
                moved.put(c, seen);
            }
            switch (c.kind()) {
                case ORIGINAL -> original = nearer(original, c, anchor, Integer.MAX_VALUE);
                case PUBLISHED -> published = nearer(published, c, anchor, c.authorBox() ? Integer.MAX_VALUE : 20_000);
                case MODIFIED -> modified = nearer(modified, c, anchor, 20_000);
                default -> {
                    int reach = c.machine() != null ? 4 * NEAR_AFTER : NEAR_AFTER;
                    plain = nearer(plain, c, anchor, reach);
                    if (storyAt > 0 && c.pos() >= storyAt) {
                        ownPlain = nearer(ownPlain, c, anchor, reach);
                    }
                }
            }
        }
        if (plain != null && ownPlain != null && plain.pos() < storyAt && !afterProse(s, anchor, ownPlain.pos())) {
            // the article box's own meta line ("<article><h1>…</h1><time>10.07.2018</time>") outranks an
            // unlabelled date above that box, however close (a masthead's "Donnerstag, 12. Juli 2018", today's
            // date on the day the page was saved, standing right before the article)
            plain = ownPlain;
        }
        original = moved.getOrDefault(original, original);
        published = moved.getOrDefault(published, published);
        modified = moved.getOrDefault(modified, modified);
        plain = moved.getOrDefault(plain, plain);
        // a date on the article's meta line, before its text begins, outranks a labelled one further
        // down (a teaser's "Veröffentlicht am …" in an unmarked list after the article)
        if (plain != null && published != null && storyAt > 0 && plain.pos() < storyAt && published.pos() >= storyAt) {
            plain = null;
        }
        Candidate pub = original != null ? original
                : published != null && !afterProse(s, anchor, published.pos()) ? published
                : plain != null && !afterProse(s, anchor, plain.pos()) ? plain
                : published != null ? published : plain;
        return new Shown(value(pub), value(modified), original != null || published != null
                || pub != null && pub.machine() != null, pub != null && !afterProse(s, anchor, pub.pos()), null, null, null,
                modified != null && !afterProse(s, anchor, modified.pos()));
    }

    /** How many characters of {@code from..to} lie inside links. */
    private static int linked(List<int[]> links, int from, int to) {
        int n = 0;
        for (int[] l : links) {
            if (l[0] >= to) {
                break;
            }
            n += Math.max(0, Math.min(to, l[1]) - Math.max(from, l[0]));
        }
        return n;
    }

    static String value(Candidate c) {
        return c == null ? null : c.machine() != null ? c.machine() : c.date().toString();
    }

    /** The nearer of two candidates to the headline (a date above it counts at three times its distance). */
    private static Candidate nearer(Candidate best, Candidate c, int anchor, int reach) {
        int d = distance(c, anchor);
        if (d > reach || c.pos() < anchor && anchor - c.pos() > Math.max(NEAR_BEFORE, reach / 4)) {
            return best;
        }
        return best == null || d < distance(best, anchor) ? c : best;
    }

    private static int distance(Candidate c, int anchor) {
        return c.pos() >= anchor ? c.pos() - anchor : 3 * (anchor - c.pos());
    }
}
