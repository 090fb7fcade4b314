package dev.precis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.model.AnalyzedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subscriptions and their polling state, run against every database the library supports. */
abstract class SubscriptionsContract {

    @TempDir
    Path dir;

    abstract LibraryConfig config(Path dataDir) throws Exception;

    private static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");

    @Test
    void addsListsAndRemovesFeeds() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            Subscriptions subs = lib.subscriptions();
            Feed world = subs.add("https://example.com/world.xml", null, "World", Duration.ofMinutes(30), T0).orElseThrow();
            subs.add("https://example.com/sport.xml", "Sport desk", null, Duration.ofHours(2), T0).orElseThrow();
            assertThat(subs.add("https://example.com/world.xml", null, "Other", Duration.ofMinutes(5), T0)).isEmpty();
            assertThat(subs.list()).extracting(Feed::url).containsExactlyInAnyOrder(
                    "https://example.com/world.xml", "https://example.com/sport.xml");
            assertThat(world.category()).isEqualTo("World");
            assertThat(world.interval()).isEqualTo(Duration.ofMinutes(30));
            assertThat(world.nextPoll()).isEqualTo(T0);
            assertThat(world.health()).isEqualTo("new");
            assertThat(subs.byUrl("https://example.com/sport.xml").orElseThrow().title()).isEqualTo("Sport desk");
            assertThat(subs.remove(world.id())).isTrue();
            assertThat(subs.remove(world.id())).isFalse();
            assertThat(subs.list()).extracting(Feed::url).containsExactly("https://example.com/sport.xml");
            assertThatThrownBy(() -> subs.add("https://example.com/x", null, null, Duration.ofSeconds(5), T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void itemsStoredFromTheFeedsTextAreListedForAnotherTryUntilTheirAttemptsRunOutOrTheyAreRefreshed() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            Subscriptions subs = lib.subscriptions();
            long feed = subs.add("https://example.com/news.xml", null, null, Duration.ofMinutes(30), T0).orElseThrow().id();
            AnalyzedArticle a = Fixtures.analyzed("guid:pier", "Pier to be rebuilt", Fixtures.TALKS, null, List.of(), List.of());
            AnalyzedArticle pier = new AnalyzedArticle(a.article().withUrl("https://example.com/pier"), a.sentences(), a.entities(),
                    a.quotes(), a.times());
            long article = lib.add(new LibraryEntry(pier, null, "Gazette", "https://example.com/pier")
                    .withTextNote("stored from the feed's own text (the page could not be fetched: HTTP 503)")).articleId();
            assertThat(subs.feedTextArticle("https://example.com/pier")).contains(article);
            assertThat(subs.feedTextArticle("https://example.com/ferry")).isEmpty();
            subs.remember(feed, "pier", article, Subscriptions.FEED_TEXT, T0);
            subs.remember(feed, "ferry", null, "FAILED", T0);
            Subscriptions.FeedTextItem item = subs.feedTextItems(feed, 2, 10).get(0);
            assertThat(item).isEqualTo(new Subscriptions.FeedTextItem(Subscriptions.keyOf("pier"), article, "https://example.com/pier",
                    "Pier to be rebuilt", null, "guid:pier", "https://example.com/pier", "Gazette"));
            subs.attempted(feed, item.storedKey(), Subscriptions.FEED_TEXT);
            assertThat(subs.feedTextItems(feed, 2, 10)).hasSize(1);
            subs.attempted(feed, item.storedKey(), Subscriptions.FEED_TEXT);
            assertThat(subs.feedTextItems(feed, 2, 10)).as("two attempts of two").isEmpty();
            assertThat(subs.feedTextItems(feed, 3, 10)).hasSize(1);
            subs.attempted(feed, item.storedKey(), AddResult.Status.REFRESHED.name());
            assertThat(subs.feedTextItems(feed, 9, 10)).isEmpty();

            // an item whose article took its page's text by another way (its page ingested by hand) is not listed
            subs.remember(feed, "quay", article, Subscriptions.FEED_TEXT, T0);
            assertThat(subs.feedTextItems(feed, 9, 10)).hasSize(1);
            AnalyzedArticle page = Fixtures.analyzed("guid:pier", "Pier rebuilt", Fixtures.TALKS_LATER, null, List.of(), List.of());
            lib.replaceText(article, new LibraryEntry(page, null, "Gazette", "https://example.com/pier"));
            assertThat(subs.feedTextItems(feed, 9, 10)).isEmpty();
            assertThat(subs.feedTextArticle("https://example.com/pier")).isEmpty();
        }
    }

    @Test
    void recordsPollOutcomesAndSurvivesReopening() throws Exception {
        long id;
        LibraryConfig config = config(dir);
        try (Library lib = Library.open(config)) {
            Subscriptions subs = lib.subscriptions();
            id = subs.add("http://a.example/feed", null, null, Duration.ofMinutes(30), T0).orElseThrow().id();
            Instant t1 = T0.plusSeconds(10);
            subs.record(id, new FeedUpdate("http://b.example/feed", "A feed", "\"v1\"", "Sun, 01 Mar 2026 05:00:00 GMT",
                    t1.plus(Duration.ofMinutes(30)), t1.plusSeconds(300), 0, null, 200, t1, true));
            subs.remember(id, "guid-1", null, "FAILED", t1);
            subs.remember(id, "guid-1", null, "FAILED", t1);
            Instant t2 = t1.plus(Duration.ofMinutes(30));
            subs.record(id, new FeedUpdate("http://b.example/feed", null, "\"v1\"", null, t2.plus(Duration.ofHours(1)),
                    t2.plus(Duration.ofHours(1)), 1, "HTTP status 500", 500, t2, false));
        }
        try (Library lib = Library.open(config)) {
            Subscriptions subs = lib.subscriptions();
            Feed f = subs.byId(id).orElseThrow();
            assertThat(f.url()).isEqualTo("http://b.example/feed");
            assertThat(f.title()).isEqualTo("A feed");
            assertThat(f.etag()).isEqualTo("\"v1\"");
            assertThat(f.lastModified()).isNull();
            assertThat(f.failures()).isEqualTo(1);
            assertThat(f.lastError()).isEqualTo("HTTP status 500");
            assertThat(f.lastStatus()).isEqualTo(500);
            assertThat(f.lastSuccess()).isEqualTo(T0.plusSeconds(10));
            assertThat(f.lastNewItem()).isEqualTo(T0.plusSeconds(10));
            assertThat(f.lastPolled()).isEqualTo(T0.plusSeconds(10).plus(Duration.ofMinutes(30)));
            assertThat(f.health()).isEqualTo("failing");
            assertThat(subs.seen("guid-1")).isTrue();
            assertThat(subs.seen("guid-2")).isFalse();
            Instant due = f.nextPoll();
            assertThat(subs.due(due.minusMillis(1), true)).isEmpty();
            assertThat(subs.due(due, true)).extracting(Feed::id).containsExactly(id);
            assertThat(subs.nextPoll()).contains(due);
            subs.remove(id);
            assertThat(subs.seen("guid-1")).isFalse();
            assertThat(subs.nextPoll()).isEmpty();
        }
    }

    @Test
    void listsFeedsInTheOrderTheyWereAddedWithinACategory() throws Exception {
        try (Library lib = Library.open(config(dir))) {
            Subscriptions subs = lib.subscriptions();
            for (String host : new String[] {"zeta", "mid", "alpha"}) {
                subs.add("https://" + host + ".example/feed.xml", null, null, Duration.ofMinutes(30), T0).orElseThrow();
            }
            subs.add("https://beta.example/feed.xml", null, "World", Duration.ofMinutes(30), T0).orElseThrow();
            // main: by URL (alpha, mid, zeta), an imported file's order reversed
            assertThat(subs.list()).extracting(Feed::url).containsExactly("https://zeta.example/feed.xml",
                    "https://mid.example/feed.xml", "https://alpha.example/feed.xml", "https://beta.example/feed.xml");
        }
    }
}
