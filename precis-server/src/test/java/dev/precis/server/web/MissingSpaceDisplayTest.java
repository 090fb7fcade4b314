package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.TextRange;
import dev.precis.server.web.Pages.Moment;
import dev.precis.server.web.Pages.Segment;
import dev.precis.store.TimelineEvent;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A space the source left out is shown on the reader's pages, while the text and its offsets stay as stored. */
class MissingSpaceDisplayTest {

    private static final String TEXT = "A spokesman for the Harbour Party,said the pier was dangerous.The vote is on Friday.";

    @Test
    void theBodyEndsASegmentWhereASpaceIsMissingAndKeepsTheTextExact() {
        int summaryEnd = TEXT.indexOf("The vote");
        List<Segment> p = ArticleBody.layout(TEXT, List.of(), List.of(), List.of(new TextRange(0, summaryEnd))).get(0).segments();
        // the text nodes still spell the stored text, so the reader's script maps summary ranges onto them
        assertThat(p.stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(TEXT);
        assertThat(p).filteredOn(Segment::spaceAfter).extracting(Segment::text)
                .containsExactly("A spokesman for the Harbour Party,", "said the pier was dangerous.");
        assertThat(p).filteredOn(s -> s.sentence() == 0).extracting(Segment::text)
                .containsExactly("A spokesman for the Harbour Party,", "said the pier was dangerous.");
        assertThat(p.get(p.size() - 1)).isEqualTo(new Segment("The vote is on Friday.", null, false, -1, false));
    }

    @Test
    void theTemplateShowsTheSpaceOutsideTheText() {
        Segment seg = new Segment("Party,", null, false, -1, true);
        Pages.ArticlePage page = new Pages.ArticlePage(3, "Harbour vote", null, null, null, null,
                List.of(new Pages.Paragraph(0, List.of(seg, new Segment("said.", null, false)))), null, "75-words", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null);
        String html = RenderedPages.render("article.jte", page);
        assertThat(html).contains("Party,<span class=\"space\"></span>said.");
    }

    @Test
    void aTimelineSentenceIsShownWithTheSpace() {
        Moment m = Moments.of(new TimelineEvent("2024-05", "in May", "The Harbour Party,said it would vote in May.", 1, "T"), 0, 200);
        assertThat(m.before()).isEqualTo("The Harbour Party, said it would vote ");
        assertThat(m.expression()).isEqualTo("in May");
    }
}
