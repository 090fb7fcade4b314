package dev.precis.store;

import static dev.precis.store.TopicFeatures.features;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSpaceTest {

    /**
     * The library's grouping with short texts read as long ones: these fixtures' features are a handful of invented
     * words, so every pair would be a pair of short texts ({@link StoryParams#shortLength()}, its own test
     * {@code TopicSpaceShortTextsTest}), and the rules tested here are about other signals.
     */
    private static final StoryParams READ_LONG = StoryParams.DEFAULT.with("shortLength", 0);

    private static TopicSpace space() {
        TopicSpace s = new TopicSpace(READ_LONG);
        s.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        return s;
    }

    @Test
    void aMergeChecksSumOfCrossPairsIsTheCrossBlockOfTheWholeMatrixToTheLastBit() {
        TopicSpace s = space();
        s.add(5, features("Veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 900L, 10);
        s.add(6, features("Rovers,Tom Baxter", "striker penalty goal replay"), 950L, 20);
        List<Long> x = List.of(1L, 3L, 6L);
        List<Long> y = List.of(2L, 5L);
        List<Long> both = new ArrayList<>(x);
        both.addAll(y);
        double[][] sim = s.similarities(both);
        double block = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int j = x.size(); j < both.size(); j++) {
                block += sim[i][j];
            }
        }
        assertThat(block).as("some pair across is similar at all").isPositive();
        assertThat(s.crossSum(x, y)).isEqualTo(block);
        assertThat(s.crossSum(List.of(1L), List.of(5L))).isEqualTo(s.similarities(List.of(1L, 5L))[0][1]);
    }

    @Test
    void anArticleJoinsTheStoryItResemblesAndLinksToItsMembers() {
        TopicSpace s = space();
        TopicSpace.Plan p = s.plan(features("veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 900L);
        assertThat(p.storyId()).isEqualTo(10);
        assertThat(p.storyScore()).isGreaterThanOrEqualTo(READ_LONG.threshold());
        assertThat(p.related()).extracting(TopicSpace.Related::articleId).containsExactly(1L);

        TopicSpace.Plan none = s.plan(features("Nobody", "weather sunny tomorrow"), 900L);
        assertThat(none.storyId()).isZero();
        assertThat(none.related()).isEmpty();
    }

    @Test
    void storiesGrowAndNameTheirKeyNamesAsFirstWritten() {
        TopicSpace s = space();
        s.add(5, features("veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 900L, 10);
        assertThat(s.storyOf(5)).isEqualTo(10);
        assertThat(s.keyNames(10, 2)).containsExactly("Ostmark", "Veldoria");
        assertThat(s.keyNames(99, 2)).isEmpty();
        // a lone article can move into the story it resembles, its own story then disappears
        s.add(6, features("Veldoria,Ostmark", "treaty border valletta"), 950L, 60);
        TopicSpace.Plan again = s.replan(6);
        assertThat(again.storyId()).isEqualTo(10);
        s.move(6, 10);
        assertThat(s.storyOf(6)).isEqualTo(10);
        assertThat(s.replan(6).storyId()).isZero();
        assertThat(s.size()).isEqualTo(6);
    }

    @Test
    void aWeakMatchJoinsOnlyWhenNoOtherStoryComesCloseAndTheDatesAgree() {
        ArticleFeatures weak = features("Veldoria,Quellan", "border crossing reopened lorries queue customs");
        ArticleFeatures weather = features("Harbour City", "weather storm rain flood");
        TopicSpace probe = new TopicSpace(READ_LONG.with("clearShare", 1));
        fill(probe, weather);
        TopicSpace.Plan under = probe.plan(weak, 105L);
        double bar = READ_LONG.threshold() * (1 - 0.3 * 5.0 / (probe.size() + 5.0));
        assertThat(under.storyId()).as("below the full bar").isZero();
        assertThat(under.storyScore()).as("the fixture's match is weak, not absent")
                .isBetween(bar * READ_LONG.clearShare(), bar);

        TopicSpace s = new TopicSpace(READ_LONG);
        fill(s, weather);
        assertThat(s.plan(weak, 105L).storyId()).as("no other story comes close: the weak match is taken").isEqualTo(10);
        assertThat(s.plan(weak, null).storyId()).as("an undated article is not held back by its missing date").isEqualTo(10);
        assertThat(s.plan(weak, 100L + 200).storyId()).as("200 days after the story: the weak match is not enough").isZero();

        // the same library with a second story about as close in place of the weather report: the article
        // is torn between the two and keeps the full bar
        TopicSpace torn = new TopicSpace(READ_LONG);
        fill(torn, features("Quellan,Nordby", "ferry timetable winter"));
        TopicSpace.Plan p = torn.plan(weak, 105L);
        assertThat(p.storyScore()).isLessThan(bar);
        assertThat(p.storyId()).isZero();
    }

    @Test
    void aRivalStoryFarAwayInTimeLeavesTheWeakMatchAClearChoiceButAFullMatchJoinsYearsApart() {
        ArticleFeatures weak = features("Veldoria,Quellan", "border crossing reopened lorries queue customs");
        // a rival story on the ferry route, as close as the torn library's above, dated 300 days after the
        // article and its story (day 100)
        ArticleFeatures rival = features("Quellan,Nordby,Ostmark", "ferry timetable winter");
        TopicSpace far = new TopicSpace(READ_LONG);
        fill(far, rival, 400L);
        assertThat(far.plan(weak, 100L).storyId()).as("the rival is far away in time: the weak match is the clear choice").isEqualTo(10);
        TopicSpace timeless = new TopicSpace(READ_LONG.with("timeFloor", 1));
        fill(timeless, rival, 400L);
        assertThat(timeless.plan(weak, 100L).storyId()).as("without the time factor the article is torn, as above").isZero();
        TopicSpace near = new TopicSpace(READ_LONG);
        fill(near, rival, 101L);
        assertThat(near.plan(weak, 100L).storyId()).as("a rival of the same days still counts").isZero();

        // a report that clears the full bar joins its story however far apart in time (two years here), as the
        // two seeds, one issue two years apart, must; with the bar judging the timed score it would not
        ArticleFeatures later = features("Ostmark,Pavel Droz", "border treaty signed");
        TopicSpace s = new TopicSpace(READ_LONG);
        fill(s, features("Harbour City", "weather storm rain flood"));
        TopicSpace.Plan p = s.plan(later, 100L + 730);
        assertThat(p.storyId()).isEqualTo(10);
        TopicSpace barTimed = new TopicSpace(READ_LONG.with("timeBar", 1));
        fill(barTimed, features("Harbour City", "weather storm rain flood"));
        assertThat(barTimed.plan(later, 100L + 730).storyId()).as("the time factor held against the bar").isZero();
        assertThat(barTimed.plan(later, 100L + 2).storyId()).as("two days apart it joins under either rule").isEqualTo(10);
    }

    @Test
    void farInTimeAReportJoinsOnSharedNamesNotOnSharedWordsAlone() {
        // two years after the border-treaty story (day 100): one report names its people and places, the other
        // uses its words about other parties (a running issue's next event); both clear the bar without time
        ArticleFeatures sameNames = features("Veldoria,Ostmark,Pavel Droz", "border treaty signed");
        ArticleFeatures otherNames = features("Brannock,Lisle Harbour", "border treaty signed valletta");
        TopicSpace s = new TopicSpace(READ_LONG);
        fill(s, features("Harbour City", "weather storm rain flood"));
        assertThat(s.plan(sameNames, 100L + 730).storyId()).as("shared names: time does not hold it back").isEqualTo(10);
        assertThat(s.plan(otherNames, 100L + 730).storyId()).as("words alone, two years apart").isZero();
        assertThat(s.plan(otherNames, 100L + 2).storyId()).as("words alone, two days apart").isEqualTo(10);
    }

    @Test
    void aReportThatSharesOnlyARunningIssuesWordsWithABroadStoryStartsItsOwn() {
        // three events of one running issue in one story: its centroid gathers the issue's words (budget,
        // chancellor, Treasury) from every member, while each member has its own event's words
        ArticleFeatures fourth = features("Treasury,Housing Agency", "budget chancellor housing rents");
        ArticleFeatures pension = features("State Pension", "pension pensioners winter payment budget");
        // the full bar alone (the clear-choice join off): this is about the score, not the ambiguity test
        StoryParams fullBar = READ_LONG.with("clearShare", 1);
        // (uncapped: with centroidCap the centroid cannot lift a score above its closest member's at any weight)
        TopicSpace centroidHeavy = runningIssue(fullBar.with("centroidWeight", 0.5).with("centroidCap", 0));
        assertThat(centroidHeavy.plan(fourth, 103L).storyId()).as("a centroid-heavy score takes the issue's fourth event").isEqualTo(10);
        TopicSpace s = runningIssue(fullBar);
        assertThat(s.plan(fourth, 103L).storyId()).as("leaning on the closest member, it starts its own story").isZero();
        // another outlet's report of one member's event still joins, and scores higher than before
        TopicSpace.Plan p = s.plan(pension, 103L);
        assertThat(p.storyId()).isEqualTo(10);
        assertThat(p.storyScore()).isGreaterThan(centroidHeavy.plan(pension, 103L).storyScore());
    }

    /** A story of three events of one running issue, and five unrelated stories. */
    private static TopicSpace runningIssue(StoryParams params) {
        TopicSpace s = new TopicSpace(params);
        s.add(1, features("Treasury,Fuel Duty", "budget chancellor fuel duty motorists pump petrol hauliers"), 100L, 10);
        s.add(2, features("Treasury,State Pension", "budget chancellor pension pensioners winter payment heating"), 101L, 10);
        s.add(3, features("Treasury,Teachers Union", "budget chancellor schools teachers classroom pupils"), 102L, 10);
        s.add(4, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(5, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(6, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        s.add(7, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 50);
        s.add(8, features("Quellan,Nordby", "ferry timetable winter storm"), 100L, 60);
        return s;
    }

    private static void fill(TopicSpace s, ArticleFeatures sixth) {
        fill(s, sixth, 100L);
    }

    /** Five stories of day 100 and {@code sixth}, story 60, on {@code sixthDay}. */
    private static void fill(TopicSpace s, ArticleFeatures sixth, long sixthDay) {
        s.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        s.add(5, features("Saltmere,Tom Baxter", "grain harbour ship cargo"), 100L, 50);
        s.add(6, sixth, sixthDay, 60);
    }

    @Test
    void anArticleThatMatchesTwoStoriesNamesTheOtherForAMerge() {
        TopicSpace s = new TopicSpace(READ_LONG);
        s.add(1, features("Veldoria,Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Harbour City,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Veldoria,Ostmark,Pavel Droz", "border treaty signed valletta"), 200L, 30);
        s.add(4, features("Rovers,Harbour City", "league match goal referee"), 100L, 20);
        s.add(5, features("Saltmere", "harvest grain price farmers drought"), 100L, 50);
        TopicSpace.Plan bridge = s.plan(features("Veldoria,Ostmark,Anna Kessel,Pavel Droz", "border treaty talks signed valletta"), 300L);
        assertThat(bridge.storyId()).isIn(10L, 30L);
        assertThat(bridge.mergeWith()).isEqualTo(bridge.storyId() == 10 ? 30 : 10);
        // an article close to one of the two treaty stories only joins it and names no second story
        TopicSpace.Plan single = s.plan(features("Veldoria,Ostmark,Anna Kessel", "border treaty talks ministers"), 300L);
        assertThat(single.storyId()).isEqualTo(10);
        assertThat(single.mergeWith()).isZero();

        s.add(6, features("Veldoria,Ostmark,Anna Kessel,Pavel Droz", "border treaty talks signed valletta"), 300L, bridge.storyId());
        // the larger story (two articles now) is kept; the other is merged into it and redirects there
        long[] keepDrop = s.mergeOrder(bridge.storyId(), bridge.mergeWith());
        assertThat(keepDrop).containsExactly(bridge.storyId(), bridge.mergeWith());
        assertThat(s.merge(keepDrop[1], keepDrop[0])).containsExactly(bridge.storyId() == 10 ? 3L : 1L);
        assertThat(s.storyOf(1)).isEqualTo(s.storyOf(3)).isEqualTo(s.storyOf(6)).isEqualTo(keepDrop[0]);
        assertThat(s.resolve(keepDrop[1])).isEqualTo(keepDrop[0]);
        assertThat(s.mergeOrder(keepDrop[1], keepDrop[0])).as("already one story").isNull();
        assertThat(s.storyOf(2)).isEqualTo(20);
        // the merged story's centroid holds both: a later treaty article joins it
        assertThat(s.plan(features("Veldoria,Ostmark,Pavel Droz", "treaty signed border"), 400L).storyId()).isEqualTo(keepDrop[0]);
    }

    @Test
    void anArticlesOwnVectorDoesNotChangeWhenItsStoryGrows() {
        // a story of one article shares that article's vectors; a second member must not change the first's
        ArticleFeatures first = features("Veldoria,Ostmark", "border treaty talks valletta ministers");
        ArticleFeatures second = features("Veldoria,Anna Kessel", "border treaty signed ministers ceremony");
        TopicSpace together = new TopicSpace(READ_LONG);
        together.add(1, first, 100L, 10);
        together.add(2, second, 100L, 10);
        TopicSpace apart = new TopicSpace(READ_LONG);
        apart.add(1, first, 100L, 10);
        apart.add(2, second, 100L, 20);
        double withStory = together.plan(first, 100L).related().stream().filter(r -> r.articleId() == 1).findFirst().orElseThrow().score();
        double alone = apart.plan(first, 100L).related().stream().filter(r -> r.articleId() == 1).findFirst().orElseThrow().score();
        assertThat(withStory).isEqualTo(alone);
        assertThat(together.keyNames(10, 3)).contains("Veldoria", "Ostmark", "Anna Kessel");
        assertThat(apart.keyNames(10, 3)).containsExactlyInAnyOrder("Veldoria", "Ostmark");
    }

    @Test
    void recordingAPlannedArticleReusesItsWordIdsAndLeavesTheSpaceAsLookingThemUpWould() {
        // every article planned and then recorded in both spaces; one records the features it planned (and
        // reuses the word ids of the plan, interning the words unknown then), the other an equal copy (which it
        // did not plan, so it looks every word up). Planning has side effects of its own (cached norms), so
        // both plan the same: the ids reused must be the ones looked up, or vectors, plans and names differ
        java.util.Random r = new java.util.Random(16);
        String[] names = {"Veldoria", "veldoria", "Ostmark", "Anna Kessel", "ANNA KESSEL", "Rovers", "Tom Baxter", "Saltmere", "Mars Rover"};
        TopicSpace planned = new TopicSpace(READ_LONG);
        TopicSpace recorded = new TopicSpace(READ_LONG);
        java.util.List<ArticleFeatures> all = new java.util.ArrayList<>();
        for (int id = 1; id <= 120; id++) {
            StringBuilder keys = new StringBuilder(names[r.nextInt(names.length)]);
            for (int k = r.nextInt(3); k > 0; k--) {
                keys.append(',').append(names[r.nextInt(names.length)]);
            }
            StringBuilder terms = new StringBuilder();
            for (int t = 3 + r.nextInt(8); t > 0; t--) {
                terms.append(" w").append(r.nextInt(10 + 2 * id)); // new words keep coming
            }
            ArticleFeatures f = features(keys.toString(), terms.toString().trim());
            all.add(f);
            TopicSpace.Plan p = planned.plan(f, 100L + id);
            assertThat(recorded.plan(f, 100L + id)).isEqualTo(p);
            long story = p.storyId() != 0 ? p.storyId() : 1000 + id;
            planned.add(id, f, 100L + id, story);
            recorded.add(id, new ArticleFeatures(f.terms(), f.keys(), f.meaning()), 100L + id, story);
        }
        assertThat(planned.size()).isEqualTo(120);
        for (int i = 0; i < 30; i++) {
            ArticleFeatures probe = all.get(r.nextInt(all.size()));
            assertThat(planned.plan(probe, 500L)).isEqualTo(recorded.plan(probe, 500L));
        }
        for (long id = 1; id <= 120; id++) {
            assertThat(planned.replan(id)).isEqualTo(recorded.replan(id));
        }
        for (long id = 1; id <= 120; id++) {
            long story = planned.storyOf(id);
            assertThat(recorded.storyOf(id)).isEqualTo(story);
            assertThat(planned.keyNames(story, 6)).isEqualTo(recorded.keyNames(story, 6));
        }
        // a plan of other features in between: the recording falls back to looking its words up
        ArticleFeatures a = features("Saltmere,Nobody New", "harvest grain w1 w2 brandnew");
        ArticleFeatures b = features("Ostmark", "treaty border w3 othernew");
        planned.plan(a, 600L);
        planned.plan(b, 600L);
        recorded.plan(a, 600L);
        recorded.plan(b, 600L);
        planned.add(121, a, 600L, 5000);
        recorded.add(121, a, 600L, 5000);
        planned.add(122, b, 600L, 5001);
        recorded.add(122, b, 600L, 5001);
        assertThat(planned.plan(features("Nobody New", "brandnew othernew"), 700L))
                .isEqualTo(recorded.plan(features("Nobody New", "brandnew othernew"), 700L));
        assertThat(planned.keyNames(5000, 6)).isEqualTo(recorded.keyNames(5000, 6)).contains("Nobody New");
    }
    @Test
    void namesAloneWithoutSharedWordsJoinNoStory() {
        // an outlet's two unrelated reports: the same names (the outlet's own, its columnist's), no shared words
        ArticleFeatures first = features("Courier Media,Dana Holt,Veldoria", "harbour dredging contract awarded tender");
        ArticleFeatures second = features("Courier Media,Dana Holt,Veldoria", "school lunch prices rise parents complain");
        TopicSpace on = space(READ_LONG);
        on.add(5, first, 100L, 50);
        assertThat(on.plan(second, 100L).storyId()).as("no shared content word: no join").isZero();
        // the same names with some of the story's words: the join stands
        ArticleFeatures follow = features("Courier Media,Dana Holt,Veldoria", "dredging contract tender appeal");
        assertThat(on.plan(follow, 101L).storyId()).isEqualTo(50);
    }

    private static TopicSpace space(StoryParams params) {
        TopicSpace s = new TopicSpace(params);
        s.add(1, features("Ostmark,Anna Kessel", "border treaty talks valletta ministers"), 100L, 10);
        s.add(2, features("Rovers,Tom Baxter", "league match goal striker penalty"), 100L, 20);
        s.add(3, features("Mars Rover", "planet dust crater landing probe"), 100L, 30);
        s.add(4, features("Saltmere", "harvest grain price farmers drought"), 100L, 40);
        return s;
    }
}
