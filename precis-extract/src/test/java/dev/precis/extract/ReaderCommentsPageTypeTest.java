package dev.precis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.PageType;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Readers' comments under a story (avatars, reply links, the form to add one) are no sign that the page
 * is a forum thread: {@link PageSignals} leaves the box out of the page-type counts, but only when it
 * follows the story and stands in one place. Pages written for this test.
 */
class ReaderCommentsPageTypeTest {

    private final DensityArticleExtractor extractor = new DensityArticleExtractor(null);

    /** A story of about 1,400 characters with a few links in its text. */
    private static final String STORY = ("<p>The ferry between the two islands will stop running in November, the operator"
            + " said on Monday, after the <a href='/tides'>winter tides</a> damaged the pier at the northern landing and"
            + " engineers found cracks in two of its supports.</p><p>About three hundred people use the crossing every day,"
            + " most of them pupils and nurses who work at the <a href='/hospital'>hospital</a> on the larger island. The"
            + " council has promised a bus and a longer road route until the pier is mended.</p><p>Repairs are expected to"
            + " take until spring. The operator said it would pay for the work itself and ask the <a href='/board'>harbour"
            + " board</a> for help with the cost of a temporary landing stage.</p><p>Parents at the island school said the"
            + " road route would add an hour to each journey, and asked the council to run an early bus so that children"
            + " could still arrive before the first lesson.</p><p>The last time the crossing closed, eleven years ago, a"
            + " fishing boat carried passengers for a month while a storm-damaged ramp was rebuilt.</p><p>Shop owners on"
            + " the smaller island fear that fewer visitors will come over the winter, when trade is already slow and"
            + " several cafes close until Easter.</p><p>A meeting for residents will be held at the village hall next"
            + " Thursday, where the operator and the council will answer questions about the closure.</p>");

    private static String comment(int i) {
        return "<li class='comment' id='li-comment-" + i + "'><div class='comment-author'><img class='avatar' src='/a" + i
                + ".png' alt=''><b class='fn'><a href='/u/" + i + "'>Reader " + i + "</a></b></div><div class='comment-meta'>"
                + "<a href='#c" + i + "'><time datetime='2024-03-06'>6 March</time></a></div><div class='comment-content'>"
                + "<p>I cross twice a day, and the longer road will cost me an hour.</p></div><div class='reply'>"
                + "<a class='comment-reply-link' href='?replytocom=" + i + "'>Reply</a></div></li>";
    }

    private static String comments(int n) {
        StringBuilder b = new StringBuilder("<div id='comments' class='comments-area'><h2>" + n
                + " replies</h2><ol class='comment-list'>");
        for (int i = 0; i < n; i++) {
            b.append(comment(i));
        }
        return b.append("</ol><div id='respond' class='comment-respond'><form class='comment-form'><textarea name='c'>"
                + "</textarea><input name='author'><input name='email'><input name='url'><button class='btn'>Post"
                + "</button></form></div></div>").toString();
    }

    /** Teasers of other stories beside the text, in a plain box (no aside). */
    private static String teasers() {
        StringBuilder b = new StringBuilder("<div class='widgets'>");
        for (int i = 0; i < 8; i++) {
            b.append("<div class='teaser'><a href='/s/").append(i).append("'><img src='/t").append(i)
                    .append(".jpg'></a><h4><a href='/s/").append(i).append("'>Another story from the islands, part ")
                    .append(i).append("</a></h4><span class='when'>March ").append(i + 1).append(", 2024</span></div>");
        }
        return b.append("</div>").toString();
    }

    private static String page(String main) {
        return "<html><head><title>Ferry to stop in November</title></head><body><nav><a href='/'>Home</a>"
                + "<a href='/local'>Local</a></nav><h1>Ferry to stop in November</h1>" + main
                + "<footer><a href='/about'>About us</a></footer></body></html>";
    }

    @Test
    void aStoryWithManyReadersCommentsIsAnArticle() throws Exception {
        String html = page("<div class='entry'>" + STORY + "</div>" + comments(25) + teasers());
        assertThat(extractor.extractPage(html, "https://islands.example/ferry-to-stop-in-november").pageType())
                .isEqualTo(PageType.ARTICLE);
    }

    @Test
    void theReadersCommentsBoxIsLeftOutOfTheCounts() {
        String story = page("<div class='entry'>" + STORY + "</div>");
        PageSignals without = PageSignals.of(Jsoup.parse(story));
        PageSignals with = PageSignals.of(Jsoup.parse(page("<div class='entry'>" + STORY + "</div>" + comments(25))));
        assertThat(with.userMarks).isEqualTo(without.userMarks).isZero();
        assertThat(with.images).isEqualTo(without.images);
        assertThat(with.inputs).isZero();
        assertThat(with.postMarks).isEqualTo(without.postMarks);
        assertThat(with.mainChars).isEqualTo(without.mainChars);
        // the box's own name still counts once as a comment mark
        assertThat(with.commentMarks).isEqualTo(without.commentMarks + 1);
    }

    @Test
    void aBoxBeforeAnyStoryIsTheThreadItself() {
        // a thread whose posts sit in a box named for comments, with no story before it: the posts count
        PageSignals s = PageSignals.of(Jsoup.parse(page(comments(25))));
        assertThat(s.userMarks).isGreaterThanOrEqualTo(25);
        assertThat(s.inputs).isEqualTo(4);
    }

    @Test
    void boxesUnderEachPostOfAThreadCount() {
        // a question and its answers, each with its own box of comments: the page is the thread
        String post = "<div class='post'>" + STORY + "</div>";
        String html = page("<div class='question'>" + post + comments(3) + "</div><div class='answer'>" + post
                + comments(3) + "</div>");
        assertThat(PageSignals.of(Jsoup.parse(html)).userMarks).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aSchemaOrgTypeInsideTheBoxIsStillRead() {
        String box = "<div class='comments'><div itemscope itemtype='https://schema.org/Comment'><p>Fine.</p></div></div>";
        PageSignals s = PageSignals.of(Jsoup.parse(page("<div class='entry'>" + STORY + "</div>" + box)));
        assertThat(s.types).contains("Comment");
        assertThat(s.commentMarks).isEqualTo(1);
    }
}
