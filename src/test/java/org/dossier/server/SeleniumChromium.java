package org.dossier.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless {@code chromium} driven by Selenium through Debian's {@code chromium-driver}.
 * A machine without both skips the browser tests; CI, which installs them ({@code .ci/run} sets
 * {@code DOSSIER_BROWSER_TESTS=required}), fails instead, so the tests cannot silently not run there.
 */
final class SeleniumChromium {

    private SeleniumChromium() {
    }

    static Optional<Path> driverExecutable() {
        return List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst();
    }

    /** A headless browser with a window of this size; skips the test when none is installed here. */
    static ChromeDriver start(Path profile, int width, int height) {
        Optional<Path> driver = driverExecutable();
        Optional<Path> chromium = HeadlessChromium.executable();
        if (!"required".equals(System.getenv("DOSSIER_BROWSER_TESTS"))) {
            assumeTrue(driver.isPresent() && chromium.isPresent(),
                    "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.orElseThrow(() -> new IllegalStateException("chromium is not installed")).toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.orElseThrow(() -> new IllegalStateException(
                        "chromium-driver is not installed")).toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
