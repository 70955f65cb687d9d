package org.briefdesk.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.briefdesk.source.importer.FileResult;
import org.briefdesk.source.importer.ImportLimits;
import org.briefdesk.source.importer.SourceFileReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo profile's source library: a dozen invented articles on one evolving story, read from
 * {@code demo/sources/*.md} by the same importer users use. Added once, to an empty library.
 */
@Component
@Profile("demo")
@Order(5)
class DemoSources implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSources.class);

    private final SourceRepository sources;
    private final SourceStore store;

    DemoSources(SourceRepository sources, SourceStore store) {
        this.sources = sources;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (sources.count() > 0) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/sources/*.md");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename, Comparator.nullsLast(String::compareTo)));
        SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());
        int added = 0;
        for (Resource file : files) {
            byte[] content;
            try (InputStream in = file.getInputStream()) {
                content = in.readAllBytes();
            }
            String name = file.getFilename() == null ? "demo.md" : file.getFilename();
            for (FileResult result : reader.read(name, content)) {
                if (result.document() == null) {
                    log.warn("Demo source {} not added: {}", name, result.refusal());
                    continue;
                }
                store.add(SourceRules.validate(SourceService.toDraft(result.document())), "demo");
                added++;
            }
        }
        log.info("Demo library: {} sources added.", added);
    }
}
