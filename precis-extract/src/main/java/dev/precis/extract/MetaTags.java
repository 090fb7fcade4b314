package dev.precis.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} contents by lower-cased property, name, itemprop or http-equiv; first wins. Not thread-safe. */
final class MetaTags {

    private final Map<String, String> values = new HashMap<>();
    private final List<Element> tags;

    MetaTags(Document doc) {
        tags = ElementWalk.named(doc, "meta");
        for (Element m : tags) {
            String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(attr);
                if (!k.isEmpty() && !("itemprop".equals(attr) && otherItem(m))) {
                    values.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v);
                }
            }
        }
    }

    /** The page's {@code <meta>} elements in document order (as when the tags were read). */
    List<Element> tags() {
        return tags;
    }

    /** The content of the first tag (in no fixed order) whose lower-cased key passes {@code test}, or null. */
    String matching(java.util.function.Predicate<String> test) {
        String found = null;
        String foundKey = null;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (test.test(e.getKey()) && (foundKey == null || e.getKey().compareTo(foundKey) < 0)) {
                found = e.getValue();
                foundKey = e.getKey();
            }
        }
        return found;
    }

    /** Below this many characters an item that links elsewhere and holds no h1 is a teaser. */
    private static final int TEASER_CHARS = 600;

    /**
     * True when the microdata property {@code e} belongs to an item that is not the page's article: a
     * comment, or another article's teaser (a sidebar's or a list's card: a link, a short text, no
     * h1), whose date and author are that item's.
     */
    static boolean otherItem(Element e) {
        Element scope = e.closest(Queries.ITEMSCOPE);
        return scope != null && (scope.attr("itemtype").contains("Comment") || teaser(scope));
    }

    /** True when a microdata item with {@code itemscope} is a teaser of another page (see {@link #otherItem}). */
    static boolean teaser(Element scope) {
        return scope.selectFirst(Queries.LINK) != null && scope.getElementsByTag("h1").isEmpty()
                && BoundedText.of(scope, TEASER_CHARS).length() <= TEASER_CHARS;
    }

    String get(String key) {
        return values.get(key.toLowerCase(Locale.ROOT));
    }
}
