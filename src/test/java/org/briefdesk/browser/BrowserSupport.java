package org.briefdesk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefdesk.RequiredTool;

/**
 * Starts Playwright with Debian's Chromium (never a downloaded browser). On CI a missing Chromium
 * fails the run; on a developer machine without it the real-browser tests are skipped with a note
 * ({@link RequiredTool}).
 */
final class BrowserSupport {

    private static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserSupport() {}

    static Path chromium() {
        String configured = System.getenv("BRIEFDESK_CHROMIUM");
        Path chromium = configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : Path.of(configured);
        return RequiredTool.executable(
                chromium, "real-browser tests need Chromium (apt-get install chromium, or set BRIEFDESK_CHROMIUM)");
    }

    static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }
}
