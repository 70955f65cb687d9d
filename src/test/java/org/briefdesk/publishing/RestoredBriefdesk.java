package org.briefdesk.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.Application;
import org.briefdesk.cluster.ClusterNode;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Briefdesk started on a restored database, as an administrator starts it after restore.sh: with a
 * new, empty search index, which it builds from the database before it is ready (the test profile
 * waits for that). Its own web server on a free port; the test profile's users.
 */
final class RestoredBriefdesk implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RestoredBriefdesk(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts on the database and settings given; a data directory of its own unless they name one. */
    static RestoredBriefdesk start(Map<String, String> settings) throws IOException {
        Map<String, String> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "briefdesk.data-dir",
                        Files.createTempDirectory("briefdesk-restored").toString(),
                "vaadin.devmode.devTools.enabled", "false",
                "spring.main.banner-mode", "off"));
        properties.putAll(settings);
        // As command-line arguments, which win over application.properties and the test profile's.
        String[] args = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new RestoredBriefdesk(
                new SpringApplicationBuilder(Application.class).profiles("test").run(args));
    }

    /** The citation keys of the sources a search for {@code words} finds, as an author searches. */
    List<String> citationKeysFound(String words) {
        return ClusterNode.as(
                context,
                TestUsers.AUTHOR,
                () -> context.getBean(SourceService.class).search(SourceQuery.text(words), 0, 50).hits().stream()
                        .map(SourceHit::citationKey)
                        .sorted()
                        .toList());
    }

    String url() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
