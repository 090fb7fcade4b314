package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.server.digest.DigestFormats;
import dev.precis.server.web.Pages.Moment;
import dev.precis.server.web.Pages.StoryPage;
import dev.precis.store.ArticleRef;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.StoryInfo;
import dev.precis.store.StorySummary;
import dev.precis.store.TimelineEvent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary or timeline line cut from a quotation that runs over several sentences shows a paired quotation on the
 * story page and in every read form of the digest; the digest's JSON keeps the stored text its range points into.
 */
class HalfQuotationDisplayTest {

    private static final String BODY = "Harbour master Ruth Alder said: \"The pier is safe to use. The repairs start in May.\" "
            + "The council agreed.";
    private static final int END = BODY.indexOf(" The repairs");
    private static final String HALF = BODY.substring(0, END);
    private static final String PAIRED = HALF + "\"";

    private static final StoryInfo STORY = new StoryInfo(9, "Pier reopens", List.of(), "2023-04-02", "2023-04-02", 1);
    private static final StorySummary SUMMARY = new StorySummary(9, null,
            List.of(new StorySummary.Sentence(3, 0, END, HALF, "2023-04-02", "wire", "Ruth Alder", "Pier safe, says harbour master")));

    @Test
    void theStoryPageShowsTheQuotationPaired() {
        Moment may = Moments.of(new TimelineEvent("2023-05", "in May", "The repairs start in May.\"", 3, "Pier safe"), 0, 320);
        String page = RenderedPages.render("story.jte", new StoryPage(STORY, List.of(new ArticleRef(3, "Pier safe", "2023-04-02", "wire", 0)),
                List.of(may), SUMMARY));
        assertThat(page).contains("<li>" + PAIRED + " ").contains(">\"The repairs start ");
        assertThat(may.before() + may.expression() + may.after()).isEqualTo("\"The repairs start in May.\"");
    }

    @Test
    void everyReadFormOfTheDigestShowsItPairedAndTheJsonKeepsTheStoredText() throws Exception {
        Digest d = new Digest(new DigestWindow(LocalDate.of(2023, 1, 1), null), "2023-04-03T08:00:00Z",
                List.of(new Digest.Entry(STORY, List.of(new ArticleRef(3, "Pier safe", "2023-04-02", "wire", 0)), 1, 3.0, SUMMARY)));
        assertThat(DigestFormats.text(d)).contains("   - " + PAIRED + " (");
        assertThat(DigestFormats.markdown(d)).contains("- " + PAIRED + " (");
        assertThat(DigestFormats.html(d, "")).contains("<li>" + PAIRED.replace("\"", "&quot;") + " <span");
        String stored = new ObjectMapper().readTree(DigestFormats.json(d)).at("/stories/0/summary/sentences/0/text").asText();
        assertThat(stored).isEqualTo(HALF).isEqualTo(BODY.substring(0, END));
    }
}
