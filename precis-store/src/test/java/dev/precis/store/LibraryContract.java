package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour, run against every database the library supports. */
abstract class LibraryContract {

    @TempDir
    Path dir;

    /** A fresh, empty library configuration. */
    abstract LibraryConfig config(Path dataDir) throws Exception;

    static LibraryEntry entry(AnalyzedArticle a, String source) {
        Summary summary = new Summary(a.article().id(), List.of(new SummarySentence(0, a.sentences().get(0).range(), 1.0)));
        return new LibraryEntry(a, summary, source, source + "/" + a.article().id());
    }

    private static AnalyzedArticle talks() {
        return Fixtures.analyzed("t1", "Veldoria and Ostmark open border treaty talks in Valletta", Fixtures.TALKS, "2021-12-06",
                List.of("Anna Kessel", "Pavel Droz"), List.<String[]>of(new String[] {"5 December", "2021-12-05"}));
    }

    private static AnalyzedArticle later() {
        return Fixtures.analyzed("t2", "Veldoria and Ostmark sign the border treaty", Fixtures.TALKS_LATER, "2024-03-13",
                List.of("Anna Kessel", "Pavel Droz"), List.<String[]>of(new String[] {"12 March", "2024-03-12"}));
    }

    private static AnalyzedArticle football() {
        return Fixtures.analyzed("f1", "Rovers go top after beating Harbour City", Fixtures.FOOTBALL, "2024-03-10",
                List.of("Tom Baxter", "Lee Quinn"), List.of());
    }

    @Test
    void storesAnArticleWithItsAnnotationsAsRanges() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            AddResult r = lib.add(entry(talks(), "wire"));
            assertThat(r.status()).isEqualTo(AddResult.Status.ADDED);
            ArticleView v = lib.article(r.articleId()).orElseThrow();
            assertThat(v.article().text()).isEqualTo(Fixtures.TALKS);
            assertThat(v.article().paragraphs()).hasSize(3);
            assertThat(v.source()).isEqualTo("wire");
            assertThat(v.summary()).containsExactly(talks().sentences().get(0).text(Fixtures.TALKS));
            assertThat(v.entities()).extracting(EntityCount::canonical).containsExactlyInAnyOrder("Anna Kessel", "Pavel Droz");
            assertThat(v.quotes()).singleElement().satisfies(q -> assertThat(q.content().slice(Fixtures.TALKS)).isEqualTo("a first step"));
            assertThat(v.times()).singleElement().satisfies(t -> assertThat(t.range().slice(Fixtures.TALKS)).isEqualTo("5 December"));
            assertThat(lib.article(r.articleId() + 1000)).isEmpty();
        }
    }

    @Test
    void anArticlesNoteOnWhereItsTextCameFromIsKept() throws Exception {
        String note = "stored from the feed's own text (the page could not be fetched: HTTP status 404)";
        long noted;
        long plain;
        LibraryConfig cfg = config(dir); // once: the PostgreSQL variant gives each call a new schema
        try (Library lib = Library.open(cfg)) {
            noted = lib.add(entry(talks(), "wire").withTextNote(note)).articleId();
            plain = lib.add(entry(football(), "sport")).articleId();
            assertThat(lib.article(noted).orElseThrow().textNote()).isEqualTo(note);
        }
        try (Library lib = Library.open(cfg)) {
            assertThat(lib.article(noted).orElseThrow().textNote()).isEqualTo(note);
            assertThat(lib.article(plain).orElseThrow().textNote()).isNull();
        }
    }

    @Test
    void replacingAnArticlesTextRewritesWhatDerivesFromItAndPlansItsStoryAgain() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            AddResult a = lib.add(entry(talks(), "wire"));
            long f = lib.add(entry(football(), "sport")).articleId();
            long teaser = lib.add(entry(Fixtures.analyzed("x", "Treaty news", "A short teaser about a signing ceremony somewhere.",
                    null, List.of(), List.of()), "paper").withTextNote("stored from the feed's own text")).articleId();
            assertThat(lib.replaceText(teaser, entry(later(), "paper"))).isEqualTo(new AddResult(AddResult.Status.REFRESHED, teaser, a.storyId()));
            ArticleView v = lib.article(teaser).orElseThrow();
            assertThat(v.textNote()).isNull();
            assertThat(v.article().text()).isEqualTo(Fixtures.TALKS_LATER);
            assertThat(v.summary()).containsExactly(later().sentences().get(0).text(Fixtures.TALKS_LATER));
            assertThat(v.entities()).extracting(EntityCount::canonical).contains("Anna Kessel");
            assertThat(lib.search(SearchQuery.of("victory")).hits()).extracting(SearchHit::articleId).containsExactly(teaser);
            assertThat(lib.search(SearchQuery.of("ceremony")).hits()).isEmpty();
            assertThat(lib.check()).extracting(LibraryCheck::articles, LibraryCheck::consistent).containsExactly(3, true);
            assertThat(lib.add(entry(later(), "mirror")).articleId()).as("its new words are known").isEqualTo(teaser);
            assertThat(lib.replaceText(f, entry(talks(), "sport")).status()).isEqualTo(AddResult.Status.DUPLICATE);
            assertThatThrownBy(() -> lib.replaceText(999_999, entry(football(), "sport"))).hasMessageContaining("no article 999999");
        }
    }

    @Test
    void sameWordsOrSameUrlTwiceIsOneArticle() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long id = lib.add(entry(talks(), "wire")).articleId();
            AnalyzedArticle copy = talks();
            assertThat(lib.add(entry(copy, "mirror")).status()).isEqualTo(AddResult.Status.DUPLICATE);
            assertThat(lib.knows(null, Fixtures.TALKS.replace("\n\n", "\n"))).isTrue();
            String longText = Fixtures.TALKS + "\n\n" + Fixtures.TALKS_LATER + "\n\n" + Fixtures.FOOTBALL;
            long longId = lib.add(entry(Fixtures.analyzed("l1", "Digest", longText, null, List.of(), List.of()), "digest")).articleId();
            String nearText = longText.replace("Thursday", "Friday");
            AnalyzedArticle near = Fixtures.analyzed("n1", "Digest", nearText, null, List.of(), List.of());
            AddResult r = lib.add(entry(near, "other"));
            assertThat(r.status()).isEqualTo(AddResult.Status.NEAR_DUPLICATE);
            assertThat(r.articleId()).isEqualTo(longId);
            assertThat(lib.size()).isEqualTo(2);
            assertThat(lib.article(id).orElseThrow().copies()).hasSize(1);
            assertThat(lib.article(longId).orElseThrow().copies()).hasSize(1);
        }
    }

    @Test
    void searchesWordsEntitiesSourcesAndDatesWithHighlights() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            long t1 = lib.add(entry(talks(), "wire")).articleId();
            long t2 = lib.add(entry(later(), "paper")).articleId();
            long f1 = lib.add(entry(football(), "sport")).articleId();
            lib.flush();
            SearchResult r = lib.search(SearchQuery.of("treaty Valletta"));
            assertThat(r.hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder(t1, t2);
            assertThat(r.hits().get(0).snippet()).contains("[[");
            assertThat(r.sources()).containsEntry("wire", 1).containsEntry("paper", 1);
            assertThat(lib.search(SearchQuery.of("person:Baxter")).hits()).extracting(SearchHit::articleId).containsExactly(f1);
            assertThat(lib.search(SearchQuery.of("treaty").withSource("PAPER")).hits()).extracting(SearchHit::articleId).containsExactly(t2);
            assertThat(lib.search(SearchQuery.of("").withEntity("Kessel")).total()).isEqualTo(2);
            assertThat(lib.search(SearchQuery.of("treaty").withDates(LocalDate.of(2024, 1, 1), null)).hits())
                    .extracting(SearchHit::articleId).containsExactly(t2);
            assertThat(lib.search(SearchQuery.of("").sortedByDate(true)).hits()).extracting(SearchHit::articleId).containsExactly(t2, f1, t1);
            // pages: the same order, a page at a time, and the total of all matches on every page
            SearchQuery pageOfOne = SearchQuery.of("").sortedByDate(true).withLimit(1);
            assertThat(lib.search(pageOfOne.withOffset(1)).hits()).extracting(SearchHit::articleId).containsExactly(f1);
            assertThat(lib.search(pageOfOne.withOffset(2)).hits()).extracting(SearchHit::articleId).containsExactly(t1);
            SearchResult past = lib.search(pageOfOne.withOffset(3));
            assertThat(past.hits()).isEmpty();
            assertThat(past.total()).isEqualTo(3);
            assertThat(lib.search(SearchQuery.of("treaty Valletta").withLimit(1).withOffset(1)).hits())
                    .extracting(SearchHit::articleId).containsExactly(r.hits().get(1).articleId());
            assertThatThrownBy(() -> pageOfOne.withOffset(-1)).hasMessageContaining("offset");
            assertThatThrownBy(() -> pageOfOne.withOffset(SearchQuery.MAX_DEPTH)).hasMessageContaining("offset");
            assertThatThrownBy(() -> pageOfOne.withLimit(SearchQuery.MAX_DEPTH + 1)).hasMessageContaining("limit");
            // invalid syntax is searched as plain words (SearchSyntaxTest), never an error
            assertThat(lib.search(SearchQuery.of("title:(unclosed")).total()).isZero();
            assertThat(lib.search(SearchQuery.of("(treaty Valletta")).hits()).extracting(SearchHit::articleId).contains(t1);
        }
    }

    @Test
    void anExportPageGivesBackEachArticleAsItWasAddedInIdOrder() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            LibraryEntry t = entry(talks(), "wire").withTextNote("stored from the feed's own text");
            long t1 = lib.add(t).articleId();
            long f1 = lib.add(entry(football(), "sport")).articleId();
            List<ExportedArticle> first = lib.exportPage(0, 1);
            assertThat(first).extracting(ExportedArticle::id).containsExactly(t1);
            LibraryEntry back = first.get(0).entry();
            assertThat(back.analyzed()).isEqualTo(t.analyzed());
            assertThat(back.summary()).isEqualTo(t.summary());
            assertThat(back.source()).isEqualTo("wire");
            assertThat(back.origin()).isEqualTo(t.origin());
            assertThat(back.textNote()).isEqualTo("stored from the feed's own text");
            // the story features as the library planned with them (computed from the analysis it was given)
            ArticleFeatures planned = ArticleFeatures.of(t.analyzed());
            assertThat(first.get(0).features().terms()).containsExactlyEntriesOf(planned.terms());
            assertThat(first.get(0).features().keys()).containsExactlyEntriesOf(planned.keys()).isNotEmpty();
            List<ExportedArticle> rest = lib.exportPage(t1, 10);
            assertThat(rest).extracting(ExportedArticle::id).containsExactly(f1);
            assertThat(rest.get(0).entry().textNote()).isNull();
            assertThat(lib.exportPage(f1, 10)).isEmpty();
        }
    }

    @Test
    void articlesOnOneTopicYearsApartShareAStoryWithATimeline() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            AddResult a = lib.add(entry(talks(), "wire"));
            AddResult f = lib.add(entry(football(), "sport"));
            AddResult b = lib.add(entry(later(), "paper"));
            assertThat(b.storyId()).isEqualTo(a.storyId());
            assertThat(f.storyId()).isNotEqualTo(a.storyId());
            StoryView story = lib.story(a.storyId()).orElseThrow();
            assertThat(story.articles()).extracting(ArticleRef::id).containsExactly(a.articleId(), b.articleId());
            assertThat(story.timeline()).extracting(TimelineEvent::value).containsExactly("2021-12-05", "2024-03-12");
            assertThat(story.timeline().get(1).sentence()).contains("12 March").endsWith(".");
            assertThat(story.info().keyEntities()).contains("Anna Kessel");
            ArticleView v = lib.article(b.articleId()).orElseThrow();
            assertThat(v.related()).extracting(ArticleRef::id).contains(a.articleId()).doesNotContain(f.articleId());
            assertThat(v.story().id()).isEqualTo(a.storyId());
            assertThat(v.inStory().previous().id()).isEqualTo(a.articleId());
            assertThat(v.inLibrary().previous().id()).isEqualTo(f.articleId());
            assertThat(v.inLibrary().next()).isNull();
            assertThat(v.inSource().previous()).isNull();
            assertThat(lib.stories(2, 10)).extracting(StoryInfo::id).containsExactly(a.storyId());
            assertThat(lib.consolidateStories()).as("the football report has no better story").isZero();
            assertThat(lib.check().consistent()).isTrue();
        }
    }

    @Test
    void aFingerprintComputedOnceAnswersAsTheTextAndIsTheOneWritten() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            lib.add(entry(talks(), "wire"));
            ContentFingerprint same = ContentFingerprint.of(Fixtures.TALKS.replace("\n\n", "\n"));
            ContentFingerprint other = ContentFingerprint.of(Fixtures.FOOTBALL);
            assertThat(lib.knows(null, same)).isTrue();
            assertThat(lib.knows(null, other)).isFalse();
            Library.Prepared given = lib.prepare(entry(football(), "sport"), other, null, null);
            assertThat(given.fingerprint()).isSameAs(other);
            assertThat(lib.prepare(entry(football(), "sport"), null, null, null).fingerprint().contentHash())
                    .isEqualTo(other.contentHash());
            long id = lib.add(given).articleId();
            assertThat(lib.knows(null, ContentFingerprint.of(Fixtures.FOOTBALL))).isTrue();
            assertThat(lib.add(entry(football(), "mirror")).articleId()).isEqualTo(id);
        }
    }

    @Test
    void reopeningRebuildsALostIndexAndKeepsStoriesGrowing() throws Exception {
        LibraryConfig config = config(dir);
        long story;
        try (Library lib = Library.open(config)) {
            story = lib.add(entry(talks(), "wire")).storyId();
            lib.add(entry(football(), "sport"));
        }
        org.apache.lucene.util.IOUtils.rm(config.indexDir());
        try (Library lib = Library.open(config)) {
            // what the library knows for writing is read back on demand, not at open
            assertThat(lib.knows(null, Fixtures.FOOTBALL)).isTrue();
            assertThat(lib.size()).isEqualTo(2);
            assertThat(lib.check().consistent()).isTrue();
            assertThat(lib.check().articles()).isEqualTo(2);
            assertThat(lib.search(SearchQuery.of("Valletta")).total()).isEqualTo(1);
            assertThat(lib.add(entry(later(), "paper")).storyId()).isEqualTo(story);
            assertThat(lib.add(entry(talks(), "wire")).status()).isEqualTo(AddResult.Status.DUPLICATE);
            assertThat(lib.reindex()).isEqualTo(3);
            assertThat(lib.check().consistent()).isTrue();
            lib.logFailure("feed.xml", "not XML");
            assertThat(lib.logCounts()).containsEntry("FAILED", 1).containsEntry("ADDED", 3).containsEntry("DUPLICATE", 1);
        }
    }

    @Test
    void browsesLatestArticlesAndEntityPages() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            AnalyzedArticle t = talks();
            dev.precis.model.Quote q = t.quotes().get(0);
            int speaker = Fixtures.TALKS.indexOf("Anna Kessel");
            AnalyzedArticle attributed = new AnalyzedArticle(t.article(), t.sentences(), t.entities(),
                    List.of(new dev.precis.model.Quote(q.range(), q.content(), q.kind(), "Anna Kessel",
                            new dev.precis.model.TextRange(speaker, speaker + "Anna Kessel".length()), "said")), t.times());
            long first = lib.add(entry(attributed, "wire")).articleId();
            long football = lib.add(entry(football(), "sport")).articleId();
            long second = lib.add(entry(later(), "wire")).articleId();

            assertThat(lib.latest(0, 10)).extracting(ArticleRef::id).containsExactly(second, football, first);
            assertThat(lib.latest(1, 1)).extracting(ArticleRef::id).containsExactly(football);
            assertThat(lib.latest(5, 10)).isEmpty();

            List<EntityCount> people = lib.entities(dev.precis.model.EntityType.PERSON, 10);
            assertThat(people.get(0).mentions()).isEqualTo(2);
            assertThat(people).extracting(EntityCount::canonical).startsWith("Anna Kessel", "Pavel Droz").contains("Tom Baxter");
            assertThat(lib.entities(dev.precis.model.EntityType.ORGANIZATION, 10)).isEmpty();
            assertThat(lib.entities(null, 2)).hasSize(2);

            EntityView kessel = lib.entity("Anna Kessel", dev.precis.model.EntityType.PERSON).orElseThrow();
            assertThat(kessel.articles()).extracting(ArticleRef::id).containsExactly(first, second);
            assertThat(kessel.quotes()).singleElement().satisfies(eq -> {
                assertThat(eq.article().id()).isEqualTo(first);
                assertThat(eq.content()).isEqualTo("a first step");
                assertThat(eq.quote().speakerRange().slice(Fixtures.TALKS)).isEqualTo("Anna Kessel");
            });
            assertThat(lib.entity("Pavel Droz", dev.precis.model.EntityType.PERSON).orElseThrow().quotes()).isEmpty();
            assertThat(lib.entity("Anna Kessel", dev.precis.model.EntityType.LOCATION)).isEmpty();
            assertThat(lib.entity("Nobody", dev.precis.model.EntityType.PERSON)).isEmpty();
        }
    }

    @Test
    void aFailingArticleInsideACommitGroupLeavesTheOthersAndOnlyCommittedArticlesReachTheIndex() throws Exception {
        LibraryConfig config = config(dir);
        try (Library lib = Library.open(config)) {
            long first = lib.add(entry(talks(), "wire")).articleId();
            // found at once: a search commits the open group first
            assertThat(lib.search(SearchQuery.of("Valletta")).total()).isEqualTo(1);
            AnalyzedArticle tooLong = football();
            tooLong = new AnalyzedArticle(tooLong.article().withUrl("https://example.com/" + "x".repeat(5000)),
                    tooLong.sentences(), tooLong.entities(), tooLong.quotes(), tooLong.times());
            LibraryEntry bad = entry(tooLong, "sport");
            assertThatThrownBy(() -> lib.add(bad)).isInstanceOf(java.io.IOException.class);
            long third = lib.add(entry(later(), "paper")).articleId();
            lib.flush();
            assertThat(lib.search(SearchQuery.of("treaty")).total()).isEqualTo(2);
            assertThat(lib.article(first)).isPresent();
            assertThat(lib.article(third)).isPresent();
            assertThat(lib.size()).isEqualTo(2);
        }
        try (Library lib = Library.open(config)) {
            LibraryCheck check = lib.check();
            assertThat(check.consistent()).as("%s", check).isTrue();
            assertThat(check.articles()).isEqualTo(2);
            // the failed article was rolled back alone: it can still be added
            assertThat(lib.add(entry(football(), "sport")).status()).isEqualTo(AddResult.Status.ADDED);
        }
    }

    @Test
    void aBulkLoadCutShortKeepsWhatItCommittedAndARerunCompletesItAsOneLoadWould() throws Exception {
        List<LibraryEntry> entries = List.of(entry(talks(), "wire"), entry(football(), "sport"), entry(later(), "paper"),
                entry(talks(), "mirror"));
        List<List<Object>> once;
        try (Library lib = Library.open(config(dir.resolve("once")))) {
            lib.bulkLoad(true);
            for (LibraryEntry e : entries) {
                lib.add(e);
            }
            lib.bulkLoad(false);
            once = contents(lib);
        }
        assertThat(once).hasSize(3);
        LibraryConfig config = config(dir.resolve("cut"));
        Library cut = Library.open(config);
        cut.bulkLoad(true);
        cut.add(entries.get(0));
        cut.add(entries.get(1));
        // a search sees what was added before it (and commits it)
        assertThat(cut.search(SearchQuery.of("Rovers")).total()).isEqualTo(1);
        cut.add(entries.get(2));
        cut.add(entries.get(3));
        cut.crash();
        try (Library lib = Library.open(config)) {
            LibraryCheck check = lib.check();
            assertThat(check.consistent()).as("%s", check).isTrue();
            assertThat(check.articles()).as("the committed articles only").isEqualTo(2);
            assertThat(lib.search(SearchQuery.of("treaty")).total()).isEqualTo(1);
            lib.bulkLoad(true);
            List<AddResult.Status> statuses = new java.util.ArrayList<>();
            for (LibraryEntry e : entries) {
                statuses.add(lib.add(e).status());
            }
            lib.bulkLoad(false);
            assertThat(statuses).containsExactly(AddResult.Status.DUPLICATE, AddResult.Status.DUPLICATE,
                    AddResult.Status.ADDED, AddResult.Status.DUPLICATE);
            // the same articles, annotations, copies (none of an article with itself), related articles and
            // stories; internal ids may differ (the database does not hand out an id twice)
            assertThat(contents(lib)).isEqualTo(once);
            assertThat(lib.check().consistent()).isTrue();
        }
    }

    /** Each article (by external id) as the reader shows it, without internal ids. */
    private static List<List<Object>> contents(Library lib) throws Exception {
        List<List<Object>> out = new java.util.ArrayList<>();
        for (ArticleRef ref : lib.latest(0, 100)) {
            ArticleView v = lib.article(ref.id()).orElseThrow();
            StoryInfo s = v.story();
            out.add(List.of(v.article(), String.valueOf(v.source()), v.summary(), v.entities(), v.quotes(), v.times(),
                    v.related().stream().map(r -> r.title() + " " + r.score()).toList(), v.copies(),
                    List.of(s.title(), s.keyEntities(), String.valueOf(s.firstPublished()), String.valueOf(s.lastPublished()), s.size())));
        }
        out.sort(java.util.Comparator.comparing(l -> ((dev.precis.model.Article) l.get(0)).id()));
        return out;
    }
}
