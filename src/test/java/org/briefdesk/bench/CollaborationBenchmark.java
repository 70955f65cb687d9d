package org.briefdesk.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.management.ObjectName;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.InProcessBriefingEvents;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue #7 "Measure", end to end in a real browser against the running server (not a test: it
 * asserts nothing and surefire skips the bench package unless named; run scripts/bench-collaboration.sh).
 *
 * <ol>
 *   <li>Save-to-update latency: the editor (t-author) is open in Chromium; the co-author (t-editor)
 *       saves 100 times through {@link BriefingService#save}, the call the editor's Save makes. Each
 *       latency runs from just before the save call to the moment the open page's text area
 *       receives the new text (its {@code value-changed} event), both read from the same clock
 *       ({@code System.currentTimeMillis()} and the page's {@code Date.now()}): the save's
 *       transaction, the event, {@code UI.access}, the push over the WebSocket and the browser
 *       applying it. 10 saves first as warm-up, not counted.
 *   <li>Server memory per open editor: heap in use after full collections, before and after 50
 *       editor pages are open (5 browser contexts of 10 tabs, 5 sessions), divided by 50; and again
 *       after they are closed.
 * </ol>
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// As in production: no development tools, and no component tracker. In development mode Vaadin's
// component tracker keeps two stack traces (creation and attachment) for every component, for the
// IDE's "go to the code" feature; the production jar never has it. BRIEFDESK_BENCH_COMPONENT_TRACKER=true
// measures with it, as the first runs in docs/benchmarks.md did.
@TestPropertySource(
        properties = {
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.devmode.componentTracker.enabled=${BRIEFDESK_BENCH_COMPONENT_TRACKER:false}"
        })
class CollaborationBenchmark {

    private static final int WARM_UP = 10;
    private static final int SAVES = 100;
    private static final int EDITORS = 50;
    private static final int CONTEXTS = 5;
    private static final String PASSWORD = "test-password-123";

    @LocalServerPort
    int port;

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    @Autowired
    BriefingPresence presence;

    @Autowired
    InProcessBriefingEvents events;

    @Test
    void measure() throws Exception {
        BriefingDetails briefing = actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(
                    "Benchmark " + UUID.randomUUID().toString().substring(0, 8)));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    "Pilots stopped work.\n\nTalks are on Thursday.",
                                    Audience.INTERNAL,
                                    Set.of(),
                                    Set.of(TestUsers.EDITOR)),
                            null,
                            false)
                    .briefing();
        });
        StringBuilder report = new StringBuilder();
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = launch(playwright)) {
            latency(browser, briefing, report);
            memory(browser, briefing, report);
        }
        Path results = Path.of("target", "bench-results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("collaboration.md"), report);
        System.out.println(report);
    }

    private void latency(Browser browser, BriefingDetails briefing, StringBuilder report) {
        Latencies latencies = new Latencies();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR);
            openEditor(page, briefing.id());
            for (int i = 0; i < WARM_UP + SAVES; i++) {
                String marker = "m" + i + "x" + UUID.randomUUID().toString().substring(0, 6);
                page.evaluate(
                        "marker => { window.bdArrived = undefined;"
                                + " const area = document.querySelector('vaadin-text-area.bd-editor-body');"
                                + " const heard = e => { if (String(e.detail.value).includes(marker)) {"
                                + " window.bdArrived = Date.now(); area.removeEventListener('value-changed', heard); } };"
                                + " area.addEventListener('value-changed', heard); }",
                        marker);
                long started = System.currentTimeMillis();
                actingUser.as(TestUsers.EDITOR, () -> {
                    BriefingDetails current = briefingService.get(briefing.id()).orElseThrow();
                    return briefingService.save(
                            briefing.id(),
                            current.currentRevisionId(),
                            current.toDraft()
                                    .withBody("Pilots stopped work.\n\nTalks are on Thursday.\n\nLatest: " + marker
                                            + "."),
                            null,
                            false);
                });
                page.waitForFunction("() => window.bdArrived !== undefined");
                long arrived = ((Number) page.evaluate("() => window.bdArrived")).longValue();
                if (i >= WARM_UP) {
                    latencies.add((arrived - started) * 1_000_000L);
                }
            }
        }
        report.append("## Save to update in another session\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "%d saves: median %.0f ms, p95 %.0f ms, mean %.1f ms, max %.0f ms%n%n",
                        latencies.count(),
                        latencies.percentileMillis(50),
                        latencies.percentileMillis(95),
                        latencies.meanMillis(),
                        latencies.maxMillis()));
    }

    private void memory(Browser browser, BriefingDetails briefing, StringBuilder report) throws Exception {
        int presentBefore = presence.size();
        int listenersBefore = events.listenerCount();
        long before = usedHeapAfterGc();
        histogram("before");
        List<BrowserContext> contexts = new ArrayList<>();
        for (int c = 0; c < CONTEXTS; c++) {
            BrowserContext context = browser.newContext();
            contexts.add(context);
            Page first = signIn(context, c % 2 == 0 ? TestUsers.AUTHOR : TestUsers.EDITOR);
            openEditor(first, briefing.id());
            for (int p = 1; p < EDITORS / CONTEXTS; p++) {
                openEditor(context.newPage(), briefing.id());
            }
        }
        int open = presence.size() - presentBefore;
        long during = usedHeapAfterGc();
        histogram("open");
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            }
        }
        // Tabs closed with their unload beacon leave at once; any whose beacon got lost leave when
        // their heartbeats stop (about 13 s with a 5 s heartbeat).
        Thread.sleep(20_000);
        int left = presence.size() - presentBefore;
        int listenersLeft = events.listenerCount() - listenersBefore;
        long after = usedHeapAfterGc();
        contexts.forEach(BrowserContext::close);
        report.append("## Server memory per open editor\n\n")
                .append(String.format(
                        Locale.ROOT,
                        "heap in use after GC: %.1f MB before, %.1f MB with %d editors open (%d counted present),"
                                + " %.1f MB 20 s after closing them (%d still present, %d listeners left)%n"
                                + "per open editor: %.0f KB%n",
                        before / 1e6,
                        during / 1e6,
                        EDITORS,
                        open,
                        after / 1e6,
                        left,
                        listenersLeft,
                        (during - before) / 1e3 / EDITORS));
    }

    /**
     * With BRIEFDESK_BENCH_HISTOGRAM set, the heap's class histogram (live objects, after a full
     * collection) goes to target/bench-results/collaboration-histogram-NAME.txt: comparing the one
     * taken with the editors open to the one before shows where their memory goes.
     */
    private static void histogram(String name) throws Exception {
        if (System.getenv("BRIEFDESK_BENCH_HISTOGRAM") == null) {
            return;
        }
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        Path results = Path.of("target", "bench-results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("collaboration-histogram-" + name + ".txt"), text);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("vaadin-button:has-text('Log in')").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private void openEditor(Page page, long briefingId) {
        page.setDefaultTimeout(60_000);
        page.navigate("http://localhost:" + port + "/briefings/" + briefingId + "/edit");
        page.locator("vaadin-text-area.bd-editor-body textarea").waitFor();
    }

    private static Browser launch(Playwright playwright) {
        String configured = System.getenv("BRIEFDESK_CHROMIUM");
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(
                                Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured))
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
