package org.briefdesk.index;

import java.nio.file.Path;
import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's settings for the chosen {@link SearchBackend}.
 *
 * <p>Lucene (one node): an index folder under the data directory, written in the saving
 * transaction's wake, so a source is found as soon as it is saved.
 *
 * <p>OpenSearch (several nodes): a save writes an event to the outbox table in its own transaction
 * and never waits for OpenSearch; each node's event processor carries the events to OpenSearch
 * (outbox-polling coordination, as Hibernate Search's documentation prescribes for several nodes).
 * Nothing contacts OpenSearch while the node starts, so a node starts while OpenSearch is down;
 * {@link SearchIndexUpkeep} creates the indexes once it answers.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

    private static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer searchBackendSettings(
            SearchBackend backend, @Value("${briefdesk.data-dir}") String dataDir) {
        return properties -> properties.putAll(
                backend.isOpenSearch() ? openSearch(backend) : lucene(Path.of(dataDir, "search-index")));
    }

    private static Map<String, Object> lucene(Path directory) {
        return Map.of(
                PREFIX + "backend.type", "lucene",
                PREFIX + "backend.directory.root", directory.toString(),
                PREFIX + "backend.analysis.configurer", "class:" + SearchAnalysis.class.getName(),
                PREFIX + "backend.lucene_version", "LATEST",
                PREFIX + "indexing.plan.synchronization.strategy", "sync");
    }

    private static Map<String, Object> openSearch(SearchBackend backend) {
        var settings = new java.util.HashMap<String, Object>();
        settings.put(PREFIX + "backend.type", "elasticsearch");
        settings.put(PREFIX + "backend.uris", backend.url());
        if (!backend.username().isEmpty()) {
            settings.put(PREFIX + "backend.username", backend.username());
            settings.put(PREFIX + "backend.password", backend.password());
        }
        // Known in advance, so that starting needs no answer from OpenSearch.
        settings.put(PREFIX + "backend.version", "opensearch:2.19");
        settings.put(PREFIX + "backend.version_check.enabled", "false");
        settings.put(PREFIX + "schema_management.strategy", "none");
        settings.put(
                PREFIX + "backend.layout.strategy",
                BeanReference.ofInstance(new PrefixedIndexLayout(backend.indexPrefix())));
        settings.put(PREFIX + "backend.analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
        // A search waits at most this long, then says that search is unavailable.
        settings.put(PREFIX + "backend.connection_timeout", "2000");
        settings.put(PREFIX + "backend.read_timeout", "10000");
        settings.put(PREFIX + "backend.request_timeout", "10000");
        settings.put(PREFIX + "coordination.strategy", "outbox-polling");
        // A change that OpenSearch refused is tried again after 5 s (three times; then the upkeep
        // sends it again once OpenSearch answers).
        settings.put(PREFIX + "coordination.event_processor.retry_delay", "5");
        // Portable column types for the outbox and agent tables (Flyway V9 creates them).
        settings.put(PREFIX + "coordination.entity.mapping.outboxevent.uuid_type", "CHAR");
        return settings;
    }
}
