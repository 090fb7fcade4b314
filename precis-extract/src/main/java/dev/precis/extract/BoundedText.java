package dev.precis.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The start of an element's text, read by visiting at most a bounded number of nodes: looking for a
 * short byline or date among many (possibly deeply nested) elements must not cost the square of the
 * page size, as calling {@code text()} on every one of them would. Stateless and thread-safe.
 */
final class BoundedText {

    private static final int MAX_NODES = 64;

    private BoundedText() {
    }

    /** Up to {@code maxChars + 1} characters of whitespace-collapsed text (more means "too long"). */
    static String of(Element e, int maxChars) {
        StringBuilder sb = new StringBuilder();
        int[] visited = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (++visited[0] > MAX_NODES || sb.length() > maxChars) {
                    if (sb.length() <= maxChars) {
                        sb.setLength(maxChars + 1);
                    }
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                        sb.append(s.strip());
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return sb.toString().replace('\u0000', ' ');
    }
}
