package org.briefdesk.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small source library for the pipeline's unit tests; texts invented for the tests. */
final class InMemorySources implements SourceLookup {

    private final Map<String, SourceInfo> sources = new LinkedHashMap<>();

    InMemorySources add(String key, String title, String body) {
        return add(key, title, body, 1);
    }

    InMemorySources add(String key, String title, String body, int version) {
        sources.put(
                key,
                new SourceInfo(
                        key,
                        title,
                        "Harbour Gazette",
                        LocalDate.of(2025, 3, 4),
                        "https://harbour.example/" + key,
                        Instant.parse("2025-03-05T10:00:00Z"),
                        "B2",
                        version,
                        body));
        return this;
    }

    InMemorySources add(SourceInfo source) {
        sources.put(source.key(), source);
        return this;
    }

    @Override
    public Optional<SourceInfo> find(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    @Override
    public List<SourceInfo> candidatesContaining(String quotation) {
        return List.copyOf(sources.values());
    }
}
