package dev.precis.server.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.precis.store.ArticleRef;
import dev.precis.store.Digest;
import dev.precis.store.DigestWindow;
import dev.precis.store.StoryInfo;
import dev.precis.store.StorySummary;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestFormatsTest {

    private static final String TEXT = "Harbour <town> votes to rebuild the pier. The council & the fund share the cost.";

    private static Digest digest() {
        StoryInfo story = new StoryInfo(7, "Pier <b>rebuilt</b>", List.of("Selby Harbour"), "2023-04-01", "2023-04-02", 2);
        StorySummary summary = new StorySummary(7, "2023-01-01", List.of(
                new StorySummary.Sentence(11, 0, 41, TEXT.substring(0, 41), "2023-04-01", "wire", null, "Pier <vote> due"),
                new StorySummary.Sentence(12, 42, TEXT.length(), TEXT.substring(42), "2023-04-02", "courier", null, "Fund [and] council split cost")));
        Digest.Entry e = new Digest.Entry(story, List.of(new ArticleRef(12, "Pier vote", "2023-04-02", "courier", 0),
                new ArticleRef(11, "Pier", "2023-04-01", "wire", 0)), 2, 5.0, summary);
        return new Digest(new DigestWindow(LocalDate.of(2023, 1, 1), null), "2023-04-03T08:00:00Z", List.of(e));
    }

    @Test
    void anEntrysIdStaysTheSameForTheSameContentAndChangesWithIt() throws Exception {
        Digest now = digest();
        Digest later = new Digest(now.window(), "2023-04-03T09:30:00Z", now.stories());
        assertThat(entryIdOf(DigestFeed.atom(later, "http://h"))).isEqualTo(entryIdOf(DigestFeed.atom(now, "http://h")));
        Digest.Entry e = now.stories().get(0);
        Digest.Entry oneMore = new Digest.Entry(e.story(), List.of(e.newArticles().get(0), e.newArticles().get(1),
                new ArticleRef(13, "Pier opens", "2023-04-03", "wire", 0)), e.sources(), e.score(), e.summary());
        Digest grown = new Digest(now.window(), "2023-04-03T09:30:00Z", List.of(oneMore));
        assertThat(entryIdOf(DigestFeed.atom(grown, "http://h"))).isNotEqualTo(entryIdOf(DigestFeed.atom(now, "http://h")));
        assertThat(entryIdOf(DigestFeed.atom(now, "http://h"))).doesNotContain("2023-04-03T");
    }

    private static String entryIdOf(String atom) throws Exception {
        return new SyndFeedInput().build(new StringReader(atom)).getEntries().get(0).getUri();
    }

    @Test
    void whoSpeaksFollowsASentenceOnlyWhenItDoesNotSayItself() {
        String quote = "\u201cWe will finish the pier by summer,\u201d he said.";
        String named = "The pier will open in May, the harbour master has said.";
        assertThat(DigestFormats.said(new StorySummary.Sentence(11, 0, quote.length(), quote, null, "wire", "Ruth Alder", null)))
                .isEqualTo(quote + " — Ruth Alder");
        assertThat(DigestFormats.said(new StorySummary.Sentence(12, 0, named.length(), named, null, "wire", "the harbour master", null)))
                .isEqualTo(named);
    }

    @Test
    void htmlIsSelfContainedAndEscaped() {
        String html = DigestFormats.html(digest(), "");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>");
        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("src=");
        assertThat(html).contains("Pier &lt;b&gt;rebuilt&lt;/b&gt;").contains("Harbour &lt;town&gt;")
                .contains("(<a href=\"/articles/11\">Pier &lt;vote&gt; due</a>, wire, 2023-04-01)").doesNotContain("0–41");
    }

    @Test
    void aSpaceTheSourceLeftOutIsShownInTheReadFormsAndTheJsonKeepsTheStoredText() throws Exception {
        String stored = "The Harbour Party,said the pier would open.";
        Digest d = digest();
        Digest.Entry e = d.stories().get(0);
        StorySummary one = new StorySummary(7, "2023-01-01", List.of(new StorySummary.Sentence(11, 0, stored.length(), stored,
                "2023-04-01", "wire", null, "Pier vote")));
        Digest spaced = new Digest(d.window(), d.generated(), List.of(new Digest.Entry(e.story(), e.newArticles(), 2, 5.0, one)));
        for (String shown : new String[] {DigestFormats.text(spaced), DigestFormats.markdown(spaced), DigestFormats.html(spaced, "")}) {
            assertThat(shown).contains("The Harbour Party, said the pier").doesNotContain("Party,said");
        }
        JsonNode sentence = new ObjectMapper().readTree(DigestFormats.json(spaced)).at("/stories/0/summary/sentences/0");
        assertThat(sentence.get("text").asText()).isEqualTo(stored);
    }

    @Test
    void atomFeedParsesWithRomeWithOneEntryPerDigest() throws Exception {
        String atom = DigestFeed.atom(digest(), "http://127.0.0.1:8080");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).contains("since 2023-01-01");
            assertThat(e.getContents().get(0).getValue()).contains("Harbour &lt;town&gt;");
            assertThat(e.getUpdatedDate()).isNotNull();
        });
    }

    @Test
    void aOneArticleStorySaysOneArticleInEveryFormat() {
        Digest d = digest();
        Digest.Entry e = d.stories().get(0);
        StoryInfo single = new StoryInfo(7, "Pier vote", List.of(), "2023-04-02", "2023-04-02", 1);
        Digest one = new Digest(d.window(), d.generated(), List.of(new Digest.Entry(single, e.newArticles().subList(0, 1), 1, 1.0, e.summary())));
        assertThat(DigestFormats.text(one)).contains("1 new of 1 article, 1 source, latest 2023-04-02]").doesNotContain("1 articles");
        assertThat(DigestFormats.markdown(one)).contains("*1 new of 1 article, 1 source, latest 2023-04-02*").doesNotContain("1 articles");
        assertThat(DigestFormats.html(one, "")).contains("1 new of 1 article · 1 source · latest 2023-04-02").doesNotContain("1 articles");
    }

    @Test
    void everyReadFormGivesAnUndatedStoryNoDate() {
        Digest d = digest();
        Digest.Entry e = d.stories().get(0);
        StoryInfo undated = new StoryInfo(7, "Pier vote", List.of(), null, null, 2);
        Digest u = new Digest(d.window(), d.generated(), List.of(new Digest.Entry(undated, e.newArticles(), 2, 1.0, e.summary())));
        assertThat(DigestFormats.text(u)).contains("2 new of 2 articles, 2 sources]").doesNotContain("latest");
        assertThat(DigestFormats.markdown(u)).contains("*2 new of 2 articles, 2 sources*").doesNotContain("latest");
        assertThat(DigestFormats.html(u, "")).contains("2 new of 2 articles · 2 sources</p>").doesNotContain("latest");
    }

    @Test
    void textAndMarkdownCiteTheArticlesHeadlineAndJsonAlsoItsRange() throws Exception {
        String text = DigestFormats.text(digest());
        assertThat(text).contains("(1 story)").contains("[story 7, 2 new of 2 articles, 2 sources, latest 2023-04-02]")
                .contains(TEXT.substring(42) + " (Fund [and] council split cost, courier, 2023-04-02)").doesNotContain("42–").doesNotContain("#12");
        assertThat(DigestFormats.markdown(digest(), "https://news.example.org")).contains("## [Pier \\<b\\>rebuilt\\</b\\>](https://news.example.org/stories/7)")
                .contains(" ([Fund \\[and\\] council split cost](https://news.example.org/articles/12), courier, 2023-04-02)").doesNotContain("42–");
        JsonNode n = new ObjectMapper().readTree(DigestFormats.json(digest()));
        assertThat(n.get("since").asText()).isEqualTo("2023-01-01");
        JsonNode s = n.get("stories").get(0).get("summary").get("sentences").get(1);
        assertThat(TEXT.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("text").asText());
        assertThat(s.get("articleId").asLong()).isEqualTo(12);
        assertThat(s.get("articleTitle").asText()).isEqualTo("Fund [and] council split cost");
        // an article without a headline is named by its number
        StorySummary.Sentence untitled = new StorySummary.Sentence(13, 0, 5, "Pier.", null, null, null, " ");
        assertThat(untitled.headline()).isEqualTo("article 13");
    }

    /** The digest above with the second article read from a publisher's page (the first was pasted: no address). */
    private static Digest withOneUrl() {
        Digest d = digest();
        Digest.Entry e = d.stories().get(0);
        List<StorySummary.Sentence> s = e.summary().sentences();
        StorySummary.Sentence paged = s.get(1);
        StorySummary summary = new StorySummary(7, "2023-01-01", List.of(s.get(0), new StorySummary.Sentence(paged.articleId(), paged.start(),
                paged.end(), paged.text(), paged.published(), paged.source(), null, paged.articleTitle(), "https://courier.example/pier-cost")));
        return new Digest(d.window(), d.generated(), List.of(new Digest.Entry(e.story(), e.newArticles(), e.sources(), e.score(), summary)));
    }

    @Test
    void textCitationsCarryNumberedLinksToTheReaderOrElseTheArticlesOwnAddress() {
        String mailed = DigestFormats.text(withOneUrl(), "https://news.example.org");
        // main: no address anywhere in the text form
        assertThat(mailed).contains(TEXT.substring(0, 41) + " (Pier <vote> due, wire, 2023-04-01) [1]\n")
                .contains(TEXT.substring(42) + " (Fund [and] council split cost, courier, 2023-04-02) [2]\n")
                .endsWith("   story: https://news.example.org/stories/7\n   [1] https://news.example.org/articles/11\n"
                        + "   [2] https://news.example.org/articles/12\n");
        String local = DigestFormats.text(withOneUrl(), "");
        assertThat(local).contains("(Pier <vote> due, wire, 2023-04-01)\n").contains("(Fund [and] council split cost, courier, 2023-04-02) [1]\n")
                .endsWith("   [1] https://courier.example/pier-cost\n").doesNotContain("story: ").doesNotContain("/articles/");
        assertThat(DigestFormats.markdown(withOneUrl(), "")).contains("([Fund \\[and\\] council split cost](https://courier.example/pier-cost), courier")
                .contains("(Pier \\<vote\\> due, wire").contains("## Pier \\<b\\>rebuilt\\</b\\>\n").doesNotContain("](/");
        assertThat(DigestFormats.markdown(withOneUrl(), "https://news.example.org")).contains("](https://news.example.org/articles/12), courier");
    }

    @Test
    void aMailedDigestLinksAnArticlesOwnAddressBeforeTheServersAndTheBaseBeforeBoth() {
        // the server's own address, which a reader of the mail elsewhere cannot open (main linked every article there)
        DigestLinks served = DigestLinks.portable("", "http://127.0.0.1:7070/");
        String html = DigestFormats.html(withOneUrl(), served);
        assertThat(html).contains("<a href=\"https://courier.example/pier-cost\">Fund [and] council split cost</a>")
                .contains("<a href=\"http://127.0.0.1:7070/articles/11\">Pier &lt;vote&gt; due</a>")
                .contains("<h2><a href=\"http://127.0.0.1:7070/stories/7\">").doesNotContain("/articles/12");
        assertThat(DigestFormats.text(withOneUrl(), served)).endsWith("   story: http://127.0.0.1:7070/stories/7\n"
                + "   [1] http://127.0.0.1:7070/articles/11\n   [2] https://courier.example/pier-cost\n");
        // --base-url: every link is the reader's public page, the server's address nowhere
        String based = DigestFormats.html(withOneUrl(), DigestLinks.portable("https://news.example.org/", "http://127.0.0.1:7070/"));
        assertThat(based).contains("href=\"https://news.example.org/stories/7\"", "href=\"https://news.example.org/articles/11\"",
                "href=\"https://news.example.org/articles/12\"").doesNotContain("127.0.0.1").doesNotContain("courier.example");
        // no reader address at all ('precis digest --smtp-url' without --base-url): no link rather than one to nowhere
        String bare = DigestFormats.html(withOneUrl(), DigestLinks.portable("", ""));
        assertThat(bare).contains("<h2>Pier &lt;b&gt;rebuilt&lt;/b&gt;</h2>").contains("(Pier &lt;vote&gt; due, wire")
                .contains("href=\"https://courier.example/pier-cost\"").doesNotContain("href=\"/");
        // the reader's own pages keep their relative links to its pages
        assertThat(DigestFormats.html(withOneUrl(), "")).contains("href=\"/articles/12\"").doesNotContain("courier.example");
    }

    /** Two wire articles with one headline, source and date, a third with that headline from another paper. */
    private static Digest twins() {
        StoryInfo story = new StoryInfo(8, "Pier vote", List.of("Selby Harbour"), "2023-04-01", "2023-04-02", 3);
        StorySummary summary = new StorySummary(8, "2023-01-01", List.of(
                new StorySummary.Sentence(21, 0, 41, TEXT.substring(0, 41), "2023-04-01", "wire", null, "Harbour votes on pier"),
                new StorySummary.Sentence(22, 42, TEXT.length(), TEXT.substring(42), "2023-04-01", "wire", null, "Harbour votes on pier"),
                new StorySummary.Sentence(23, 0, 41, TEXT.substring(0, 41), "2023-04-01", "courier", null, "Harbour votes on pier")));
        Digest.Entry e = new Digest.Entry(story, List.of(new ArticleRef(21, "Harbour votes on pier", "2023-04-01", "wire", 0)), 2, 5.0, summary);
        return new Digest(new DigestWindow(LocalDate.of(2023, 1, 1), null), "2023-04-03T08:00:00Z", List.of(e));
    }

    @Test
    void articlesCitedAlikeAreToldApartByAShortIdOnlyWhenSourceAndDateAgreeToo() {
        String text = DigestFormats.text(twins());
        // main: "(Harbour votes on pier, wire, 2023-04-01)" twice
        assertThat(text).contains("(Harbour votes on pier, wire, 2023-04-01, article 21)\n", "(Harbour votes on pier, wire, 2023-04-01, article 22)\n",
                "(Harbour votes on pier, courier, 2023-04-01)\n");
        assertThat(DigestFormats.markdown(twins(), "https://news.example.org"))
                .contains("([Harbour votes on pier](https://news.example.org/articles/22), wire, 2023-04-01, article 22)");
        assertThat(DigestFormats.html(twins(), "")).contains("Harbour votes on pier</a>, wire, 2023-04-01, article 21)");
        // headlines that differ are cited as before
        assertThat(DigestFormats.text(digest())).contains("(Pier <vote> due, wire, 2023-04-01)\n").doesNotContain(", article ");
    }

    @Test
    void theJsonNamesSinceWhenAddedArticlesCountInADateWindowAndWhichOnes() throws Exception {
        JsonNode n = new ObjectMapper().readTree(DigestFormats.json(digest()));
        // main: null, though undated articles added since the date count
        assertThat(n.get("addedSince").asText()).isEqualTo("2023-01-01T00:00:00Z");
        assertThat(n.get("addedSinceFor").asText()).isEqualTo("undated");
        java.time.Instant start = java.time.Instant.parse("2023-04-02T08:00:00Z");
        JsonNode d = new ObjectMapper().readTree(DigestFormats.json(new Digest(DigestWindow.from(start), "2023-04-03T08:00:00Z", List.of())));
        assertThat(d.get("addedSince").asText()).isEqualTo("2023-04-02T08:00:00Z");
        assertThat(d.get("addedSinceFor").asText()).isEqualTo("all");
    }

    @Test
    void thePageFitsAPhoneAndNamesItsStyleForTheContentPolicy() throws Exception {
        String page = DigestFormats.html(digest(), "");
        // without the viewport a phone lays the page out 980 pixels wide and shrinks it
        assertThat(page).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        String style = page.substring(page.indexOf("<style>") + "<style>".length(), page.indexOf("</style>"));
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(style.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(style).isEqualTo(DigestFormats.style());
        assertThat(DigestFormats.styleSource(style)).isEqualTo("'sha256-" + java.util.Base64.getEncoder().encodeToString(hash) + "'");
    }
}
