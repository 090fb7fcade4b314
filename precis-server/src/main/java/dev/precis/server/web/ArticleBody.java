package dev.precis.server.web;

import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import dev.precis.server.MissingSpaces;
import dev.precis.server.web.Pages.Paragraph;
import dev.precis.server.web.Pages.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays an article's text out as paragraphs of plain-text segments, cut wherever a quote or a summary
 * sentence starts or ends. Quotes are marked so the side panel and entity pages can link to them: each
 * quote's first segment carries the anchor id {@code q-N} (N = the quote's start offset in the text).
 * Summary sentences carry their index, and each paragraph knows its start offset, so the reader's
 * script can mark other summaries by their ranges. A segment after which the source left out a space says so,
 * and the page shows one there without adding it to the text. Text stays text: templates print segments escaped.
 * Stateless.
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

    /** Paragraphs with their quotes marked, no summary. */
    static List<Paragraph> layout(String text, List<TextRange> paragraphs, List<Quote> quotes) {
        return layout(text, paragraphs, quotes, List.of());
    }

    /**
     * Paragraphs (the article's paragraph ranges, or the whole text when there are none) as segments,
     * with quotes marked and the given summary sentences flagged by their index in {@code summary}.
     */
    static List<Paragraph> layout(String text, List<TextRange> paragraphs, List<Quote> quotes, List<TextRange> summary) {
        List<TextRange> paras = paragraphs.isEmpty() ? List.of(new TextRange(0, text.length())) : paragraphs;
        List<Mark> marks = marks(text, quotes);
        List<Paragraph> out = new ArrayList<>();
        for (TextRange p : paras) {
            out.add(new Paragraph(p.start(), paragraph(text, p, marks, summary)));
        }
        return out;
    }

    private static List<Mark> marks(String text, List<Quote> quotes) {
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
        return marks;
    }

    private static List<Segment> paragraph(String text, TextRange p, List<Mark> marks, List<TextRange> summary) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(p.start(), p.end()));
        for (Mark m : marks) {
            cut(cuts, p, m.from());
            cut(cuts, p, m.to());
            cut(cuts, p, m.anchorAt());
        }
        for (TextRange s : summary) {
            cut(cuts, p, s.start());
            cut(cuts, p, s.end());
        }
        // a space the source left out ends a segment, shown after it by the page and not written into the text,
        // so the text nodes still spell the paragraph exactly (the reader's script maps ranges onto them)
        for (int i = p.start(); i < p.end(); i++) {
            if (MissingSpaces.after(text, i)) {
                cut(cuts, p, i + 1);
            }
        }
        List<Segment> segs = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
            int from = a;
            int to = b;
            boolean marked = marks.stream().anyMatch(m -> m.from() <= from && to <= m.to());
            String own = null;
            for (Mark m : marks) {
                if (m.anchor() != null && m.anchorAt() == from) {
                    if (marked && own == null && m.from() == from) {
                        own = m.anchor();
                    } else {
                        // a quote starting inside an earlier one: an empty marker carries its anchor
                        segs.add(new Segment("", m.anchor(), false));
                    }
                }
            }
            int sentence = -1;
            for (int i = 0; i < summary.size(); i++) {
                if (summary.get(i).start() <= from && to <= summary.get(i).end()) {
                    sentence = i;
                    break;
                }
            }
            segs.add(new Segment(text.substring(from, to), own, marked, sentence, MissingSpaces.after(text, to - 1)));
        }
        return segs;
    }

    private static void cut(TreeSet<Integer> cuts, TextRange p, int at) {
        if (at > p.start() && at < p.end()) {
            cuts.add(at);
        }
    }
}
