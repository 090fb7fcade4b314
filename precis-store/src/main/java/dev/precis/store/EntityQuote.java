package dev.precis.store;

import dev.precis.model.Quote;

/**
 * A quote attributed to an entity, with the article it appeared in. Immutable.
 *
 * @param article the article
 * @param quote the quote; its ranges index that article's text
 * @param content the quoted or reported words
 */
public record EntityQuote(ArticleRef article, Quote quote, String content) {
}
