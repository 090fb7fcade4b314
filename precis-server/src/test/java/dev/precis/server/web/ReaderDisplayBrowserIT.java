package dev.precis.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.server.MissingSpaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What walk43 changed in how pages read, in headless chromium over this project's fixtures (no shared data needed):
 * the digest page's header and a space the source left out (in the body and in the summary the script opens); walk46: half a
 * quotation paired in the summary the script opens. Skips when chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 120)
class ReaderDisplayBrowserIT {

    private static final Duration WAIT = BrowserReader.WAIT;

    private BrowserReader reader;
    private long unspaced;
    private long quoted;
    private WebDriver driver;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.requireInstalled();
        ReaderFixtures.Built built = ReaderFixtures.build(dir.resolve("lib"), null);
        unspaced = ReaderFixtures.add(built.library(), "fixtures", "2023-04-06", null, "Harbour Party backs the pier plan",
                "A spokesman for the Harbour Party,said on Monday that the party would back the plan to rebuild the pier.",
                "He called the old pier dangerous.The council will vote on the plan in May, and the work could start in June.",
                "Fishermen said they had waited two winters for a safe place to moor their boats.");
        quoted = ReaderFixtures.add(built.library(), "fixtures", "2023-04-07", null, "Brannock pier safe again",
                "Harbour master Ruth Alder said: \"The old stone pier at Brannock is safe to use again after the winter storms. "
                        + "The repairs to its north wall start in May and the ferries return in June.\"");
        built.library().flush();
        reader = BrowserReader.start(chromium, built);
        driver = reader.driver;
    }

    @AfterAll
    void stop() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private void open(String path) {
        reader.open(path);
    }

    @Test
    void theDigestPageHasTheReadersHeaderStyledAndWithoutScript() {
        open("/digest?since=2000-01-01");
        WebElement header = driver.findElement(By.cssSelector("header.site"));
        assertThat(header.isDisplayed()).isTrue();
        // its rules are in the page's one inline style, which the content policy lets through
        assertThat(script("return getComputedStyle(document.querySelector('header.site .bar')).display;")).isEqualTo("flex");
        assertThat((String) script("return getComputedStyle(document.body).fontFamily;")).contains("Georgia");
        assertThat((Long) script("return document.scripts.length;")).isZero();
        assertThat(header.getLocation().getY()).isLessThan(driver.findElement(By.tagName("h1")).getLocation().getY());
        // the header leads on: a search from the digest lands on the reader's search page
        WebElement box = driver.findElement(By.id("site-q"));
        box.sendKeys("pier");
        box.submit();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
        assertThat(driver.getCurrentUrl()).startsWith(reader.origin + "/search?q=pier");
        driver.findElement(By.cssSelector("header.site a.brand")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("digest")));
    }

    @Test
    void aSpaceLeftOutIsShownWhileTheSummaryStillMarksTheStoredText() {
        open("/articles/" + unspaced);
        List<WebElement> spaces = driver.findElements(By.cssSelector("#article-body span.space"));
        assertThat(spaces).hasSize(2);
        // shown as a space's width, not written into the text the script maps ranges onto
        assertThat(spaces).allSatisfy(s -> assertThat(((Number) script("return arguments[0].getBoundingClientRect().width;", s))
                .doubleValue()).isGreaterThan(1.0));
        assertThat((String) script("return document.getElementById('article-body').textContent;")).contains("Party,said")
                .contains("dangerous.The");
        driver.findElement(By.id("summary-button")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#summary-sentences li")).isEmpty());
        List<WebElement> items = driver.findElements(By.cssSelector("#summary-sentences li"));
        // the opened summary reads as the body does (the API's text is the stored one), its marks the stored text
        assertThat(items).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Harbour Party, said"))
                .noneSatisfy(t -> assertThat(t).contains("Party,said"));
        for (int i = 0; i < items.size(); i++) {
            String marked = (String) script("return Array.from(document.querySelectorAll('#article-body mark.in-summary[data-sentence=\"'"
                    + " + arguments[0] + '\"]')).map(m => m.textContent).join('');", i);
            assertThat(items.get(i).getText()).isEqualTo(MissingSpaces.mend(marked));
        }
    }

    @Test
    void theSummaryTheScriptOpensPairsAQuotationCutAtASentence() {
        open("/articles/" + quoted);
        driver.findElement(By.id("summary-button")).click();
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#summary-sentences li")).isEmpty());
        List<WebElement> items = driver.findElements(By.cssSelector("#summary-sentences li"));
        // a line from the two-sentence quotation holds one of its marks in the stored text; it is shown with its partner
        assertThat(items).allSatisfy(li -> assertThat(li.getText().chars().filter(c -> c == '"').count() % 2).isZero())
                .anySatisfy(li -> assertThat(li.getText()).contains("\"The repairs to its north wall").endsWith("June.\""));
        for (int i = 0; i < items.size(); i++) {
            String marked = (String) script("return Array.from(document.querySelectorAll('#article-body mark.in-summary[data-sentence=\"'"
                    + " + arguments[0] + '\"]')).map(m => m.textContent).join('');", i);
            assertThat(items.get(i).getText()).isEqualTo(dev.precis.server.ShownQuotes.shown(marked));
        }
    }
}
