package dev.precis.server.web;

import dev.precis.server.web.Pages.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a search snippet, whose matches the index marks {@code [[like this]]}, into plain and
 * marked runs so the template can highlight them without treating any of the text as markup. Stateless.
 */
final class Snippets {

    private Snippets() {
    }

    static List<Segment> split(String snippet) {
        List<Segment> out = new ArrayList<>();
        if (snippet == null) {
            return out;
        }
        int pos = 0;
        while (pos < snippet.length()) {
            int open = snippet.indexOf("[[", pos);
            int close = open < 0 ? -1 : snippet.indexOf("]]", open + 2);
            if (open < 0 || close < 0) {
                out.add(new Segment(snippet.substring(pos), null, false));
                break;
            }
            if (open > pos) {
                out.add(new Segment(snippet.substring(pos, open), null, false));
            }
            out.add(new Segment(snippet.substring(open + 2, close), null, true));
            pos = close + 2;
        }
        return out;
    }
}
