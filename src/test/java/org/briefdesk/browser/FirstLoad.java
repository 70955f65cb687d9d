package org.briefdesk.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a first visit moves over the wire (issue #18, "Measure"): the login page, and the editor of
 * a demo briefing opened right after signing in, each in a browser with an empty cache, against a
 * running Briefdesk. Prints the bytes transferred (headers and bodies as sent, compressed or not),
 * the time until the network is idle, and the largest responses with their encoding.
 *
 * <p>{@code scripts/bench-first-load.sh} starts the jar and runs this; by hand: {@code java -cp …
 * org.briefdesk.browser.FirstLoad http://127.0.0.1:8080 alice briefdesk-demo "Briefing title"}.
 */
public final class FirstLoad {

    private record Transfer(String url, String type, String encoding, long bytes) {}

    private FirstLoad() {}

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String user = args.length > 1 ? args[1] : "alice";
        String password = args.length > 2 ? args[2] : "briefdesk-demo";
        String title = args.length > 3 ? args[3] : "Keleva Strait: one article, two readings";
        try (Playwright playwright = BrowserSupport.playwright();
                Browser browser = BrowserSupport.launch(playwright)) {
            try (BrowserContext context = browser.newContext()) {
                Page page = context.newPage();
                List<Transfer> login = record(page);
                long start = System.nanoTime();
                page.navigate(base + "/login");
                page.waitForLoadState(LoadState.NETWORKIDLE);
                report("login page", login, System.nanoTime() - start);

                RealBrowserTest.fillSignIn(page, user, password);
                page.waitForURL(url -> !url.contains("/login"));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.navigate(base + "/briefings");
                page.waitForLoadState(LoadState.NETWORKIDLE);
                // The demo's public analysis, in a second browser with the same session and an empty cache.
                page.getByText(title).first().click();
                page.waitForURL(url -> url.endsWith("/edit"));
                String editor = page.url();
                try (BrowserContext cold =
                        browser.newContext(new Browser.NewContextOptions().setStorageState(context.storageState()))) {
                    Page again = cold.newPage();
                    List<Transfer> transfers = record(again);
                    start = System.nanoTime();
                    again.navigate(editor);
                    again.waitForLoadState(LoadState.NETWORKIDLE);
                    again.locator("vaadin-text-area.bd-editor-body").waitFor();
                    report("editor (" + editor.replace(base, "") + ")", transfers, System.nanoTime() - start);
                }
            }
        }
    }

    private static List<Transfer> record(Page page) {
        List<Transfer> transfers = new ArrayList<>();
        page.onRequestFinished(request -> {
            Response response = request.response();
            if (response == null) {
                return;
            }
            var sizes = request.sizes();
            transfers.add(new Transfer(
                    request.url(),
                    String.valueOf(response.headerValue("content-type")),
                    String.valueOf(response.headerValue("content-encoding")),
                    Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize)));
        });
        return transfers;
    }

    private static void report(String what, List<Transfer> transfers, long nanos) {
        long total = transfers.stream().mapToLong(Transfer::bytes).sum();
        System.out.printf(
                Locale.ROOT,
                "%n%s: %d responses, %,d bytes on the wire, %d ms until the network was idle%n",
                what,
                transfers.size(),
                total,
                nanos / 1_000_000);
        transfers.stream()
                .sorted(Comparator.comparingLong(Transfer::bytes).reversed())
                .limit(6)
                .forEach(transfer -> System.out.printf(
                        Locale.ROOT,
                        "  %,9d  %-8s %-32s %s%n",
                        transfer.bytes(),
                        "null".equals(transfer.encoding()) ? "-" : transfer.encoding(),
                        transfer.type().length() > 32 ? transfer.type().substring(0, 32) : transfer.type(),
                        transfer.url().replaceFirst("^https?://[^/]+", "")));
    }
}
