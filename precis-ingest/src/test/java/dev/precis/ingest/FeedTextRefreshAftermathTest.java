package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.extract.InternalAllowList;
import dev.precis.model.EntityMention;
import dev.precis.model.EntityType;
import dev.precis.model.TextRange;
import dev.precis.nlp.EntityRecognizer;
import dev.precis.pipeline.Precis;
import dev.precis.store.ArticleRef;
import dev.precis.store.EntityCount;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a refresh of an article stored from its feed's text leaves around it: a name only the feed's text gave has
 * no entity left (no page, not listed), an article close to the page's text lists the refreshed one among its
 * related, and the page asked for again counts in the read's pages fetched. The feed and its pages are served on
 * 127.0.0.1 by the test; the texts are invented, and the names are found by a list.
 */
class FeedTextRefreshAftermathTest {

    /** The pier item's own text: it names the harbour master, whom the page does not name. */
    static final String PIER_TEASER = "The harbour master of Lowmere, Osric Vane, said on Monday that the old stone pier"
            + " would close to the ferry before the winter storms, because two of its timber supports had rotted through"
            + " and the landing had begun to sink.";
    /** A report on the pier's caissons: close to the pier's page, not to its teaser. */
    private static final String GRAVEL_PAGE = "<html><head><title>Dunmoor quarry to fill the pier caissons</title></head><body>"
            + "<article><h1>Dunmoor quarry to fill the pier caissons</h1>"
            + "<p>The quarry at Dunmoor will supply the gravel for the six concrete caissons of the new Lowmere pier, the"
            + " council's engineer, Hedda Marlow, said on Wednesday. Each caisson will be sunk into the clay of the harbour"
            + " floor and filled with gravel before the concrete deck is laid.</p>"
            + "<p>Hedda Marlow said the caissons would carry the landing for eighty years. Lorries will bring the gravel from"
            + " Dunmoor in October, when the work on the caissons begins, and the contractor will store it by the fishing quay.</p>"
            + "</article></body></html>";

    /** Finds the names this test's texts use, as a recogniser would. */
    static final EntityRecognizer NAMES = (text, sentences) -> {
        List<EntityMention> out = new ArrayList<>();
        for (String[] name : new String[][] {{"Osric Vane", "PERSON"}, {"Hedda Marlow", "PERSON"}, {"Dunmoor", "LOCATION"},
                {"Lowmere", "LOCATION"}}) {
            for (int at = text.indexOf(name[0]); at >= 0; at = text.indexOf(name[0], at + 1)) {
                out.add(new EntityMention(new TextRange(at, at + name[0].length()), EntityType.valueOf(name[1]), name[0], null));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.range().start()));
        return out;
    };

    @TempDir
    Path tmp;
    private FeedSite site;
    private final AtomicBoolean pierUp = new AtomicBoolean();

    @BeforeEach
    void start() throws Exception {
        site = new FeedSite(path -> switch (path) {
            case "/feed.xml" -> new FeedSite.Reply(200, "application/rss+xml", site.rss(
                    site.item("Pier to close", "pier", PIER_TEASER), site.item("Gravel for the caissons", "gravel", "Dunmoor gravel.")));
            case "/news/gravel" -> new FeedSite.Reply(200, "text/html; charset=utf-8", GRAVEL_PAGE);
            case "/news/pier" -> pierUp.get() ? new FeedSite.Reply(200, "text/html; charset=utf-8", FeedSite.PIER_PAGE)
                    : new FeedSite.Reply(503, "text/plain", "busy");
            default -> new FeedSite.Reply(404, "text/plain", "gone");
        });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static long titled(Library lib, String title) throws Exception {
        return lib.latest(0, 10).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().id();
    }

    @Test
    void aRefreshDropsTheTeasersOwnNamesLinksTheArticlesCloseToThePageAndCountsItsPage() throws Exception {
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            lib.subscriptions().add(site.base + "/feed.xml", null, null, Duration.ofMinutes(30), Instant.now()).orElseThrow();
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).entities(NAMES).threads(1).build();
            try (FeedPoller poller = FeedPoller.builder(ingester).hostGap(Duration.ofMillis(10)).fetchTimeout(Duration.ofSeconds(5))
                    .unsafeAllowInternalAddresses(InternalAllowList.parse(List.of("127.0.0.1"))).build()) {
                FeedResult first = poller.pollAll(lib.subscriptions().list()).feeds().get(0);
                assertThat(first.added()).as(first.toString()).isEqualTo(2);
                assertThat(first.pagesFetched()).isEqualTo(2);
                long pier = titled(lib, "Pier to close");
                long gravel = titled(lib, "Dunmoor quarry to fill the pier caissons");
                assertThat(lib.entity("Osric Vane", EntityType.PERSON)).isPresent();

                pierUp.set(true);
                FeedResult second = poller.pollAll(lib.subscriptions().list()).feeds().get(0);
                assertThat(second.error()).isEqualTo("1 item stored from the feed's text refreshed from its page");
                // main: 0 (the feed's items were known; the page asked for again went uncounted)
                assertThat(second.pagesFetched()).as("the refreshed item's page").isEqualTo(1);
                assertThat(lib.article(pier).orElseThrow().article().title()).isEqualTo("Lowmere pier to rest on concrete caissons");

                // main: Osric Vane's page listed no article, and his row stayed
                assertThat(lib.entity("Osric Vane", EntityType.PERSON)).as("named by the teaser only").isEmpty();
                assertThat(lib.entities(null, 20)).extracting(EntityCount::canonical).doesNotContain("Osric Vane")
                        .contains("Hedda Marlow", "Lowmere");
                assertThat(lib.entity("Hedda Marlow", EntityType.PERSON).orElseThrow().articles()).extracting(ArticleRef::id)
                        .containsExactlyInAnyOrder(pier, gravel);

                assertThat(lib.article(gravel).orElseThrow().related()).as("the article close to the page lists it")
                        .extracting(ArticleRef::id).contains(pier);
                assertThat(lib.article(pier).orElseThrow().related()).extracting(ArticleRef::id).contains(gravel);
                assertThat(lib.check().consistent()).isTrue();
            }
        }
    }
}
