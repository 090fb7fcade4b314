package dev.precis.extract;

import java.util.Arrays;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * The elements of a subtree in document order, the root first, as jsoup's {@code getAllElements},
 * {@code getElementsByTag} and a selector of bare tag names list them, found by one walk down the
 * child lists. jsoup 1.21 collects through a node iterator and a stream that asks each node for its
 * next sibling through its parent: over the AEB pages one such pass cost 23.5 ms against 15.2 ms this
 * way (ext36), and an extraction walks the whole page about a dozen times.
 *
 * <p>While a page is only read (its metadata and its signals, before the body's cleaners remove anything), {@link
 * #freeze} lists its elements once and the lists of the whole page, of its {@code <head>} and of its {@code <body>}
 * are then read from that one list instead of walking the tree again (speed58: about ten walks of the whole page per
 * extraction). The answers are the same: the walk lists a subtree's elements in document order, the root first, so
 * in the page's list they stand together, from the root's place to the place after its last descendant; the lists of
 * a tag are that stretch with the other tags left out. That holds as long as the tree does not change, which {@link
 * Frozen} promises for its thread until it is closed; a root that is none of the three (another element, another
 * document's) is walked as before. Stateless but for the thread's frozen page.
 */
final class ElementWalk {

    /** The page whose elements this thread lists from one walk (see {@link #freeze}), or null. */
    private static final ThreadLocal<Frozen> FROZEN = new ThreadLocal<>();

    private ElementWalk() {
    }

    /**
     * Lists {@code doc}'s elements once for this thread; until the returned page is closed, {@link #all} and {@link
     * #named} answer for the document, its head and its body from that list. The caller promises not to change the
     * tree (no element added, removed or moved) before closing it. One page per thread: a page frozen inside another
     * one's window is read by walking.
     */
    static Frozen freeze(Document doc) {
        // (the head and the body as Document.head() and body() find them, without adding one that is missing: a
        // page without them, which jsoup's parser never makes, is walked as before)
        Element html = child(doc, "html", "html");
        Element head = html == null ? null : child(html, "head", "head");
        Element body = html == null ? null : child(html, "body", "frameset");
        if (FROZEN.get() != null || head == null || body == null) {
            return new Frozen(null, null, null);
        }
        Frozen f = new Frozen(doc, head, body);
        FROZEN.set(f);
        return f;
    }

    /** The first child element of {@code parent} named {@code a} or {@code b}, or null. */
    private static Element child(Element parent, String a, String b) {
        for (Element e = parent.firstElementChild(); e != null; e = e.nextElementSibling()) {
            if (e.nameIs(a) || e.nameIs(b)) {
                return e;
            }
        }
        return null;
    }

    /** Every element under {@code root}, {@code root} included. */
    static Elements all(Element root) {
        return collect(root, null);
    }

    /** The elements under {@code root}, {@code root} included, whose (lower-case) tag is one of {@code tags}. */
    static Elements named(Element root, String... tags) {
        return collect(root, tags);
    }

    private static Elements collect(Element root, String[] tags) {
        Frozen frozen = FROZEN.get();
        Elements listed = frozen == null ? null : frozen.list(root, tags);
        if (listed != null) {
            return listed;
        }
        Elements out = new Elements();
        if (tags == null || hasTag(root, tags)) {
            out.add(root);
        }
        // an explicit stack of (element, next child): pages nest thousands deep (MarkupDepth)
        Element[] path = new Element[32];
        int[] next = new int[32];
        int depth = 0;
        path[0] = root;
        while (depth >= 0) {
            Element parent = path[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            if (child instanceof Element e) {
                if (tags == null || hasTag(e, tags)) {
                    out.add(e);
                }
                if (e.childNodeSize() > 0) {
                    if (++depth == path.length) {
                        path = Arrays.copyOf(path, 2 * depth);
                        next = Arrays.copyOf(next, 2 * depth);
                    }
                    path[depth] = e;
                    next[depth] = 0;
                }
            }
        }
        return out;
    }

    private static boolean hasTag(Element e, String[] tags) {
        return hasName(e.normalName(), tags);
    }

    private static boolean hasName(String name, String[] tags) {
        for (String t : tags) {
            if (t.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page's elements in document order, listed once (the walk of {@link #collect} over the document), with each
     * element's tag and where the head's and the body's stretches of the list end. Closing it ends the window.
     */
    static final class Frozen implements AutoCloseable {

        private final Document doc;
        private final Element head;
        private final Element body;
        private final Element[] elements;
        private final String[] names;
        private int headFrom = -1;
        private int headTo = -1;
        private int bodyFrom = -1;
        private int bodyTo = -1;

        private Frozen(Document doc, Element head, Element body) {
            this.doc = doc;
            this.head = head;
            this.body = body;
            Elements all = doc == null ? new Elements() : collect(doc, null);
            elements = all.toArray(new Element[0]);
            names = new String[elements.length];
            for (int i = 0; i < elements.length; i++) {
                Element e = elements[i];
                names[i] = e.normalName();
                if (e == head) {
                    headFrom = i;
                } else if (e == body) {
                    bodyFrom = i;
                }
            }
            headTo = headFrom < 0 ? -1 : end(headFrom);
            bodyTo = bodyFrom < 0 ? -1 : end(bodyFrom);
        }

        /**
         * The place after the last descendant of the element at {@code from}: the place of the first element the
         * walk lists after them, the root's next element sibling or else the nearest ancestor's (the end when none).
         */
        private int end(int from) {
            Element next = null;
            for (Element e = elements[from]; next == null && e != null; e = e.parent()) {
                next = e.nextElementSibling();
            }
            int i = from + 1;
            while (i < elements.length && elements[i] != next) {
                i++;
            }
            return i;
        }

        /** The walk's answer for {@code root} from the list, or null when {@code root} is not listed here. */
        private Elements list(Element root, String[] tags) {
            int from;
            int to;
            if (doc == null) {
                return null;
            } else if (root == doc) {
                from = 0;
                to = elements.length;
            } else if (root == body && bodyFrom >= 0) {
                from = bodyFrom;
                to = bodyTo;
            } else if (root == head && headFrom >= 0) {
                from = headFrom;
                to = headTo;
            } else {
                return null;
            }
            Elements out = new Elements(tags == null ? to - from : 16);
            for (int i = from; i < to; i++) {
                if (tags == null || hasName(names[i], tags)) {
                    out.add(elements[i]);
                }
            }
            return out;
        }

        @Override
        public void close() {
            if (doc != null && FROZEN.get() == this) {
                FROZEN.remove();
            }
        }
    }
}
