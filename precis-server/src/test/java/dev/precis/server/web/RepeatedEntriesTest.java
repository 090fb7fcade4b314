package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.TextRange;
import dev.precis.server.web.Pages.QuoteItem;
import dev.precis.server.web.Pages.SaidItem;
import dev.precis.store.ArticleRef;
import dev.precis.store.EntityQuote;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader would see twice on a page is listed once; different words, speakers or headlines stay. */
class RepeatedEntriesTest {

    private static EntityQuote said(long article, String headline, int at, String words) {
        Quote q = new Quote(new TextRange(at, at + words.length() + 2), new TextRange(at + 1, at + words.length() + 1),
                QuoteKind.DIRECT, "Anna Berg", null, "said");
        return new EntityQuote(new ArticleRef(article, headline, "2023-04-02", "wire", 0), q, words);
    }

    @Test
    void aNearDuplicateCopyOfAnArticleDoesNotRepeatItsQuotesOnThePersonsPage() {
        List<SaidItem> items = ReaderQueries.said(List.of(
                said(3, "Harbour town votes on its pier", 40, "We have waited two winters"),
                said(8, "Harbour town votes on its pier", 52, "We have waited two winters"),
                said(8, "Harbour town votes on its pier", 90, "The pier is ours again"),
                said(9, "Pier work starts in May", 10, "We have waited two winters")));
        assertThat(items).extracting(SaidItem::href).containsExactly("/articles/3#q-40", "/articles/8#q-90", "/articles/9#q-10");
    }

    @Test
    void aQuoteRepeatedInTheTextIsListedOnceInTheArticlesPanel() {
        List<QuoteItem> items = ArticlePages.onceEach(List.of(
                new QuoteItem("q-10", "Anna Berg", null, "We have waited two winters", true),
                new QuoteItem("q-300", "Anna Berg", null, "We have waited two winters", true),
                new QuoteItem("q-400", "Unattributed", null, "We have waited two winters", true),
                new QuoteItem("q-500", "Anna Berg", null, "The pier is ours again", true)));
        assertThat(items).extracting(QuoteItem::anchor).containsExactly("q-10", "q-400", "q-500");
    }
}
