package dev.precis.ingest;

import org.jsoup.Jsoup;

/**
 * When a feed item's own text (its description or content) may stand in for its page: an item whose link
 * cannot be fetched (a dead link, a refused or unreachable host) is stored from the feed's text when that
 * text is a paragraph of at least {@link #MIN_WORDS} words, rather than lost. The ingestion log and the
 * read's summary say that it was. Stateless.
 */
final class FeedText {

    /** A paragraph: fewer words is a teaser ("Read more ..."), not an article text. */
    static final int MIN_WORDS = 25;

    private FeedText() {
    }

    /** Whether the item's text (HTML or plain) holds at least {@link #MIN_WORDS} words. */
    static boolean usable(String content) {
        if (content == null || content.isBlank()) {
            return false;
        }
        String text = content.contains("<") ? Jsoup.parse(content).text() : content;
        return ArticleWords.count(text) >= MIN_WORDS;
    }

    /** The fetch's problem without the link in front, when the message starts with it (the link is named once). */
    static String problem(String link, String message) {
        return message.startsWith(link + ": ") ? message.substring(link.length() + 2) : message;
    }

    /** The article's note ({@code textNote}) for an item stored from the feed's text: the ingestion log's line. */
    static String articleNote(String fetchProblem) {
        return fallbackNote(fetchProblem);
    }

    /** A feed item's page made of its own text, marked as such. */
    static RawDocument fromFeed(FeedParser.Item item, String fetchProblem) {
        return new RawDocument(item.asPage(), true, item.link(), item.title(), item.published(), item.key(), false, null,
                articleNote(fetchProblem));
    }

    /** The ingestion log's line for an item stored from the feed's text. */
    static String fallbackNote(String fetchProblem) {
        return "stored from the feed's own text (the page could not be fetched: " + fetchProblem + ")";
    }
}
