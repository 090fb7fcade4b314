package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.precis.model.SummaryLength;
import dev.precis.testing.SharedData;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader in a real browser: Debian's headless chromium driven through chromedriver, against a
 * server on 127.0.0.1 over a library holding the shared seed articles and this project's fixtures.
 * Skips with a message when chromium or chromedriver is not installed ({@link HeadlessChromium}) or when
 * ../shared is absent. Every wait is bounded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120)
class ReaderBrowserIT {

    private static final Duration WAIT = BrowserReader.WAIT;

    private BrowserReader reader;
    private ReaderFixtures.Built built;
    private WebDriver driver;
    private String origin;
    private HeadlessChromium chromium;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        chromium = HeadlessChromium.requireInstalled();
        Path seeds = SharedData.require("seeds");
        built = ReaderFixtures.build(dir.resolve("lib"), seeds);
        assertThat(built.ids()).containsKeys("seed003", "seed000");
        reader = BrowserReader.start(chromium, built);
        origin = reader.origin;
        driver = reader.driver;
    }

    @AfterAll
    void stop() throws Exception {
        if (reader != null) {
            reader.close();
        } else if (built != null) {
            built.library().close();
        }
    }

    @BeforeEach
    void desktop() {
        if (driver != null) {
            driver.manage().window().setSize(new Dimension(1280, 1500));
        }
    }

    private void open(String path) {
        reader.open(path);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    private long seed003() {
        return built.ids().get("seed003");
    }

    private List<WebElement> summaryItems() {
        return driver.findElements(By.cssSelector("#summary-sentences li"));
    }

    @Test
    void summaryOpensInPlaceAndChangesLength() throws Exception {
        open("/articles/" + seed003());
        assertThat(driver.findElement(By.id("article-title")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("summary")).isDisplayed()).isFalse();
        String body = driver.findElement(By.id("article-body")).getText();
        assertThat(body).doesNotContain("No time to read?").doesNotContain("Previous Article");
        // a marker that a page load would wipe: the summary must open without leaving the page
        ((JavascriptExecutor) driver).executeScript("window.precisMarker = 'still here';");

        WebElement button = driver.findElement(By.id("summary-button"));
        assertThat(button.getText()).isEqualTo("No time to read? Get a summary");
        button.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        // the default length is a 75-word budget: whole sentences, at most 75 words together
        waiting().until(d -> !summaryItems().isEmpty());
        int shown = summaryItems().size();
        assertThat(SummaryLength.wordCount(String.join(" ", summaryItems().stream().map(WebElement::getText).toList())))
                .isBetween(1, 75);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        screenshot("article-summary.png");
        assertThat(((JavascriptExecutor) driver).executeScript("return window.precisMarker")).isEqualTo("still here");
        for (WebElement li : summaryItems()) {
            assertThat(body).contains(li.getText());
        }
        // each summary sentence is marked in the text, exactly
        for (int i = 0; i < shown; i++) {
            String marked = (String) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('#article-body mark.in-summary[data-sentence=\"' + arguments[0] + '\"]'))"
                            + ".map(m => m.textContent).join('');", i);
            assertThat(marked).isEqualTo(summaryItems().get(i).getText());
        }
        // clicking a summary sentence scrolls to its mark in the text, without a script error
        ((JavascriptExecutor) driver).executeScript("window.precisErrors = [];"
                + "window.addEventListener('error', e => window.precisErrors.push(String(e.message)));");
        summaryItems().get(2).click();
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const r = document.querySelector('#article-body mark.in-summary[data-sentence=\"2\"]').getBoundingClientRect();"
                        + "return window.precisErrors.length > 0 || (r.top >= 0 && r.bottom <= window.innerHeight);"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.precisErrors")).asList().isEmpty();

        Select length = new Select(driver.findElement(By.id("summary-sentences-select")));
        length.selectByValue("6-sentences");
        waiting().until(d -> summaryItems().size() == 6);
        length.selectByValue("1-sentences");
        waiting().until(d -> summaryItems().size() == 1);
        assertThat(driver.findElements(By.cssSelector("#article-body mark.in-summary[data-sentence='1']"))).isEmpty();
        assertThat(((JavascriptExecutor) driver).executeScript("return window.precisMarker")).isEqualTo("still here");

    }

    @Test
    void summaryHasItsOwnAddressAndThePageFitsAPhone() throws Exception {
        open("/articles/" + seed003() + "/summary?length=4-sentences");
        assertThat(driver.findElement(By.id("summary")).isDisplayed()).isTrue();
        assertThat(summaryItems()).hasSize(4);

        driver.manage().window().setSize(new Dimension(390, 1100));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        screenshot("article-summary-phone.png");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.prev-next').scrollIntoView();");
        screenshot("article-nav-phone.png");
        long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
    }

    @Test
    void withoutJavaScriptTheSummaryButtonAndLengthFormStillWork() {
        WebDriver plain = chromium.start(false);
        try {
            plain.get(origin + "/articles/" + seed003());
            plain.findElement(By.id("summary-button")).click();
            new WebDriverWait(plain, WAIT).until(d -> d.getCurrentUrl().contains("/articles/" + seed003() + "/summary?length=75-words"));
            assertThat(plain.findElement(By.id("summary")).isDisplayed()).isTrue();
            assertThat(plain.findElements(By.cssSelector("#summary-sentences li"))).isNotEmpty();
            new Select(plain.findElement(By.id("summary-sentences-select"))).selectByValue("5-sentences");
            WebElement update = plain.findElement(By.cssSelector("#summary-length button[type=submit]"));
            assertThat(update.isDisplayed()).isTrue();
            update.click();
            new WebDriverWait(plain, WAIT).until(d -> d.getCurrentUrl().contains("length=5-sentences"));
            assertThat(plain.findElements(By.cssSelector("#summary-sentences li"))).hasSize(5);
        } finally {
            plain.quit();
        }
    }

    @Test
    void nextAndPreviousLeadThroughTheLibraryAndTheStory() throws Exception {
        open("/articles/" + seed003());
        String title = driver.findElement(By.id("article-title")).getText();
        driver.findElement(By.cssSelector("#nav-library a.next")).click();
        waiting().until(d -> !d.getCurrentUrl().endsWith("/articles/" + seed003()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
        assertThat(driver.findElement(By.id("article-title")).getText()).isNotEqualTo(title);
        driver.findElement(By.cssSelector("#nav-library a.prev")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/articles/" + seed003()));
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(title);

        // the two seeds are one story: Next within the story is the 2024 article
        driver.findElement(By.cssSelector("#nav-story a.next")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/articles/" + built.ids().get("seed000")));
        driver.findElement(By.cssSelector("#nav-story a.prev")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/articles/" + seed003()));
        assertThat(driver.findElements(By.cssSelector(".timeline li"))).isNotEmpty();

        // the story page: both seeds, and a timeline spanning 2022 to 2024
        driver.findElement(By.cssSelector(".kicker a[href^='/stories/']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("story-articles")));
        assertThat(driver.findElements(By.cssSelector("#story-articles a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("/articles/" + seed003()))
                .anySatisfy(h -> assertThat(h).endsWith("/articles/" + built.ids().get("seed000")));
        List<String> when = driver.findElements(By.cssSelector(".timeline .when")).stream().map(WebElement::getText).toList();
        assertThat(when).anySatisfy(w -> assertThat(w).startsWith("2022")).anySatisfy(w -> assertThat(w).startsWith("2024"));
        screenshot("story.png");
    }

    @Test
    void digestPageIsSelfContainedAndLeadsToTheSeedStoryAndItsSources() throws Exception {
        open("/digest?since=2020-01-01");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("What happened since 2020-01-01");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // main: its inline style was dropped, the reader's content policy not naming it
        assertThat((String) js.executeScript("return getComputedStyle(document.body).fontFamily;")).contains("Georgia");
        assertThat((Long) js.executeScript("return document.scripts.length;")).isZero();
        // nothing is fetched from anywhere but this server, and every link stays on it
        assertThat((Long) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(r => !r.name.startsWith(location.origin)).length;")).isZero();
        assertThat(driver.findElements(By.cssSelector("a[href], img[src], link[href]")))
                .extracting(e -> e.getAttribute(e.getTagName().equals("img") ? "src" : "href"))
                .isNotEmpty().allSatisfy(u -> assertThat(u).startsWith(origin + "/"));
        // the seeds' story is in the digest, its summary sentences each cite one of its articles
        WebElement seedStory = driver.findElements(By.cssSelector("section")).stream()
                .filter(sec -> sec.findElements(By.cssSelector("ol.summary .src a")).stream().map(a -> a.getAttribute("href"))
                        .anyMatch(h -> h.endsWith("/articles/" + seed003()) || h.endsWith("/articles/" + built.ids().get("seed000"))))
                .findFirst().orElseThrow(() -> new AssertionError("no digest section cites a seed article"));
        List<WebElement> sentences = seedStory.findElements(By.cssSelector("ol.summary li"));
        assertThat(sentences).isNotEmpty().allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".src a")).getAttribute("href"))
                .matches(".*/articles/(" + seed003() + "|" + built.ids().get("seed000") + ")"));
        // a sentence's source reads as its article's headline, not as character offsets
        assertThat(sentences).allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".src a")).getText())
                .isNotBlank().doesNotContainPattern("#\\d+ \\d+–\\d+"));
        screenshot("digest.png");
        seedStory.findElement(By.cssSelector("h2 a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("story-articles")));
        assertThat(driver.findElements(By.cssSelector("#story-articles a"))).extracting(a -> a.getAttribute("href"))
                .anySatisfy(h -> assertThat(h).endsWith("/articles/" + seed003()));
    }

    @Test
    void speakerLinksToAnEntityPageWithWhatTheySaid() throws Exception {
        open("/articles/" + seed003());
        List<WebElement> quotes = driver.findElements(By.cssSelector("#quotes li"));
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(10);
        // a quote links to its place in the text
        String anchor = quotes.get(0).findElement(By.cssSelector("a.said")).getAttribute("href");
        String id = anchor.substring(anchor.indexOf('#') + 1);
        assertThat(driver.findElement(By.id(id)).getText()).isNotEmpty();

        WebElement speaker = driver.findElement(By.cssSelector("#quotes a.speaker"));
        String name = speaker.getText();
        speaker.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entity-name")));
        assertThat(driver.findElement(By.id("entity-name")).getText()).isEqualTo(name);
        screenshot("entity.png");
        assertThat(driver.findElements(By.cssSelector("#entity-quotes li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#entity-articles a")))
                .anySatisfy(a -> assertThat(a.getAttribute("href")).endsWith("/articles/" + seed003()));
    }

    @Test
    void searchFindsTheSeedsWithHighlights() throws Exception {
        open("/");
        assertThat(((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.querySelector('#digest ol.summary'))"
                + ".borderLeftWidth;")).as("the home digest's lists are not summary boxes").isEqualTo("0px");
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("OSCE");
        box.submit();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
        assertThat(driver.findElements(By.cssSelector("#search-results li > a")))
                .anySatisfy(a -> assertThat(a.getAttribute("href")).endsWith("/articles/" + seed003()));
        assertThat(driver.findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
        screenshot("search.png");
    }

    @Test
    void feedsPageShowsEachSubscriptionsHealth() throws Exception {
        dev.precis.store.Subscriptions subs = built.library().subscriptions();
        java.time.Instant t = java.time.Instant.parse("2026-03-02T06:00:00Z");
        String bad = "<img src=x onerror=alert(1)>";
        long healthy = subs.add("https://wire.example/world.xml", null, "World", Duration.ofMinutes(30), t).orElseThrow().id();
        long failing = subs.add("https://broken.example/feed.xml", bad, null, Duration.ofHours(2), t).orElseThrow().id();
        subs.record(healthy, new dev.precis.store.FeedUpdate("https://wire.example/world.xml", "World wire", "\"v1\"", null,
                t.plus(Duration.ofMinutes(30)), t, 0, null, 200, t, true));
        subs.record(failing, new dev.precis.store.FeedUpdate("https://broken.example/feed.xml", null, null, null,
                t.plus(Duration.ofHours(4)), t.plus(Duration.ofHours(4)), 3, "not an RSS/Atom feed: " + bad, 200, t, false));
        try {
            open("/");
            driver.findElement(By.linkText("Feeds")).click();
            waiting().until(ExpectedConditions.urlToBe(origin + "/feeds"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Feeds");
            WebElement ok = driver.findElement(By.cssSelector("tr[data-feed-id='" + healthy + "']"));
            assertThat(ok.getAttribute("class")).contains("health-ok");
            assertThat(ok.findElement(By.className("feed-title")).getText()).isEqualTo("World wire");
            assertThat(ok.getText()).contains("[World]", "30m", "2026-03-02 06:00 UTC");
            WebElement broken = driver.findElement(By.cssSelector("tr[data-feed-id='" + failing + "']"));
            assertThat(broken.findElement(By.className("feed-health")).getText()).isEqualTo("failing");
            // the publisher's markup stays text, in the title and in the error
            assertThat(broken.findElement(By.className("feed-title")).getText()).isEqualTo(bad);
            assertThat(broken.findElement(By.className("feed-error")).getText()).isEqualTo("3 failed reads: not an RSS/Atom feed: " + bad);
            assertThat(driver.findElements(By.cssSelector("tr.feed img"))).isEmpty();
            assertNoAlert();
            assertThat(driver.findElement(By.className("feeds")).getText()).contains("2 subscriptions, 1 failing");
            screenshot("feeds.png");
        } finally {
            subs.remove(healthy);
            subs.remove(failing);
        }
    }

    @Test
    void markupInTitlesBylinesAndQuotesRendersAsText() throws Exception {
        open("/articles/" + built.ids().get("xssTitle"));
        assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo(ReaderFixtures.XSS_TITLE);
        // the document title is the text as written, without invisible isolate characters
        assertThat(driver.getTitle()).startsWith(ReaderFixtures.XSS_TITLE + " · ").doesNotContainPattern("[\u2066-\u2069]");
        assertNoAlert();
        assertThat(scriptsWithInlineCode()).isZero();

        open("/articles/" + built.ids().get("xssByline"));
        WebElement byline = driver.findElement(By.id("article-byline"));
        assertThat(byline.getText()).isEqualTo(ReaderFixtures.XSS_BYLINE);
        assertThat(byline.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("img"))).isEmpty();
        assertNoAlert();

        open("/articles/" + built.ids().get("scriptQuote"));
        assertThat(driver.findElement(By.id("article-body")).getText()).contains(ReaderFixtures.SCRIPT_QUOTE_WORDS);
        assertThat(driver.findElement(By.id("quotes")).getText()).contains(ReaderFixtures.SCRIPT_QUOTE_WORDS);
        assertNoAlert();
        assertThat(scriptsWithInlineCode()).isZero();

        open("/");
        screenshot("home.png");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(ReaderFixtures.XSS_TITLE);
        assertNoAlert();
    }

    private long scriptsWithInlineCode() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.scripts).filter(s => !s.src || s.textContent.trim().length > 0).length;");
    }

    private void assertNoAlert() {
        assertThrows(TimeoutException.class,
                () -> new WebDriverWait(driver, Duration.ofMillis(700)).until(ExpectedConditions.alertIsPresent()));
    }

    @Test
    void writesNeedTheTokenAndFormsTheirCsrfToken() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(origin + "/add"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("text=Title%0A%0ABody")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(401);
        HttpResponse<String> apiNoToken = http.send(HttpRequest.newBuilder(URI.create(origin + "/api/articles"))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Title\\n\\nBody text.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(apiNoToken.statusCode()).isEqualTo(401);

        // sign in through the form in the browser
        open("/login?next=/add");
        driver.findElement(By.id("token")).sendKeys(ReaderFixtures.TOKEN);
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/add"));
        assertThat(driver.manage().getCookieNamed(ReaderSessions.COOKIE).isHttpOnly()).isTrue();
        assertThat(driver.manage().getCookieNamed(ReaderSessions.COOKIE).getSameSite()).isEqualTo("Strict");

        // the same form without its CSRF token is refused
        ((JavascriptExecutor) driver).executeScript("document.querySelector('form.stacked input[name=csrf]').remove();");
        driver.findElement(By.id("text")).sendKeys("Test headline\n\nA paragraph of text for the test.");
        driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not allowed"));
        assertThat(driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("403");
    }

    private void screenshot(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
