package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Article;
import dev.precis.model.Sentence;
import dev.precis.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StoryParams#leadJoin()}: two reports of one event whose leads name the same facts join, however different the
 * rest of their texts; invented ferry reports of made-up words and places.
 */
class TopicSpaceLeadJoinTest {

    /** The lead both reports of the ferry event open on (each adds words of its own to it). */
    private static final String LEAD = "kelvara ferry capsized quellan strait coastguard rescued passengers lifeboats";

    @Test
    void twoReportsWhoseLeadsShareTheEventsFactsJoinThoughTheirTextsGoOnApart() {
        ArticleFeatures second = report("Kelvara Coastguard,Tom Reed,Harbour Office,Lena Moss,City Hospital", LEAD + " overnight",
                longTail("b", 120));
        TopicSpace off = ferryLibrary(StoryParams.DEFAULT);
        TopicSpace.Plan apart = off.plan(second, 101L);
        assertThat(apart.storyId()).as("no other rule joins it: the texts share only the lead").isZero();
        TopicSpace on = ferryLibrary(StoryParams.DEFAULT.with("leadJoin", 0.4));
        assertThat(on.plan(second, 101L).storyId()).isEqualTo(10);
        // ... and a story far in time, or a report sharing no key name, is not taken by it
        assertThat(on.plan(second, 300L).storyId()).isZero();
        ArticleFeatures noName = report("Nobody Here", LEAD + " overnight", longTail("c", 120));
        assertThat(on.plan(noName, 101L).storyId()).isZero();
    }

    @Test
    void leadsThatShareOnlyADesksStandingWordsDoNotJoin() {
        // another event of the same desk: its lead repeats the desk's words (ferry, passengers) and its name, not the event's
        ArticleFeatures other = report("Kelvara Coastguard,Mira Holt,Town Council,Ostby", "ferry passengers council cuts budget"
                + " subsidy vote", longTail("d", 120));
        TopicSpace on = ferryLibrary(StoryParams.DEFAULT.with("leadJoin", 0.4));
        assertThat(on.plan(other, 101L).storyId()).isZero();
    }

    @Test
    void theLeadIsTheTextsFirstThreeSentencesWithoutTheHeadline() {
        String text = "Ferry capsized near Kelvara. Coastguard rescued passengers. Lifeboats searched the strait. "
                + "Ministers debated harbour budgets later.";
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < 4; i++) {
            int end = text.indexOf('.', start) + 1;
            sentences.add(new Sentence(i, new TextRange(start, end)));
            start = end + 1;
        }
        Article article = Article.of("lead-1", "Harbour budget row", text, List.of());
        ArticleFeatures f = ArticleFeatures.of(AnalyzedArticle.ofSentences(article, sentences), new java.util.BitSet(), true);
        // the library's own features have none while the lead join is off (no work at ingest for it)
        assertThat(ArticleFeatures.of(AnalyzedArticle.ofSentences(article, sentences)).lead()).isEmpty();
        assertThat(f.lead()).containsKeys("ferry", "capsized", "kelvara", "coastguard", "rescued", "lifeboats", "strait")
                .doesNotContainKeys("ministers", "budget", "harbour", "row");
        assertThat(f.terms()).containsKeys("ministers", "budget");
        // features read back from storage have none, and a lead never changes how the other rules read them
        assertThat(new ArticleFeatures(f.terms(), f.keys()).lead()).isEmpty();
        assertThat(f.withMeaning(new float[] {1f}).lead()).isEqualTo(f.lead());
    }

    /** Features of a report: its lead's words (counted in its terms too) and a tail of its own. */
    private static ArticleFeatures report(String keys, String lead, String tail) {
        Map<String, Integer> terms = new HashMap<>();
        Map<String, Integer> leadCounts = new HashMap<>();
        for (String w : lead.split(" ")) {
            terms.merge(w, 1, Integer::sum);
            leadCounts.merge(w, 1, Integer::sum);
        }
        for (String w : tail.split(" ")) {
            terms.merge(w, 1, Integer::sum);
        }
        Map<String, Integer> k = new HashMap<>();
        for (String s : keys.split(",")) {
            k.merge(s, 1, Integer::sum);
        }
        return new ArticleFeatures(terms, k, null, leadCounts);
    }

    /** {@code n} made-up words of their own ({@code prefix}1, …), each written once. */
    private static String longTail(String prefix, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : " ").append("zq").append(prefix).append(i);
        }
        return s.toString();
    }

    /** The first ferry report (story 10, day 100) among five unrelated stories. */
    private static TopicSpace ferryLibrary(StoryParams params) {
        TopicSpace s = new TopicSpace(params);
        s.add(1, report("Kelvara Coastguard,Quellan,Brenmoor Port,Anna Vos,Ferry Line", LEAD + " storm", longTail("a", 120)), 100L, 10);
        s.add(3, report("Rovers,Harbour City", "league match goal striker penalty", longTail("e", 10)), 100L, 20);
        s.add(4, report("Mars Rover", "planet dust crater landing probe", longTail("f", 10)), 100L, 30);
        s.add(5, report("Saltmere", "harvest grain price farmers drought", longTail("g", 10)), 100L, 40);
        s.add(6, report("Veldoria,Ostmark", "border treaty talks ministers", longTail("h", 10)), 100L, 50);
        s.add(7, report("Nordby", "ferry fares timetable winter", longTail("i", 10)), 100L, 60);
        return s;
    }
}
