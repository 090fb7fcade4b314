package dev.precis.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium and its chromedriver for the browser tests: found on the usual paths (or
 * through {@code PRECIS_CHROMIUM} and {@code PRECIS_CHROMEDRIVER}), started loopback-only. When they are
 * missing the calling test is skipped with a message, unless {@code PRECIS_BROWSER_TESTS=required}
 * (then it fails: CI installs both).
 */
final class HeadlessChromium {

    private final Path chromium;
    private final Path chromedriver;

    private HeadlessChromium(Path chromium, Path chromedriver) {
        this.chromium = chromium;
        this.chromedriver = chromedriver;
    }

    /** The installed browser, or the calling test skipped (or failed, when the browser is required). */
    static HeadlessChromium requireInstalled() {
        Optional<Path> chromium = firstExisting(System.getenv("PRECIS_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> chromedriver = firstExisting(System.getenv("PRECIS_CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        boolean found = chromium.isPresent() && chromedriver.isPresent();
        if (!found && "required".equals(System.getenv("PRECIS_BROWSER_TESTS"))) {
            throw new IllegalStateException("PRECIS_BROWSER_TESTS=required but chromium or chromedriver is missing");
        }
        Assumptions.assumeTrue(found,
                "chromium and chromedriver are not installed: skipping the browser tests "
                        + "(apt-get install chromium chromium-driver, or set PRECIS_CHROMIUM and PRECIS_CHROMEDRIVER)");
        return new HeadlessChromium(chromium.get(), chromedriver.get());
    }

    /** A new headless browser; {@code javascript} false turns scripts off (the reader must still work). */
    WebDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1500", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--hide-scrollbars", "--force-device-scale-factor=1",
                // loopback only: every other host name fails to resolve
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
        return d;
    }

    private static Optional<Path> firstExisting(String... candidates) {
        return Stream.of(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }
}
