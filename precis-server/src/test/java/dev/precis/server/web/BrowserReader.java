package dev.precis.server.web;

import dev.precis.server.PrecisServer;
import io.javalin.Javalin;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader served on 127.0.0.1 over a fixture library, and a headless chromium with scripts on pointed at it:
 * what every browser test starts with. Closing it quits the browser, stops the server and closes the library.
 */
final class BrowserReader implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final ReaderFixtures.Built built;
    final String origin;
    final WebDriver driver;
    private final Javalin app;

    private BrowserReader(ReaderFixtures.Built built, Javalin app, WebDriver driver) {
        this.built = built;
        this.app = app;
        this.origin = "http://127.0.0.1:" + app.port();
        this.driver = driver;
    }

    static BrowserReader start(HeadlessChromium chromium, ReaderFixtures.Built built) {
        Javalin app = PrecisServer.create(built.context(false)).start("127.0.0.1", 0);
        return new BrowserReader(built, app, chromium.start(true));
    }

    /** Loads {@code path} and waits until the document is complete. */
    void open(String path) {
        driver.get(origin + path);
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            app.stop();
            built.library().close();
        }
    }
}
