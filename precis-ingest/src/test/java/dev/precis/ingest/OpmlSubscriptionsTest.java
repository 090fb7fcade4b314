package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.store.Feed;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlSubscriptionsTest {

    @TempDir
    Path tmp;

    /** Written by hand in the two ways readers write categories: folders, and the category attribute. */
    private static final String OPML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head><title>My feeds</title></head>
              <body>
                <outline text="World">
                  <outline type="rss" text="Wire one" xmlUrl="https://one.example/rss"/>
                  <outline type="rss" text="Wire two" title="Wire Two" xmlUrl="https://two.example/atom" precisInterval="120"/>
                </outline>
                <outline type="rss" text="Tagged" xmlUrl="https://three.example/feed" category="/Science/Space,/Other"/>
                <outline type="rss" text="Loose" xmlUrl="https://four.example/feed"/>
              </body>
            </opml>
            """;

    @Test
    void readsFoldersAndCategoryAttributes() throws Exception {
        List<OpmlSubscriptions.Entry> entries = OpmlSubscriptions.read(OPML);
        assertThat(entries).containsExactly(
                new OpmlSubscriptions.Entry("https://one.example/rss", "Wire one", "World", null),
                new OpmlSubscriptions.Entry("https://two.example/atom", "Wire Two", "World", Duration.ofHours(2)),
                new OpmlSubscriptions.Entry("https://three.example/feed", "Tagged", "Science/Space", null),
                new OpmlSubscriptions.Entry("https://four.example/feed", "Loose", null, null));
        assertThatThrownBy(() -> OpmlSubscriptions.read("<rss version=\"2.0\"><channel><title>x</title></channel></rss>"))
                .hasMessageStartingWith("not an OPML file");
        assertThatThrownBy(() -> OpmlSubscriptions.read("not xml")).hasMessageStartingWith("not an OPML file");
    }

    @Test
    void whatWasGivenInsteadOfOpmlIsNamed() {
        // main: "not an OPML file: Invalid XML: Error on line 1: Content is not allowed in prolog." for JSON and nothing
        assertThatThrownBy(() -> OpmlSubscriptions.read("\uFEFF [{\"url\": \"https://one.example/rss\"}]"))
                .hasMessage("not an OPML file: it holds JSON, not XML");
        assertThatThrownBy(() -> OpmlSubscriptions.read(" \n")).hasMessage("not an OPML file: it is empty");
        assertThatThrownBy(() -> OpmlSubscriptions.read("<rss version=\"2.0\"><channel><title>x</title><link>https://x.example/</link>"
                + "<description>d</description></channel></rss>")).hasMessage("not an OPML file: it is an RSS feed, not a list of feeds");
        assertThatThrownBy(() -> OpmlSubscriptions.read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title>"
                + "<id>urn:x</id><updated>2026-03-02T00:00:00Z</updated></feed>"))
                .hasMessage("not an OPML file: it is an Atom feed, not a list of feeds");
    }

    @Test
    void importThenExportRoundTripsCategoriesTitlesAndIntervals() throws Exception {
        Instant now = Instant.parse("2026-03-02T00:00:00Z");
        String exported;
        List<Feed> before;
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("a")))) {
            for (OpmlSubscriptions.Entry e : OpmlSubscriptions.read(OPML)) {
                lib.subscriptions().add(e.url(), e.title(), e.category(), e.interval() == null ? Duration.ofMinutes(30) : e.interval(), now);
            }
            before = lib.subscriptions().list();
            exported = OpmlSubscriptions.write(before, "Precis subscriptions", Date.from(now));
        }
        assertThat(exported).contains("<opml version=\"2.0\"");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("b")))) {
            for (OpmlSubscriptions.Entry e : OpmlSubscriptions.read(exported)) {
                lib.subscriptions().add(e.url(), e.title(), e.category(), e.interval() == null ? Duration.ofMinutes(5) : e.interval(), now);
            }
            List<Feed> after = lib.subscriptions().list();
            assertThat(after).extracting(Feed::url, Feed::title, Feed::category, Feed::interval)
                    .containsExactlyElementsOf(before.stream().map(f -> org.assertj.core.groups.Tuple.tuple(
                            f.url(), f.title(), f.category(), f.interval())).toList());
            assertThat(after).extracting(Feed::category).contains("World", "Science/Space", null);
        }
    }
}
