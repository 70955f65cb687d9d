package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.briefdesk.Application;
import org.briefdesk.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The database is the record and the index can be rebuilt: a Briefdesk whose index folder was
 * deleted finds every source again after a restart: it rebuilds the index in the background and
 * says so meanwhile. Runs on the embedded default with the demo library.
 */
class SearchIndexRebuildTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--briefdesk.data-dir=" + dataDir, "--server.port=0");
    }

    private long searchTotal(ConfigurableApplicationContext context, String text) {
        SecurityContextHolderStrategy security = context.getBean(SecurityContextHolderStrategy.class);
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "reader", "n/a", AuthorityUtils.createAuthorityList("ROLE_READER")));
        security.setContext(securityContext);
        try {
            return context.getBean(SourceService.class)
                    .search(SourceQuery.text(text), 0, 50)
                    .total();
        } finally {
            security.clearContext();
        }
    }

    @Test
    void a_deleted_index_is_rebuilt_at_start_up_and_finds_every_source_again() throws Exception {
        long before;
        try (ConfigurableApplicationContext first = start()) {
            before = searchTotal(first, "agreements");
            assertThat(before).as("the demo library mentions agreements").isPositive();
        }
        Path index = dataDir.resolve("search-index");
        assertThat(index).isDirectory();
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        assertThat(index).doesNotExist();

        try (ConfigurableApplicationContext second = start()) {
            Waits.until(
                    "the rebuilt index to find what the first one found",
                    Duration.ofSeconds(60),
                    () -> searchTotal(second, "agreements") == before);
            assertThat(searchTotal(second, "agreements")).isEqualTo(before);
            assertThat(searchTotal(second, "EU")).isPositive();
        }
    }
}
