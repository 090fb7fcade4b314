package dev.precis.extract;

import org.jsoup.nodes.Element;

/**
 * What shop, review and teaser cards show beside an article that is no text of it, told by the page's own
 * markup rather than by words: a table of paid links (a shop's product comparison table with its "Check price"
 * cells: {@code rel="sponsored"} is how a page marks a link it is paid for), and text the page itself cuts to
 * one to three lines (CSS {@code line-clamp}: a teaser's excerpt, a customer review's snippet, a card's
 * title), which no article shows of its own paragraphs. Stateless and thread-safe.
 */
final class CardChrome {

    /** A table with at least this many paid links is a shop's comparison table. */
    static final int MIN_PAID_LINKS = 2;
    /** Text clamped to a few lines but longer than this is a collapsed body a "read more" opens, not a preview. */
    static final int MAX_PREVIEW_CHARS = 2_000;
    /** At most this many lines shown makes a preview. */
    private static final char MAX_PREVIEW_LINES = '3';

    private CardChrome() {
    }

    /** True when {@code table} holds at least {@link #MIN_PAID_LINKS} links marked {@code rel="sponsored"}. */
    static boolean paidTable(Element table) {
        int paid = 0;
        for (Element a : table.getElementsByTag("a")) {
            if (paid(a) && ++paid >= MIN_PAID_LINKS) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code a}'s {@code rel} names it a paid link (one of its space-separated tokens is "sponsored"). */
    static boolean paid(Element a) {
        String rel = a.attr("rel");
        return !rel.isEmpty() && hasToken(rel, "sponsored");
    }

    /**
     * True when the page shows {@code e}'s text cut to one to three lines (a class token {@code line-clamp-1} to
     * {@code line-clamp-3}, also behind a breakpoint prefix as {@code md:line-clamp-2}, and none lifting the cut
     * as {@code line-clamp-none}) and the text is short: a preview of text that stands elsewhere.
     */
    static boolean clampedPreview(Element e, int chars) {
        String names = e.className();
        if (chars > MAX_PREVIEW_CHARS || !names.contains("line-clamp-") || names.contains("line-clamp-none")) {
            return false;
        }
        for (int i = names.indexOf("line-clamp-"); i >= 0; i = names.indexOf("line-clamp-", i + 1)) {
            int digit = i + "line-clamp-".length();
            boolean tokenStart = i == 0 || names.charAt(i - 1) == ' ' || names.charAt(i - 1) == ':';
            boolean tokenEnd = digit + 1 == names.length() || digit + 1 < names.length() && names.charAt(digit + 1) == ' ';
            if (tokenStart && tokenEnd && names.charAt(digit) >= '1' && names.charAt(digit) <= MAX_PREVIEW_LINES) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String tokens, String token) {
        for (int i = tokens.indexOf(token); i >= 0; i = tokens.indexOf(token, i + 1)) {
            int end = i + token.length();
            if ((i == 0 || tokens.charAt(i - 1) == ' ') && (end == tokens.length() || tokens.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
