package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * {@link ElementWalk} must list the same elements in the same order as jsoup's {@code getAllElements},
 * {@code getElementsByTag} and tag-name selectors, the root included, and visit every node as jsoup's traversal
 * does, on a made-up page and on random nested markup.
 */
class ElementWalkTest {

    private static void sameAsJsoup(Element root) {
        assertThat(ElementWalk.all(root)).containsExactlyElementsOf(root.getAllElements());
        for (String tag : new String[] {"h1", "p", "div", "meta", "script", "body"}) {
            assertThat(ElementWalk.named(root, tag)).as(tag).containsExactlyElementsOf(root.getElementsByTag(tag));
        }
        assertThat(ElementWalk.named(root, "h2", "h3", "h4")).containsExactlyElementsOf(root.select("h2, h3, h4"));
        assertThat(visits(root, true)).containsExactlyElementsOf(visits(root, false));
    }

    /** Each head and tail call as "head depth node-identity" lines, from {@link ElementWalk#visit} or jsoup's traversal. */
    private static List<String> visits(Element root, boolean ours) {
        List<String> calls = new ArrayList<>();
        NodeVisitor record = new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                calls.add("head " + depth + " " + System.identityHashCode(node) + " " + node.nodeName());
            }

            @Override
            public void tail(Node node, int depth) {
                calls.add("tail " + depth + " " + System.identityHashCode(node) + " " + node.nodeName());
            }
        };
        if (ours) {
            ElementWalk.visit(root, record);
        } else {
            NodeTraversor.traverse(record, root);
        }
        return calls;
    }

    @Test
    void madeUpPageListsAsJsoupDoes() {
        Document doc = Jsoup.parse("<html><head><meta name=a content=1><script>var x = 1;</script></head><body>"
                + "<div><h1>Bridge reopens</h1><p>The old <b>bridge</b> reopens.</p><h3>More</h3>"
                + "<div><h2>Also</h2><p>Text <i>here</i></p><script type=application/ld+json>{}</script></div></div>"
                + "<p>Closing line</p><svg><h2>odd</h2></svg></body></html>");
        sameAsJsoup(doc);
        sameAsJsoup(doc.body());
        assertThat(ElementWalk.named(doc, "p")).extracting(Element::text)
                .containsExactly("The old bridge reopens.", "Text here", "Closing line");
        assertThat(ElementWalk.named(doc.selectFirst("h1"), "h1")).hasSize(1);
    }

    @Test
    void randomNestedMarkupListsAsJsoupDoes() {
        String[] tags = {"div", "p", "h2", "h3", "h4", "span", "h1", "section", "b"};
        Random r = new Random(11);
        for (int n = 0; n < 300; n++) {
            StringBuilder html = new StringBuilder("<body>");
            int open = 0;
            for (int i = 0; i < 200; i++) {
                int pick = r.nextInt(4);
                if (pick == 0 && open > 0) {
                    html.append("</div>");
                    open--;
                } else if (pick == 1) {
                    html.append("<div>");
                    open++;
                } else {
                    String t = tags[r.nextInt(tags.length)];
                    html.append('<').append(t).append(">w").append(i).append(pick == 2 ? "</" + t + ">" : "")
                            .append(i % 7 == 0 ? "<!-- c --><br>" : "");
                }
            }
            sameAsJsoup(Jsoup.parse(html.toString()));
        }
    }
}
