package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.server.digest.DigestFormats;
import dev.precis.server.web.Pages.StoryPage;
import dev.precis.store.ArticleRef;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.StoryInfo;
import dev.precis.store.StorySummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summary line worded relative to its article's day ("on Tuesday") is shown with the date beside it on the story
 * page and in every read form of the digest, read days later; the JSON keeps the stored text and gives the date.
 */
class RelativeDateDisplayTest {

    private static final String BODY = "The Brannock council voted on Tuesday to rebuild the old stone pier. The ferries return in June.";
    private static final int END = BODY.indexOf(" The ferries");
    private static final String LINE = BODY.substring(0, END);
    private static final int TUESDAY = BODY.indexOf("Tuesday");
    private static final String SHOWN = "The Brannock council voted on Tuesday (14 May) to rebuild the old stone pier.";

    private static final StoryInfo STORY = new StoryInfo(9, "Pier to be rebuilt", List.of(), "2024-05-16", "2024-05-16", 1);
    private static final StorySummary SUMMARY = new StorySummary(9, null, List.of(new StorySummary.Sentence(3, 0, END, LINE, "2024-05-16",
            "wire", null, "Brannock pier to be rebuilt", null, List.of(new StorySummary.RelativeDate(TUESDAY, TUESDAY + 7, "2024-05-14")))));

    @Test
    void theStoryPageShowsTheDate() {
        String page = RenderedPages.render("story.jte", new StoryPage(STORY, List.of(new ArticleRef(3, "Brannock pier to be rebuilt",
                "2024-05-16", "wire", 0)), List.of(), SUMMARY));
        assertThat(page).contains("<li>" + SHOWN + " ");
    }

    @Test
    void everyReadFormOfTheDigestShowsItAndTheJsonKeepsTheStoredText() throws Exception {
        Digest d = new Digest(new DigestWindow(LocalDate.of(2024, 1, 1), null), "2024-05-20T08:00:00Z",
                List.of(new Digest.Entry(STORY, List.of(new ArticleRef(3, "Brannock pier to be rebuilt", "2024-05-16", "wire", 0)), 1, 3.0,
                        SUMMARY)));
        assertThat(DigestFormats.text(d)).contains("   - " + SHOWN + " (");
        assertThat(DigestFormats.markdown(d)).contains("- " + SHOWN + " (");
        assertThat(DigestFormats.html(d, "")).contains("<li>" + SHOWN + " <span");
        JsonNode x = new ObjectMapper().readTree(DigestFormats.json(d)).at("/stories/0/summary/sentences/0");
        assertThat(x.get("text").asText()).isEqualTo(LINE).isEqualTo(BODY.substring(x.get("start").asInt(), x.get("end").asInt()));
        assertThat(x.at("/relativeDates/0/value").asText()).isEqualTo("2024-05-14");
        assertThat(BODY.substring(x.at("/relativeDates/0/start").asInt(), x.at("/relativeDates/0/end").asInt())).isEqualTo("Tuesday");
    }
}
