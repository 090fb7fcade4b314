package dev.precis.server.web;

import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import dev.precis.server.web.Pages.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays an article's text out as paragraphs of plain-text segments, marking the quotes so the side
 * panel and entity pages can link to them: each quote's first segment carries the anchor id
 * {@code q-N} (N = the quote's start offset in the text). Text stays text: templates print segments escaped. Stateless.
 */
final class ArticleBody {

    private ArticleBody() {
    }

    /** The element id of a quote in the body: its start offset, stable across pages and API. */
    static String anchor(Quote quote) {
        return "q-" + quote.range().start();
    }

    /** Where a quote is anchored and which part of it is highlighted (overlaps are highlighted once). */
    private record Mark(String anchor, int anchorAt, int from, int to) {
    }

    /** Paragraphs (the article's paragraph ranges, or the whole text when there are none) as segments. */
    static List<List<Segment>> layout(String text, List<TextRange> paragraphs, List<Quote> quotes) {
        List<TextRange> paras = paragraphs.isEmpty() ? List.of(new TextRange(0, text.length())) : paragraphs;
        List<Mark> marks = new ArrayList<>();
        for (Quote q : quotes) {
            TextRange r = q.range();
            if (r.fitsIn(text.length())) {
                marks.add(new Mark(anchor(q), r.start(), r.start(), r.end()));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::anchorAt));
        int covered = 0;
        int lastStart = -1;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            // two quotes starting at the same offset share one anchor (ids stay unique)
            String a = m.anchorAt() == lastStart ? null : m.anchor();
            marks.set(i, new Mark(a, m.anchorAt(), Math.max(m.from(), covered), m.to()));
            covered = Math.max(covered, m.to());
            lastStart = m.anchorAt();
        }
        List<List<Segment>> out = new ArrayList<>();
        for (TextRange p : paras) {
            out.add(paragraph(text, p, marks));
        }
        return out;
    }

    private static List<Segment> paragraph(String text, TextRange p, List<Mark> marks) {
        List<Segment> segs = new ArrayList<>();
        int pos = p.start();
        for (Mark m : marks) {
            boolean anchorHere = m.anchor() != null && m.anchorAt() >= p.start() && m.anchorAt() < p.end();
            int s = Math.max(Math.max(m.from(), p.start()), pos);
            int e = Math.min(m.to(), p.end());
            if (anchorHere && (m.anchorAt() < s || s >= e)) {
                // a quote overlapping an earlier one: an empty marker where it starts carries its anchor
                int at = Math.max(pos, m.anchorAt());
                add(segs, text, pos, at);
                segs.add(new Segment("", m.anchor(), false));
                pos = at;
                anchorHere = false;
            }
            if (s < e) {
                add(segs, text, pos, s);
                segs.add(new Segment(text.substring(s, e), anchorHere ? m.anchor() : null, true));
                pos = e;
            }
        }
        add(segs, text, pos, p.end());
        return segs;
    }

    private static void add(List<Segment> segs, String text, int from, int to) {
        if (to > from) {
            segs.add(new Segment(text.substring(from, to), null, false));
        }
    }
}
