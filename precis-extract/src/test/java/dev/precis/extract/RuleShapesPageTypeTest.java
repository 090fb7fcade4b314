package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import org.junit.jupiter.api.Test;

/**
 * Shapes the page-type rules used to refuse although the page is one story — a post addressed by its number in
 * the query, a list the story declares, readers' comments marked up as Comment items — and listing shapes they
 * used to leave to the score (a section's later pages, a category's or tag's archive). Pages written for this test.
 */
class RuleShapesPageTypeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    private static final String POST = "<p>This winter I decided to mend everything that was broken in the house before"
            + " buying anything new, and the list turned out to be longer than I had expected when I started.</p>"
            + "<p>The toaster needed a new fuse. The kitchen chair needed glue, a clamp and a night to set. The coat"
            + " needed three buttons, one of which I found in the lining after a week of looking for it.</p>"
            + "<p>The only thing I could not mend was the radio, which the repair cafe in town fixed in ten minutes"
            + " while I drank a cup of their terrible coffee and watched them take it apart.</p>";

    private static String page(String head, String main) {
        return "<html><head><title>Mending things</title>" + head + "</head><body><header><a href='/'>Home</a>"
                + "<a href='/about'>About</a></header>" + main + "<footer><a href='/privacy'>Privacy</a></footer></body></html>";
    }

    private static String post(String head, String after) {
        return page(head, "<div class='entry'><h1>Mending things</h1><p class='posted'>Posted on January 20, 2024 by"
                + " <a href='/author/ellen' rel='author'>Ellen Marsh</a></p>" + POST + "</div>" + after);
    }

    /** {@code n} teasers, each a linked heading and a line of excerpt: a listing's body. */
    private static String teasers(int n) {
        StringBuilder b = new StringBuilder("<main><h1>Posts</h1>");
        for (int i = 0; i < n; i++) {
            b.append("<article><h2><a href='/post-").append(i).append("'>A post about mending, number ").append(i)
                    .append("</a></h2><p>The first lines of the post, a sentence or two to draw the reader on to the rest"
                    + " of it.</p><a href='/post-").append(i).append("'>Continue reading</a></article>");
        }
        return page("", b.append("</main>").toString());
    }

    private PageType type(String html, String url) throws Exception {
        return extractor.extractPage(html, url).pageType();
    }

    @Test
    void aPostAddressedByItsNumberInTheQueryIsNoHomePage() throws Exception {
        assertThat(type(post("", ""), "https://notes.example/?p=412")).isEqualTo(PageType.ARTICLE);
        assertThat(type(post("", ""), "https://parish.example/index.php?id=4432")).isEqualTo(PageType.ARTICLE);
        // the same root with paging or an archive's parameter is still the site's front
        assertThat(type(teasers(12), "https://notes.example/?paged=2")).isEqualTo(PageType.LISTING);
        assertThat(type(teasers(12), "https://notes.example/?cat=5")).isEqualTo(PageType.LISTING);
        assertThat(AddressShapes.namesOneItem("https://x.example/?lang=en&article_id=88#top")).isTrue();
        assertThat(AddressShapes.namesOneItem("https://x.example/?m=202403")).isFalse();
        assertThat(AddressShapes.namesOneItem("https://x.example/?id=abc")).isFalse();
    }

    @Test
    void aSectionsLaterPagesAndAnArchiveAreListings() throws Exception {
        assertThat(type(teasers(12), "https://courier.example/news/page/3")).isEqualTo(PageType.LISTING);
        assertThat(type(teasers(12), "https://notes.example/category/soups/")).isEqualTo(PageType.LISTING);
        assertThat(type(teasers(12), "https://notes.example/tag/mending")).isEqualTo(PageType.LISTING);
        // a post filed under its category has its own name after the category's
        assertThat(type(post("", ""), "https://notes.example/category/home/mending-things")).isEqualTo(PageType.ARTICLE);
        assertThat(AddressShapes.archivePage(PageFeatures.segments("/category/home/mending-things"))).isFalse();
        assertThat(AddressShapes.withoutPageNumber(PageFeatures.segments("/page/2"))).isEmpty();
        assertThat(AddressShapes.withoutPageNumber(PageFeatures.segments("/2024/page-turners"))).hasSize(2);
    }

    @Test
    void readersCommentsMarkedAsCommentItemsMakeNoThread() throws Exception {
        StringBuilder comments = new StringBuilder("<ol class='comments'>");
        for (int i = 0; i < 5; i++) {
            comments.append("<li itemscope itemtype='https://schema.org/Comment'><img class='avatar' src='/a").append(i)
                    .append(".png' alt=''><span itemprop='author'>Reader ").append(i).append("</span><p itemprop='text'>"
                    + "Lovely to read, I mended my own toaster last week.</p><a href='#r'>Reply</a></li>");
        }
        String url = "https://notes.example/mending-things";
        assertThat(type(post("", comments.append("</ol>").toString()), url)).isEqualTo(PageType.ARTICLE);
        // a thread's posts declared as such still make a thread
        String thread = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@type\":\"DiscussionForumPosting\",\"headline\":\"Mending things\"}</script>";
        assertThat(type(post(thread, ""), url)).isEqualTo(PageType.FORUM);
    }

    @Test
    void aListASignedStoryDeclaresIsPartOfTheStory() throws Exception {
        String list = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\","
                + "\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":1,\"name\":\"Toaster\"}]}</script>";
        String url = "https://notes.example/mending-things";
        String signed = post(list + "<meta property='article:published_time' content='2024-01-20T09:00:00Z'>", "");
        assertThat(type(signed, url)).isEqualTo(PageType.ARTICLE);
        // without a byline and a date the declared list decides, as before
        assertThat(type(page(list, "<div class='entry'><h1>Mending things</h1>" + POST + "</div>"), url))
                .isEqualTo(PageType.LISTING);
    }

    @Test
    void aBlogsHostFilesStoriesUnderProductFolders() throws Exception {
        String html = post("<meta property='og:type' content='article'>", "");
        assertThat(type(html, "https://blog.mapmaker.example/products/maps/mending-things")).isEqualTo(PageType.ARTICLE);
        // the same page on the shop's own host is a product's page, as before
        assertThat(type(html, "https://mapmaker.example/products/maps/mending-things")).isEqualTo(PageType.PRODUCT);
        assertThat(AddressShapes.storyHost("https://news.example.edu/some-story")).isTrue();
        assertThat(AddressShapes.storyHost("https://owen.example.blog/products/x")).isTrue();
        assertThat(AddressShapes.storyHost("https://newsroom-supplies.example/products/x")).isFalse();
        assertThat(AddressShapes.storyHost("https://shop.example/blog.html")).isFalse();
    }
}
