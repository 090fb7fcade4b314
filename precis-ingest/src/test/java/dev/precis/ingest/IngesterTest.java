package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.precis.pipeline.Precis;
import dev.precis.store.Library;
import dev.precis.store.LibraryConfig;
import dev.precis.store.SearchQuery;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    @TempDir
    Path tmp;

    private static final String TITLE = "Harbour town votes to rebuild its old stone pier";
    private static final String P1 = "Residents of the harbour town voted on Sunday to rebuild the old stone pier that storms damaged last winter.";
    private static final String P2 = "The council said the work would start in the spring and cost about two million euros, shared with the regional fund.";
    private static final String P3 = "Fishermen welcomed the vote, saying the damaged pier had forced their boats to moor in the neighbouring bay for months.";

    private Ingester ingester(Library lib) {
        return Ingester.builder(lib, Precis.builder().build()).threads(2).fetchTimeout(Duration.ofSeconds(1)).allowPrivateAddresses(true).build();
    }

    @Test
    void ingestsEveryKindOfInputAndReportsEachBadItemWithoutStopping() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("pier.txt"), TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n");
        Files.writeString(in.resolve("pier.html"), "<html><head><title>" + TITLE + " | Coast News</title></head><body>"
                + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
                + "<article><h1>" + TITLE + "</h1><p>" + P1 + "</p><p>Share this story</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                + "<footer><p>Copyright Coast News</p></footer></body></html>");
        Files.writeString(in.resolve("wire.jsonl"), String.join("\n",
                "{\"id\":\"w1\",\"url\":\"https://example.org/w1\",\"title\":\"Ferry strike ends after two days\","
                        + "\"text\":\"The ferry strike ended on Tuesday after two days of talks.\\n\\nUnions said the new contract raises pay by four percent.\","
                        + "\"published\":\"2024-05-07\"}",
                "{not json at all",
                "{\"id\":\"w2\",\"title\":\"Lighthouse reopens\",\"html\":\"<html><body><article><h1>Lighthouse reopens</h1>"
                        + "<p>The restored lighthouse on the northern cape reopened to visitors this weekend after a long repair of its lantern and stairs.</p>"
                        + "<p>Volunteers guided the first groups up the 140 steps, and the keeper's cottage now houses a small museum about the coast.</p>"
                        + "</article></body></html>\"}"));
        Files.writeString(in.resolve("feed.xml"), "this is not XML");
        Files.write(in.resolve("broken.txt.gz"), new byte[] {1, 2, 3, 4, 5});
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/", ex -> {
            try {
                Thread.sleep(5000);
                byte[] body = "<p>too late</p>".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } catch (Exception ignored) {
                // the client has gone
            } finally {
                ex.close();
            }
        });
        slow.start();
        String slowUrl = "http://127.0.0.1:" + slow.getAddress().getPort() + "/article";
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = ingester(lib).ingest(List.of(in.toString(), slowUrl, tmp.resolve("missing").toString()), null);
            assertThat(r.added()).isEqualTo(3);
            assertThat(r.duplicates() + r.nearDuplicates()).isEqualTo(1);
            List<String> failed = new ArrayList<>();
            r.failures().forEach(f -> failed.add(f.origin()));
            assertThat(failed).containsExactlyInAnyOrder(in.resolve("wire.jsonl") + ":2", in.resolve("feed.xml").toString(),
                    in.resolve("broken.txt.gz").toString(), slowUrl, tmp.resolve("missing").toString());
            assertThat(r.failures()).filteredOn(f -> f.origin().equals(slowUrl)).singleElement()
                    .satisfies(f -> assertThat(f.reason()).contains("timed out"));
            assertThat(r.failures()).filteredOn(f -> f.origin().endsWith(":2")).singleElement()
                    .satisfies(f -> assertThat(f.reason()).startsWith("not JSON"));
            assertThat(lib.search(SearchQuery.of("pier")).total()).isEqualTo(1);
            assertThat(lib.search(SearchQuery.of("ferry").withDates(java.time.LocalDate.of(2024, 5, 1), null)).total()).isEqualTo(1);

            IngestReport again = ingester(lib).ingest(List.of(in.toString()), null);
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(4);
            assertThat(lib.size()).isEqualTo(3);
            assertThat(lib.logCounts()).containsEntry("ADDED", 3);
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void itemsWithoutADateTakeTheAssumedPublicationDate() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("dated"));
        Files.writeString(in.resolve("pier.txt"), TITLE + "\n\n" + P1 + "\n\n" + P2 + "\n");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("dated-lib")))) {
            Ingester ingester = Ingester.builder(lib, Precis.builder().build()).threads(1)
                    .defaultPublished(java.time.LocalDate.of(2020, 3, 9)).build();
            assertThat(ingester.ingest(List.of(in.toString()), null).added()).isEqualTo(1);
            assertThat(lib.search(SearchQuery.of("pier").withDates(java.time.LocalDate.of(2020, 3, 1),
                    java.time.LocalDate.of(2020, 3, 31))).total()).isEqualTo(1);
            assertThat(lib.search(SearchQuery.of("pier").withDates(java.time.LocalDate.of(2021, 1, 1), null)).total())
                    .isZero();
        }
    }

    @Test
    void readsLatin1TextFiles() throws Exception {
        Path f = tmp.resolve("cafe.txt");
        Files.write(f, ("Caf\u00e9 owners protest\n\nOwners of the caf\u00e9 on the square said the new rent was too high for them to stay open.\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("lib")))) {
            IngestReport r = ingester(lib).ingest(List.of(f.toString()), "local");
            assertThat(r.added()).isEqualTo(1);
            assertThat(lib.article(1).orElseThrow().article().title()).isEqualTo("Caf\u00e9 owners protest");
        }
    }

    /** A text of invented words, its own vocabulary per seed, so no two of them look alike. */
    private static String inventedText(int seed, int sentences) {
        java.util.Random rnd = new java.util.Random(seed);
        String[] syllables = {"ka", "lo", "mir", "tes", "van", "du", "ro", "sel", "pa", "qui", "ne", "bor", "zan", "fe", "gu", "hal"};
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int words = 8 + rnd.nextInt(8);
            for (int w = 0; w < words; w++) {
                StringBuilder word = new StringBuilder();
                for (int k = 1 + rnd.nextInt(3); k >= 0; k--) {
                    word.append(syllables[rnd.nextInt(syllables.length)]);
                }
                text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ".");
            }
            text.append(s % 4 == 3 ? "\n\n" : " ");
        }
        return text.toString();
    }

    @Test
    void articlesAreStoredInTheOrderTheyWereListedWhateverTheThreads() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("ordered"));
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String title = "Report " + i + " " + inventedText(1000 + i, 1).replace(".", "").strip();
            titles.add(title);
            // the first item is by far the longest, so with several workers it is analysed last
            Files.writeString(in.resolve(String.format("%02d.txt", i)), title + "\n\n" + inventedText(i, i == 1 ? 400 : 6));
        }
        for (int threads : new int[] {1, 4}) {
            try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("ordered-lib-" + threads)))) {
                IngestReport r = Ingester.builder(lib, Precis.builder().build()).threads(threads).build()
                        .ingest(List.of(in.toString()), null);
                assertThat(r.added()).as("threads " + threads).isEqualTo(12);
                for (int id = 1; id <= 12; id++) {
                    assertThat(lib.article(id).orElseThrow().article().title()).as("article %d with %d threads", id, threads)
                            .isEqualTo(titles.get(id - 1));
                }
            }
        }
    }

    @Test
    void aPageThatIsNoArticleIsSkippedUnlessAskedFor() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("shop"));
        StringBuilder page = new StringBuilder("<html><head><title>Oak bench</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Oak bench\"}</script></head><body><main>");
        page.append("<h1>Oak bench</h1><p>").append(P1).append("</p><p>").append(P2).append("</p><p>").append(P3).append("</p>");
        page.append("<div class=price>249.00</div><button class=add-to-cart>Add to basket</button></main></body></html>");
        Files.writeString(in.resolve("bench.html"), page);
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("skip")))) {
            IngestReport r = ingester(lib).ingest(List.of(in.toString()), null);
            assertThat(r.added()).isZero();
            assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("not an article: a product page"));
        }
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("keep")))) {
            IngestReport r = Ingester.builder(lib, Precis.builder().build()).threads(2).keepNonArticles(true).build()
                    .ingest(List.of(in.toString()), null);
            assertThat(r.added()).isEqualTo(1);
            assertThat(lib.search(SearchQuery.of("pier")).total()).isEqualTo(1);
        }
    }

    @Test
    void aStoredPagesRelativeDatesCountFromItsFetchTimeAndNotFromToday() throws Exception {
        String page = "<html lang=\"de\"><head><title>Hafen baut Mole neu</title></head><body><article><h1>Hafen baut Mole neu</h1>"
                + "<p class=meta>vor 2 Tagen</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article></body></html>";
        Path saved = Files.createDirectories(tmp.resolve("saved"));
        Files.writeString(saved.resolve("mole.html"), page);
        Path jsonl = tmp.resolve("pages.jsonl");
        // (another article than the saved file's, which the library would hold already)
        String html = page.replace(P1, "The ferry company said it would add a second daily crossing to the islands from June onwards.")
                .replace(P2, "Its new boat, built at the yard across the bay, seats two hundred passengers and carries twenty cars.")
                .replace(P3, "Islanders had asked for a later return crossing for years, so that day trips to the mainland become possible.")
                .replace("\"", "\\\"");
        Files.writeString(jsonl, "{\"id\":\"a\",\"html\":\"" + html + "\",\"fetched\":\"2017-07-12T10:00:00Z\"}\n"
                + "{\"id\":\"b\",\"html\":\"" + html + "\",\"fetched\":\"last week\"}\n");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("dates")))) {
            IngestReport files = ingester(lib).ingest(List.of(saved.toString()), null);
            assertThat(files.added()).isEqualTo(1);
            // a saved file: nobody knows when it was fetched, so "vor 2 Tagen" names no day
            assertThat(lib.article(1).orElseThrow().article().published()).isNull();
            IngestReport lines = ingester(lib).ingest(List.of(jsonl.toString()), null);
            assertThat(lines.added()).as(lines.failures().toString()).isEqualTo(1);
            assertThat(lib.article(2).orElseThrow().article().published()).isEqualTo("2017-07-10");
            assertThat(lines.failures()).singleElement().satisfies(f -> assertThat(f.reason()).contains("\"fetched\" is not a date-time"));
        }
    }

    @Test
    void aJsonlTextsCharacterReferencesAreStoredDecodedAndItsSummaryAndQuotesReadFromTheDecodedText() throws Exception {
        Path jsonl = tmp.resolve("text.jsonl");
        // main: stored as written, "communiqu&#233;" on every page showing it
        Files.writeString(jsonl, "{\"id\":\"c\",\"title\":\"Caf&eacute; owners sign a communiqu&#233;\",\"text\":\""
                + "The owners of the harbour caf&#233; signed a communiqu&#233; on Monday asking the council to rebuild the pier.<br />"
                + "\\\"We cannot wait another winter,\\\" the owner of Caf&eacute; M&uuml;ller said on the quay.<br /><br />"
                + "The council said the work would start in the spring and cost about two million euros, shared with the regional fund.\"}\n");
        try (Library lib = Library.open(LibraryConfig.embedded(tmp.resolve("refs")))) {
            IngestReport r = ingester(lib).ingest(List.of(jsonl.toString()), null);
            assertThat(r.added()).as(r.failures().toString()).isEqualTo(1);
            var view = lib.article(1).orElseThrow();
            String text = view.article().text();
            assertThat(view.article().title()).isEqualTo("Café owners sign a communiqué");
            assertThat(text).startsWith("The owners of the harbour café signed a communiqué on Monday")
                    .contains("pier.\n\"We cannot wait").contains("Café Müller said on the quay.\n\nThe council").doesNotContain("&").doesNotContain("<br");
            assertThat(view.summary()).isNotEmpty().allSatisfy(line -> assertThat(text).contains(line)).anySatisfy(line -> assertThat(line).contains("café"));
            view.quotes().forEach(q -> assertThat(text.substring(q.range().start(), q.range().end())).doesNotContain("&"));
        }
    }
}
