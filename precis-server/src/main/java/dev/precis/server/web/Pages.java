package dev.precis.server.web;

import dev.precis.model.Counts;
import dev.precis.store.ArticleRef;
import dev.precis.store.SearchHit;
import dev.precis.store.SearchQuery;
import dev.precis.store.StoryInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What each reader page shows: immutable view models handed to the JTE templates in
 * {@code src/main/jte}. Templates print every string escaped; nothing here is markup. Thread-safe.
 */
public final class Pages {

    private static final java.util.regex.Pattern BIDI_CONTROLS = java.util.regex.Pattern.compile("[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");

    /**
     * A title as the document's {@code <title>} shows it (tab, bookmark, history): without bidi control
     * characters, which a tab shows as stray marks and which an override in a title (U+202E) would use to
     * reorder " · Precis" after it. In the body, titles stay isolated by markup ({@code dir="auto"}, {@code <bdi>}).
     */
    public static String documentTitle(String title) {
        return title == null ? "" : BIDI_CONTROLS.matcher(title).replaceAll("");
    }

    private Pages() {
    }

    /**
     * {@code items} in order without those whose {@code key} an earlier item had: what a reader would see as the
     * same entry twice (a sentence repeated in a text, a near-duplicate copy of an article) is listed once.
     */
    static <T> List<T> firstOfEach(List<T> items, Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        return items.stream().filter(i -> seen.add(key.apply(i))).toList();
    }

    /**
     * What every page's frame needs.
     *
     * @param signedIn the visitor holds a signed-in session
     * @param csrf the session's CSRF token for the sign-out form, or null without a session
     * @param query the search box's text ("" when none)
     */
    public record Chrome(boolean signedIn, String csrf, String query) {
    }

    /**
     * A run of article text; {@code anchor} is the element id of the quote starting here or null;
     * {@code marked} flags text inside a quote (or a search match); {@code sentence} is the index of
     * the open summary's sentence this text belongs to, or -1; {@code spaceAfter}: the source left out the space
     * that should follow it ("Party,said"), which the page shows without writing it into the text.
     */
    public record Segment(String text, String anchor, boolean marked, int sentence, boolean spaceAfter) {

        public Segment(String text, String anchor, boolean marked) {
            this(text, anchor, marked, -1, false);
        }
    }

    /** A paragraph of the body: where it starts in the article text, and its runs of text. */
    public record Paragraph(int start, List<Segment> segments) {
    }

    /** A link to an entity page with how often the article mentions it. */
    public record EntityLink(String name, String href, int mentions) {
    }

    /**
     * Who said what, linked to its place in the text.
     *
     * @param anchor element id of the quote in the body
     * @param speaker the speaker's name, or "Unattributed"
     * @param speakerHref the speaker's entity page, or null when the speaker is not a known entity
     * @param content what was said
     * @param direct a direct (quoted) statement rather than reported speech
     */
    public record QuoteItem(String anchor, String speaker, String speakerHref, String content, boolean direct) {
    }

    /** Previous and next article within one ordering; {@code key} is "library", "source" or "story". */
    public record Nav(String key, String label, ArticleRef previous, ArticleRef next) {
    }

    /**
     * One entry of the reader's summary length menu.
     *
     * @param value how the address gives it ("75-words", "3-sentences")
     * @param label what the reader sees
     */
    public record LengthChoice(String value, String label) {
    }

    /**
     * The article page.
     *
     * @param id article id
     * @param title headline
     * @param byline author line or null
     * @param source source name or null
     * @param published publication date or null
     * @param originalUrl the article's http(s) address or null
     * @param paragraphs body paragraphs as segments
     * @param summary summary sentences when the summary is open, else null
     * @param length the summary length selected, as the address gives it ("75-words")
     * @param lengthChoices the lengths offered
     * @param navigation previous/next in the library, the source and the story
     * @param people people mentioned
     * @param organizations organizations mentioned
     * @param places places mentioned
     * @param quotes who said what, in document order
     * @param story its story or null
     * @param timeline the story's dated events
     * @param related related articles
     * @param textNote where the text came from when it is not the article's page, or null
     * @param declaredPublished the publication date the article's page declares when a later change was taken as its
     *     {@code published} date (ISO 8601, as stored), or null
     */
    public record ArticlePage(long id, String title, String byline, String source, String published, String originalUrl,
                              List<Paragraph> paragraphs, List<String> summary, String length,
                              List<LengthChoice> lengthChoices, List<Nav> navigation, List<EntityLink> people,
                              List<EntityLink> organizations, List<EntityLink> places, List<QuoteItem> quotes,
                              StoryInfo story, List<Moment> timeline, List<ArticleRef> related, String textNote,
                              String declaredPublished) {

        /** A page whose article declares no publication apart from its date. */
        public ArticlePage(long id, String title, String byline, String source, String published, String originalUrl,
                           List<Paragraph> paragraphs, List<String> summary, String length,
                           List<LengthChoice> lengthChoices, List<Nav> navigation, List<EntityLink> people,
                           List<EntityLink> organizations, List<EntityLink> places, List<QuoteItem> quotes,
                           StoryInfo story, List<Moment> timeline, List<ArticleRef> related, String textNote) {
            this(id, title, byline, source, published, originalUrl, paragraphs, summary, length, lengthChoices, navigation,
                    people, organizations, places, quotes, story, timeline, related, textNote, null);
        }

        public boolean summaryOpen() {
            return summary != null;
        }

        /** The declared first publication as the page says it ("3 May 2024"), or null when there is none. */
        public String firstPublished() {
            return FirstPublished.shown(declaredPublished);
        }
    }

    /**
     * A dated event on a timeline: the sentence around its time expression.
     *
     * @param value the resolved date as the reader shows it ("2024-12-05", "2024-07", "Q4 2004", "2001–2003")
     * @param before sentence text before the expression (possibly cut)
     * @param expression the expression as written (highlighted), or "" when not found in the sentence
     * @param after sentence text after it (possibly cut)
     * @param articleId the article it comes from
     * @param articleTitle that article's headline
     * @param linkArticle show a link to that article (false on the article's own page)
     */
    public record Moment(String value, String before, String expression, String after, long articleId,
                         String articleTitle, boolean linkArticle) {
    }

    /** The home page: latest articles and active stories. */
    public record HomePage(String digest, List<ArticleRef> latest, List<StoryInfo> stories, int offset, int nextOffset) {
    }

    /**
     * The digest page: its window as the title says it ("since 2024-01-01"), its one inline style and its content
     * ({@code DigestFormats.htmlBody}: every text escaped, no script).
     */
    public record DigestPage(String label, String style, String body) {
    }

    /**
     * One line of a story's article list.
     *
     * @param article the first of its copies, in the story's order
     * @param copies how many of the story's articles read as this one (1: no copy)
     */
    public record Listed(ArticleRef article, int copies) {
    }

    /** A story: its articles and timeline. */
    public record StoryPage(StoryInfo story, List<ArticleRef> articles, List<Moment> timeline, dev.precis.store.StorySummary summary) {

        /** The articles as the list shows them, each near-duplicate copy once. */
        public List<Listed> listed() {
            return NearCopies.once(articles);
        }
    }

    /** One thing an entity said, with the article it is in. */
    public record SaidItem(ArticleRef article, String content, String href, boolean direct) {
    }

    /** An entity: the articles about it and what it said, in time order. */
    public record EntityPage(String name, String type, List<ArticleRef> articles, List<SaidItem> said) {
    }

    /** A search hit whose snippet is split into plain and highlighted runs. */
    public record Hit(SearchHit hit, List<Segment> snippet) {
    }

    /**
     * The search form and one page of its results ({@code offset} hits skipped, at most {@code pageSize}
     * shown); {@code error} is a one-line problem with the query, or null.
     */
    public record SearchPage(String q, String from, String to, String source, String entity, boolean searched,
                             int offset, int pageSize, long total, List<Hit> hits, String error) {

        /** "21–40 of 57 articles found", or "3 articles found" when one page holds them all. */
        public String range() {
            String found = Counts.of(total, "article", "articles") + " found";
            if (hits.isEmpty() || (offset == 0 && hits.size() == total)) {
                return found;
            }
            return (offset + 1) + "–" + (offset + hits.size()) + " of " + found;
        }

        /** The link to the page before this one, or null on the first page. */
        public String previous() {
            return offset == 0 ? null : link(Math.max(0, offset - pageSize));
        }

        /** The link to the page after this one, or null on the last page (or the deepest a search may page). */
        public String next() {
            int at = offset + pageSize;
            return at < total && at + pageSize <= SearchQuery.MAX_DEPTH ? link(at) : null;
        }

        private String link(int at) {
            StringBuilder b = new StringBuilder("/search?q=").append(encode(q));
            for (String[] f : new String[][] {{"from", from}, {"to", to}, {"source", source}, {"entity", entity}}) {
                if (!f[1].isEmpty()) {
                    b.append('&').append(f[0]).append('=').append(encode(f[1]));
                }
            }
            return at == 0 ? b.toString() : b.append("&offset=").append(at).toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** The add form (only shown signed in) and the outcome of the last post. */
    public record AddPage(String csrf, String message, Long addedId, String url, String text) {
    }

    /** The sign-in form. */
    public record LoginPage(String csrf, String next, String error) {
    }

    /** An error page. */
    public record ErrorPage(int status, String title, String message) {
    }
}
