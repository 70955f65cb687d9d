package org.briefdesk.source;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the search index at start-up when it holds fewer sources than the database, for example
 * after the index folder was deleted. The database is the record; the index can always be rebuilt.
 */
@Component
@Order(10)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManager entityManager;
    private final SourceRepository sources;

    SearchIndexBootstrap(EntityManager entityManager, SourceRepository sources) {
        this.entityManager = entityManager;
        this.sources = sources;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) throws InterruptedException {
        long stored = sources.count();
        SearchSession session = Search.session(entityManager);
        long indexed = session.search(Source.class).where(f -> f.matchAll()).fetchTotalHitCount();
        if (indexed >= stored) {
            return;
        }
        log.info("The search index holds {} of {} sources: rebuilding it.", indexed, stored);
        long started = System.nanoTime();
        session.massIndexer(Source.class).threadsToLoadObjects(2).startAndWait();
        log.info("Search index rebuilt: {} sources in {} ms.", stored, (System.nanoTime() - started) / 1_000_000);
    }
}
