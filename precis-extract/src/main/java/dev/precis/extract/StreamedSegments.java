package dev.precis.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts the segments a streaming server renderer sends late back where they belong. React 18's
 * streaming renderer writes a placeholder ({@code <template id="B:0">} followed by a fallback such as
 * "Loading…") where a part of the page will go, and sends that part later in a hidden box
 * ({@code <div hidden id="S:0">}) with a script that swaps it in; readers see the part, never the
 * box. As scripts never run here, the swap is done by hand: the segment's children replace the
 * fallback after the placeholder (up to React's closing {@code <!--/$-->} comment, or, when a saved
 * page lost its comments, one short element), and the hidden box goes. A segment without its
 * placeholder stays hidden. A part streamed inside another part waits at a plain {@code <template
 * id="P:…">} of the same number, with no fallback. Stateless and thread-safe.
 */
final class StreamedSegments {

    /** A fallback element longer than this is not taken for a "Loading…" placeholder's. */
    private static final int MAX_FALLBACK_CHARS = 80;

    private StreamedSegments() {
    }

    /** Moves the streamed segments of {@code doc} into place; {@code html} is its markup, to skip pages without any. */
    static void place(Document doc, String html) {
        if (!html.contains(" id=\"S:")) {
            return;
        }
        List<Element> segments = new ArrayList<>();
        for (Element e : doc.select(Queries.STREAMED_SEGMENTS)) {
            segments.add(e);
        }
        for (Element segment : segments) {
            String n = segment.id().substring(2);
            Element placeholder = doc.getElementById("B:" + n);
            boolean boundary = placeholder != null;
            if (!boundary) {
                // a part inside another part waits at a plain placeholder, with no fallback
                placeholder = doc.getElementById("P:" + n);
            }
            if (placeholder == null || !"template".equals(placeholder.normalName())) {
                continue;
            }
            if (boundary) {
                removeFallback(placeholder);
            }
            List<Node> children = new ArrayList<>(segment.childNodes());
            for (Node child : children) {
                placeholder.before(child);
            }
            placeholder.remove();
            segment.remove();
        }
    }

    private static void removeFallback(Element placeholder) {
        List<Node> fallback = new ArrayList<>();
        for (Node n = placeholder.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof Comment c && c.getData().startsWith("/$")) {
                fallback.forEach(Node::remove);
                return;
            }
            fallback.add(n);
        }
        // no closing comment (a saved page lost its comments): one short element right after the
        // placeholder is the fallback
        Node next = placeholder.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        if (next instanceof Element e && e.text().length() <= MAX_FALLBACK_CHARS && e.getElementsByTag("p").isEmpty()) {
            e.remove();
        }
    }
}
