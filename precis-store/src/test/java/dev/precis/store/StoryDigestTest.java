package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Granularity;
import dev.precis.model.Quote;
import dev.precis.model.TextRange;
import dev.precis.model.TimeExpression;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryDigestTest {

    @TempDir
    Path dir;

    private static Library filled(Path dir) throws Exception {
        Library lib = Library.open(LibraryConfig.embedded(dir));
        lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS, "2021-12-06",
                List.of("Anna Kessel", "Pavel Droz"), List.<String[]>of(new String[] {"5 December", "2021-12-05"})), "wire"));
        lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("t2", "Veldoria and Ostmark sign the border treaty", Fixtures.TALKS_LATER, "2024-03-13",
                List.of("Anna Kessel", "Pavel Droz"), List.<String[]>of(new String[] {"12 March", "2024-03-12"})), "courier"));
        lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("f1", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL, "2024-03-10",
                List.of("Tom Baxter", "Lee Quinn"), List.of()), "sport"));
        lib.flush();
        lib.consolidateStories();
        return lib;
    }

    @Test
    void storySummaryQuotesItsArticlesByRangeInTimeOrderWithoutRepeats() throws Exception {
        try (Library lib = filled(dir)) {
            StoryInfo treaty = lib.stories(2, 10).get(0);
            StorySummary s = lib.storySummary(treaty.id(), null, 5).orElseThrow();
            assertThat(s.sentences()).hasSizeBetween(3, 5);
            for (StorySummary.Sentence x : s.sentences()) {
                String body = lib.article(x.articleId()).orElseThrow().article().text();
                assertThat(body.substring(x.start(), x.end())).isEqualTo(x.text());
            }
            assertThat(s.sentences()).extracting(StorySummary.Sentence::published).isSorted();
            assertThat(s.sentences()).extracting(StorySummary.Sentence::text).doesNotHaveDuplicates();
            assertThat(s.sentences().stream().map(StorySummary.Sentence::articleId).distinct().count()).isEqualTo(2);
            StorySummary later = lib.storySummary(treaty.id(), DigestWindow.parse("2024-01-01", Clock.systemUTC()), 5).orElseThrow();
            assertThat(later.sentences()).isNotEmpty().allSatisfy(x -> assertThat(x.published()).isEqualTo("2024-03-13"));
            assertThat(lib.storySummary(treaty.id() + 1000, null, 5)).isEmpty();
        }
    }

    @Test
    void digestRanksTheWindowsStoriesAndSummarisesThem() throws Exception {
        try (Library lib = filled(dir)) {
            Digest all = lib.digest(DigestWindow.parse("2020-01-01", Clock.systemUTC()), 10);
            assertThat(all.stories()).hasSize(2);
            Digest.Entry top = all.stories().get(0);
            assertThat(top.newArticles()).hasSize(2);
            assertThat(top.sources()).isEqualTo(2);
            assertThat(top.summary().sentences()).isNotEmpty();
            Digest recent = lib.digest(DigestWindow.parse("2024-03-11", Clock.systemUTC()), 10);
            assertThat(recent.stories()).singleElement().satisfies(e -> assertThat(e.newArticles())
                    .extracting(ArticleRef::title).containsExactly("Veldoria and Ostmark sign the border treaty"));
            assertThat(lib.digest(DigestWindow.parse("2025-01-01", Clock.systemUTC()), 10).stories()).isEmpty();
            // a duration also takes what was added within it, whatever its date
            assertThat(lib.digest(DigestWindow.parse("24h", Clock.systemUTC()), 1).stories()).hasSize(1);
        }
    }

    @Test
    void windowsParseDurationsAndDatesAndRejectTheRest() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-13T12:00:00Z"), ZoneOffset.UTC);
        assertThat(DigestWindow.parse("24h", clock)).isEqualTo(new DigestWindow(LocalDate.of(2024, 3, 12), Instant.parse("2024-03-12T12:00:00Z")));
        assertThat(DigestWindow.parse("7d", clock).since()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(DigestWindow.parse("2024-01-31", clock)).isEqualTo(new DigestWindow(LocalDate.of(2024, 1, 31), null));
        assertThatThrownBy(() -> DigestWindow.parse("yesterday", clock))
                .hasMessage("since yesterday: expected a duration like 24h or 7d, a date YYYY-MM-DD or a moment like 2024-03-12T07:00:00Z");
        assertThatThrownBy(() -> DigestWindow.parse("2024-03-12T25:00:00Z", clock)).hasMessageContaining("since 2024-03-12T25:00:00Z");
        assertThatThrownBy(() -> DigestWindow.parse("2024-03-12T07:00", clock)).as("a moment needs its offset")
                .hasMessageContaining("a moment like");
    }

    @Test
    void aWindowsAddressReadsBackToTheSameWindow() {
        Clock clock = Clock.fixed(Instant.parse("2024-03-13T12:00:00.750Z"), ZoneOffset.UTC);
        // a duration's address is its start, so a link made now shows the same articles later
        DigestWindow day = DigestWindow.parse("24h", clock);
        assertThat(day.address()).isEqualTo("2024-03-12T12:00:00Z");
        assertThat(DigestWindow.parse(day.address(), clock))
                .isEqualTo(new DigestWindow(LocalDate.of(2024, 3, 12), Instant.parse("2024-03-12T12:00:00Z")));
        assertThat(DigestWindow.parse("2024-03-12T14:00:00+02:00", clock)).isEqualTo(DigestWindow.parse(day.address(), clock));
        DigestWindow date = DigestWindow.parse("2024-01-31", clock);
        assertThat(date.address()).isEqualTo("2024-01-31");
        assertThat(DigestWindow.parse(date.address(), clock)).isEqualTo(date);
    }

    @Test
    void aDurationDigestSummarisesTheStoryOverItsWindowAsTheStorySummaryDoes() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long talks = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                    "2021-12-06", List.of("Anna Kessel", "Pavel Droz"), List.of()), "wire")).articleId();
            lib.flush();
            Thread.sleep(50);
            Instant between = Instant.now();
            Thread.sleep(50);
            long signed = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("t2", "Veldoria and Ostmark sign the border treaty", Fixtures.TALKS_LATER,
                    "2024-03-13", List.of("Anna Kessel", "Pavel Droz"), List.of()), "courier")).articleId();
            lib.flush();
            lib.consolidateStories();
            long story = lib.article(signed).orElseThrow().story().id();
            assertThat(lib.article(talks).orElseThrow().story().id()).isEqualTo(story);
            // both articles are dated long before the window's date: only "added since" brings one in
            DigestWindow window = new DigestWindow(LocalDate.of(2030, 1, 1), between);
            Digest.Entry entry = lib.digest(window, 10).stories().get(0);
            assertThat(entry.newArticles()).extracting(ArticleRef::id).containsExactly(signed);
            assertThat(entry.summary().sentences()).isNotEmpty().allSatisfy(x -> assertThat(x.articleId()).isEqualTo(signed));
            StorySummary api = lib.storySummary(story, window, StorySummaries.MAX_SENTENCES).orElseThrow();
            assertThat(api.sentences()).isEqualTo(entry.summary().sentences());
            assertThat(api.addedSince()).isEqualTo(between.toString());
            assertThat(lib.storySummary(story, new DigestWindow(LocalDate.of(2030, 1, 1), null), 5).orElseThrow().sentences()).isEmpty();
        }
    }

    @Test
    void undatedArticlesArePlacedAtTheMedianWrittenDateAndParamsNameTheirKnobs() {
        assertThat(StoryDates.median(List.of("2013-05-01", "2013-05-03", "2013-05", "P6M", "2013-02-30", "2013-05-09")))
                .isEqualTo(LocalDate.of(2013, 5, 3).toEpochDay());
        assertThat(StoryDates.median(List.of("2013"))).isNull();
        assertThat(StoryDates.day(7L, List.of())).isEqualTo(7L);
        assertThat(StoryParams.DEFAULT.with("threshold", 0.4).threshold()).isEqualTo(0.4);
        assertThatThrownBy(() -> StoryParams.DEFAULT.with("treshold", 0.4)).hasMessageContaining("unknown story parameter treshold");
        StoryParams timed = StoryParams.DEFAULT.with("timeFloor", 0.5).with("timeScale", 10);
        assertThat(timed.timeFactor(100L, 100L, 120L)).isEqualTo(1.0);
        assertThat(timed.timeFactor(130L, 100L, 120L)).isEqualTo(0.5 + 0.5 * 0.5);
        assertThat(timed.timeFactor(null, 100L, 120L)).isEqualTo(1.0);
    }

    @Test
    void anUndatedArticleIsPlacedByTheDatesOfItsLeadAlone() {
        // "BOLOGNA, May 20, 2012 (Reuters) - ... the quake of 6 April 2009 ..." and a body that names only an old date
        TimeExpression dateline = new TimeExpression(new TextRange(9, 21), "2012-05-20", Granularity.DAY);
        TimeExpression history = new TimeExpression(new TextRange(640, 652), "2009-04-06", Granularity.DAY);
        TimeExpression lateDateline = new TimeExpression(new TextRange(StoryDates.LEAD_CHARS, StoryDates.LEAD_CHARS + 12), "2012-05-21", Granularity.DAY);
        assertThat(StoryDates.day(null, List.of(dateline, history))).isEqualTo(LocalDate.of(2012, 5, 20).toEpochDay());
        assertThat(StoryDates.day(null, List.of(history))).as("a date deep in the body is another time, not the article's").isNull();
        assertThat(StoryDates.day(null, List.of(lateDateline))).isNull();
        assertThat(StoryDates.day(LocalDate.of(2013, 1, 2).toEpochDay(), List.of(dateline)))
                .as("a publication date wins").isEqualTo(LocalDate.of(2013, 1, 2).toEpochDay());
    }

    @Test
    void anArticleBridgingTwoStoriesMergesThemAndTheOldIdRedirects() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            AddResult talks = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                    "2021-12-06", List.of("Anna Kessel", "Pavel Droz"), List.of()), "wire"));
            AddResult match = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("f1", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL, "2024-03-10",
                    List.of("Tom Baxter", "Lee Quinn"), List.of()), "sport"));
            assertThat(match.storyId()).isNotEqualTo(talks.storyId());
            // one article that reports both (a digest of the week's news) is evidence that they are one story
            AddResult both = lib.add(Fixtures.summarisedWhole(Fixtures.analyzed("w1", "The week: treaty talks and a football derby",
                    Fixtures.TALKS + "\n\n" + Fixtures.FOOTBALL, "2024-03-11", List.of("Anna Kessel", "Tom Baxter"), List.of()), "weekly"));
            lib.consolidateStories();
            long kept = lib.article(both.articleId()).orElseThrow().story().id();
            long gone = kept == talks.storyId() ? match.storyId() : talks.storyId();
            assertThat(lib.article(talks.articleId()).orElseThrow().story().id()).isEqualTo(kept);
            assertThat(lib.article(match.articleId()).orElseThrow().story().id()).isEqualTo(kept);
            assertThat(lib.story(kept).orElseThrow().info().size()).isEqualTo(3);
            assertThat(lib.story(gone)).isEmpty();
            assertThat(lib.storyRedirect(gone)).contains(kept);
            assertThat(lib.storyRedirect(kept)).isEmpty();
            assertThat(lib.stories(1, 10)).extracting(StoryInfo::id).containsExactly(kept);
            assertThat(lib.check().consistent()).isTrue();
        }
    }

    @Test
    void summarySentencesNameWhoIsQuotedInThem() throws Exception {
        AnalyzedArticle plain = Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS,
                "2021-12-06", List.of("Anna Kessel", "Pavel Droz"), List.of());
        List<Quote> said = plain.quotes().stream()
                .map(q -> new Quote(q.range(), q.content(), q.kind(), "Anna Kessel", null, q.cue())).toList();
        AnalyzedArticle quoted = new AnalyzedArticle(plain.article(), plain.sentences(), plain.entities(), said, plain.times());
        try (Library lib = Library.open(LibraryConfig.embedded(dir))) {
            long story = lib.add(Fixtures.summarisedWhole(quoted, "wire")).storyId();
            StorySummary s = lib.storySummary(story, null, 5).orElseThrow();
            int quoteStart = Fixtures.TALKS.indexOf('"');
            assertThat(s.sentences()).anySatisfy(x -> assertThat(x.start()).isLessThanOrEqualTo(quoteStart));
            for (StorySummary.Sentence x : s.sentences()) {
                boolean holdsQuote = x.start() <= quoteStart && quoteStart < x.end();
                assertThat(x.speaker()).as(x.text()).isEqualTo(holdsQuote ? "Anna Kessel" : null);
            }
            assertThat(s.sentences()).extracting(StorySummary.Sentence::speaker).contains("Anna Kessel");
        }
    }
}
