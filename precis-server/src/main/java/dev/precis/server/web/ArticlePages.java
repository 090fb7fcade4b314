package dev.precis.server.web;

import dev.precis.model.Article;
import dev.precis.model.EntityType;
import dev.precis.model.Quote;
import dev.precis.model.QuoteKind;
import dev.precis.model.Summary;
import dev.precis.model.SummaryLength;
import dev.precis.model.SummarySentence;
import dev.precis.model.TextRange;
import dev.precis.server.MissingSpaces;
import dev.precis.server.ShownQuotes;
import dev.precis.server.ServerContext;
import dev.precis.server.web.Pages.ArticlePage;
import dev.precis.server.web.Pages.EntityLink;
import dev.precis.server.web.Pages.Nav;
import dev.precis.server.web.Pages.QuoteItem;
import dev.precis.store.ArticleView;
import dev.precis.store.EntityCount;
import dev.precis.store.StoryView;
import dev.precis.store.TimelineEvent;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builds the article page's view model from the library. Thread-safe (stateless over a thread-safe context). */
final class ArticlePages {

    private static final int SIDE_LIST = 12;
    private static final int QUOTE_CHARS = 220;

    private final ServerContext context;

    ArticlePages(ServerContext context) {
        this.context = context;
    }

    /** The page for article {@code id}, with its summary of the given length open when {@code open}. */
    ArticlePage build(long id, boolean open, SummaryLength length) throws IOException {
        ArticleView v = context.library().article(id).orElseThrow(() -> WebException.notFound("Article " + id));
        Article a = v.article();
        Summary summarized = open ? context.precis().summarize(a, length) : null;
        // shown with the spaces a source left out put back and half a quotation paired (the ranges below are the stored text's)
        List<String> summary = summarized == null ? null : summarized.texts(a.text()).stream().map(ShownQuotes::shown).toList();
        List<TextRange> summaryRanges = summarized == null ? List.of()
                : summarized.sentences().stream().map(SummarySentence::range).toList();
        List<Nav> nav = new ArrayList<>();
        nav.add(new Nav("library", "In the library", v.inLibrary().previous(), v.inLibrary().next()));
        if (v.source() != null) {
            nav.add(new Nav("source", "In " + v.source(), v.inSource().previous(), v.inSource().next()));
        }
        if (v.story() != null) {
            nav.add(new Nav("story", "In this story", v.inStory().previous(), v.inStory().next()));
        }
        List<TimelineEvent> timeline = List.of();
        if (v.story() != null) {
            timeline = context.library().story(v.story().id()).map(StoryView::timeline).orElse(List.of());
        }
        return new ArticlePage(v.id(), a.title().isBlank() ? "(untitled)" : a.title(), a.byline(), v.source(), a.published(),
                safeUrl(a.url()), ArticleBody.layout(a.text(), a.paragraphs(), v.quotes(), summaryRanges), summary,
                ReaderLength.value(length), ReaderLength.choices(length), nav,
                entities(v, EntityType.PERSON), entities(v, EntityType.ORGANIZATION), entities(v, EntityType.LOCATION),
                quotes(v), v.story(), Moments.of(timeline, v.id(), 160), v.related(), v.textNote(), v.declaredPublished());
    }

    private static List<EntityLink> entities(ArticleView v, EntityType type) {
        return GivenNames.joined(v.entities()).stream().filter(e -> e.type() == type).limit(SIDE_LIST)
                .map(e -> new EntityLink(e.canonical(), entityHref(e.type(), e.canonical()), e.mentions())).toList();
    }

    private static List<QuoteItem> quotes(ArticleView v) {
        String text = v.article().text();
        List<EntityCount> entities = GivenNames.joined(v.entities());
        List<QuoteItem> out = new ArrayList<>();
        for (int i = 0; i < v.quotes().size(); i++) {
            Quote q = v.quotes().get(i);
            if (!q.content().fitsIn(text.length())) {
                continue;
            }
            String href = null;
            // a speaker filed under a given name alone is shown as the person the article names in full
            String speaker = q.speaker() == null ? null : GivenNames.standsFor(q.speaker(), v.entities());
            if (speaker != null) {
                href = entities.stream().filter(e -> e.canonical().equals(speaker)).findFirst()
                        .map(e -> entityHref(e.type(), e.canonical())).orElse(null);
            }
            out.add(new QuoteItem(ArticleBody.anchor(q), speaker == null ? "Unattributed" : speaker, href,
                    shorten(MissingSpaces.mend(q.words(text))), q.kind() == QuoteKind.DIRECT));
        }
        return onceEach(out);
    }

    /** The panel's quotes, each speaker's same words once (a text that repeats a paragraph repeats its quote). */
    static List<QuoteItem> onceEach(List<QuoteItem> quotes) {
        return Pages.firstOfEach(quotes, q -> Arrays.asList(q.speaker(), q.content()));
    }

    /** Long quotes are cut at a word boundary in the side panel; the full text is one click away. */
    static String shorten(String s) {
        if (s.length() <= QUOTE_CHARS) {
            return s;
        }
        int cut = s.lastIndexOf(' ', QUOTE_CHARS);
        return s.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS).strip() + " …";
    }

    /** The reader's address of an entity page: {@code /entities/person/Sergei%20Lavrov}. */
    static String entityHref(EntityType type, String name) {
        return "/entities/" + type.name().toLowerCase(Locale.ROOT) + "/"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Only http(s) addresses become links; anything else (javascript:, data:) is not shown as a link. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
    }
}
