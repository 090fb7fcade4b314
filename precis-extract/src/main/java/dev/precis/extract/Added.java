package dev.precis.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The elements of one page that body rules keep or add beyond the core rules the page-type decision was
 * fitted on: a box the cleaner keeps only because such a rule says so, a box the locator adds beside the
 * body. The text inside them is the body's but not its core (see {@link BodyExtractor.Body}). Identity
 * based; not thread-safe, one instance per page.
 */
final class Added {

    private final Set<Element> elements;

    Added() {
        this(Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private Added(Set<Element> elements) {
        this.elements = elements;
    }

    /** Marks {@code e}: its text is no part of the core. */
    void add(Element e) {
        elements.add(e);
    }

    /** True when {@code e} itself is marked. */
    boolean contains(Element e) {
        return !elements.isEmpty() && elements.contains(e);
    }

    boolean isEmpty() {
        return elements.isEmpty();
    }

    /** These marks and {@code more}, as a new set ({@code this} when {@code more} is empty). */
    Added with(List<Element> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(elements);
        all.addAll(more);
        return new Added(all);
    }
}
