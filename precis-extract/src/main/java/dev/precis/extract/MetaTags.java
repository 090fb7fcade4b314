package dev.precis.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} contents by lower-cased property, name, itemprop or http-equiv; first wins. Not thread-safe. */
final class MetaTags {

    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element m : doc.getElementsByTag("meta")) {
            String v = m.attr("content").strip();
            if (v.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String k = m.attr(attr);
                if (!k.isEmpty()) {
                    values.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v);
                }
            }
        }
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

    String get(String key) {
        return values.get(key.toLowerCase(Locale.ROOT));
    }
}
