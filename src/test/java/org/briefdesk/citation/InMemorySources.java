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

    /**
     * The library the expected-output and hostile-input files are rendered with: two sources with
     * every field, and two with some fields missing and text that needs escaping.
     */
    static InMemorySources renderingLibrary() {
        return new InMemorySources()
                .add("varga-2025", "Talks open", "Body one.")
                .add("dahl-2025", "Envoy named", "Body two.")
                .add(new SourceInfo(
                        "okafor-2024",
                        "Ports & dues: <the ministry's> \"review\"",
                        null,
                        null,
                        null,
                        null,
                        "",
                        1,
                        "Three."))
                .add(new SourceInfo(
                        "lind-2023",
                        "Ledger of tides",
                        "Coastal Ledger",
                        null,
                        "https://ledger.example/tides?year=2023&page=2",
                        Instant.parse("2024-01-31T23:30:00Z"),
                        "C",
                        2,
                        "Four."));
    }

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
