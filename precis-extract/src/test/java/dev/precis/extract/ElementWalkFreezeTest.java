package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * While a page is frozen ({@link ElementWalk#freeze}), {@link ElementWalk#all} and {@link ElementWalk#named} must
 * answer exactly as walking the tree does, for the document, its head, its body and any other root; outside the
 * window (closed, another page, another thread's) they walk as before.
 */
class ElementWalkFreezeTest {

    private static final String[][] TAG_SETS = {
        {"h1"}, {"p"}, {"meta"}, {"script"}, {"div"}, {"body"}, {"head"}, {"html"}, {"#root"},
        {"h2", "h3", "h4"}, {"h2", "h3", "h4", "h5", "h6"}, {"nothing"}};

    /** Every list the walk gives for {@code roots}: all elements, then each tag set. */
    private static List<Elements> lists(Element... roots) {
        List<Elements> out = new ArrayList<>();
        for (Element root : roots) {
            out.add(ElementWalk.all(root));
            for (String[] tags : TAG_SETS) {
                out.add(ElementWalk.named(root, tags));
            }
        }
        return out;
    }

    /** The lists while frozen hold the very same elements (identity, order) as those walked before freezing. */
    private static void sameFrozen(Document doc) {
        Element inner = doc.body().children().isEmpty() ? doc.body() : doc.body().child(0);
        Element[] roots = {doc, doc.head(), doc.body(), inner, doc.child(0)};
        List<Elements> walked = lists(roots);
        List<Elements> frozen;
        try (ElementWalk.Frozen f = ElementWalk.freeze(doc)) {
            frozen = lists(roots);
        }
        assertThat(frozen).hasSameSizeAs(walked);
        for (int i = 0; i < walked.size(); i++) {
            List<Element> w = walked.get(i);
            List<Element> z = frozen.get(i);
            assertThat(z).as("list %d", i).hasSameSizeAs(w);
            for (int j = 0; j < w.size(); j++) {
                assertThat(z.get(j)).as("list %d, element %d", i, j).isSameAs(w.get(j));
            }
        }
    }

    @Test
    void madeUpPageListsAsWalking() {
        Document doc = Jsoup.parse("<html><head><title>T</title><meta name=a content=1><script>var x = 1;</script>"
                + "</head><body><div><h1>Bridge reopens</h1><p>The old <b>bridge</b> reopens.</p><h3>More</h3>"
                + "<div><h2>Also</h2><p>Text <i>here</i></p><script type=application/ld+json>{}</script></div></div>"
                + "<p>Closing line</p><svg><h2>odd</h2></svg></body></html><!-- after -->");
        sameFrozen(doc);
        try (ElementWalk.Frozen f = ElementWalk.freeze(doc)) {
            assertThat(ElementWalk.named(doc, "p")).extracting(Element::text)
                    .containsExactly("The old bridge reopens.", "Text here", "Closing line");
            assertThat(ElementWalk.named(doc.head(), "meta", "script")).hasSize(2);
            assertThat(ElementWalk.named(doc.body(), "script")).hasSize(1);
            assertThat(ElementWalk.all(doc.body()).first()).isSameAs(doc.body());
        }
    }

    @Test
    void emptyHeadAndBodyAndAFramesetListAsWalking() {
        sameFrozen(Jsoup.parse(""));
        sameFrozen(Jsoup.parse("<p>only text"));
        sameFrozen(Jsoup.parse("<html><head></head><frameset><frame src=a></frameset></html>"));
        // elements after the body (jsoup moves them in, but a comment or a stray node may stand after it)
        sameFrozen(Jsoup.parse("<body><p>a</p></body><p>after</p></html><div>late</div>"));
    }

    @Test
    void randomNestedMarkupListsAsWalking() {
        String[] tags = {"div", "p", "h2", "h3", "h4", "span", "h1", "section", "b", "meta", "script", "title"};
        Random r = new Random(58);
        for (int n = 0; n < 300; n++) {
            StringBuilder html = new StringBuilder(r.nextBoolean() ? "<head><meta name=x content=y>" : "");
            html.append(r.nextBoolean() ? "<body>" : "");
            int open = 0;
            for (int i = 0; i < 150; i++) {
                int pick = r.nextInt(4);
                if (pick == 0 && open > 0) {
                    html.append("</div>");
                    open--;
                } else if (pick == 1) {
                    html.append("<div>");
                    open++;
                } else {
                    String t = tags[r.nextInt(tags.length)];
                    html.append('<').append(t).append(">w").append(i).append(pick == 2 ? "</" + t + ">" : "");
                }
            }
            sameFrozen(Jsoup.parse(html.toString()));
        }
    }

    @Test
    void closedWindowAnotherPageAndNestingWalkTheTree() {
        Document doc = Jsoup.parse("<body><p>one</p></body>");
        Document other = Jsoup.parse("<body><p>two</p><p>three</p></body>");
        try (ElementWalk.Frozen f = ElementWalk.freeze(doc)) {
            // another page in the window is walked: its own elements
            assertThat(ElementWalk.named(other, "p")).extracting(Element::text).containsExactly("two", "three");
            try (ElementWalk.Frozen again = ElementWalk.freeze(other)) {
                // a second freeze inside the window freezes nothing, and closing it keeps the first
                assertThat(ElementWalk.named(other.body(), "p")).hasSize(2);
            }
            assertThat(ElementWalk.named(doc, "p")).extracting(Element::text).containsExactly("one");
        }
        // after the window the tree may change, and the lists follow it
        doc.body().appendElement("p").text("added");
        assertThat(ElementWalk.named(doc, "p")).extracting(Element::text).containsExactly("one", "added");
        assertThat(ElementWalk.all(doc.body())).hasSize(3);
    }

    @Test
    void aDocumentWithoutHeadOrBodyIsNotFrozenAndGetsNone() {
        Document bare = Parser.xmlParser().parseInput("<root><p>x</p></root>", "");
        int before = bare.childNodeSize();
        try (ElementWalk.Frozen f = ElementWalk.freeze(bare)) {
            assertThat(ElementWalk.named(bare, "p")).hasSize(1);
        }
        assertThat(bare.childNodeSize()).isEqualTo(before);
        assertThat(bare.select("head, body")).isEmpty();
    }

    @Test
    void anotherThreadWalksItsOwnPages() throws Exception {
        Document doc = Jsoup.parse("<body><p>one</p></body>");
        try (ElementWalk.Frozen f = ElementWalk.freeze(doc)) {
            doc.body().appendElement("p"); // (breaking the promise, on purpose: only this thread reads the list)
            int[] seen = {-1};
            Thread t = new Thread(() -> seen[0] = ElementWalk.named(doc, "p").size());
            t.start();
            t.join();
            assertThat(seen[0]).isEqualTo(2);
            assertThat(ElementWalk.named(doc, "p")).hasSize(1);
        }
    }
}
