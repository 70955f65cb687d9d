package org.briefdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.briefdesk.IntegrationTest;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An upload far over the import limit, sent straight to the import's upload address as a client
 * that ignores the browser-side limit would: the server refuses it as soon as it passes the limit,
 * without holding it, and the import report says why (issue #20). The server runs in this JVM, so
 * its heap is this test's to watch.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitBrowserTest extends RealBrowserTest {

    private static final int BODY_BYTES = 200_000_000;

    @Test
    void an_oversized_upload_is_refused_at_once_with_the_limit_named_and_the_heap_stays_flat() {
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, TestUsers.AUTHOR, TestUsers.PASSWORD, "Test author");
            page.navigate(url("/sources"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            assertThat(page.locator("vaadin-upload")).isVisible(PATIENTLY);

            List<MemoryPoolMXBean> oldGeneration = oldGeneration();
            oldGeneration.forEach(MemoryPoolMXBean::resetPeakUsage);
            long before = peak(oldGeneration);

            // 200 MB, with a Content-Length, the way Vaadin's upload sends a file; the server may
            // close the connection before the browser has sent it all, which is fine.
            Object outcome = page.evaluate("""
                    async (size) => {
                      const upload = document.querySelector('vaadin-upload');
                      try {
                        const response = await fetch(upload.target, {
                          method: 'POST',
                          headers: {'X-Filename': 'huge.txt', 'Content-Type': 'text/plain'},
                          body: new Blob([new Uint8Array(size)])
                        });
                        return 'status ' + response.status;
                      } catch (failure) {
                        return 'connection closed';
                      }
                    }""", BODY_BYTES);

            assertThat(page.getByText("The file is larger than 10 MB, the limit for one file."))
                    .isVisible(PATIENTLY);
            assertThat(page.getByText("huge.txt")).isVisible();
            assertThat(outcome).isNotNull();
            long grown = peak(oldGeneration) - before;
            assertThat(grown)
                    .as("growth of the old generation's peak while a %d-byte upload was refused", BODY_BYTES)
                    .isLessThan(BODY_BYTES / 4);
        }
    }

    /** The heap pools where a large array lands at once (G1's humongous regions count as old). */
    private static List<MemoryPoolMXBean> oldGeneration() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .toList();
        assertThat(pools).as("an old-generation heap pool to watch").isNotEmpty();
        return pools;
    }

    private static long peak(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
