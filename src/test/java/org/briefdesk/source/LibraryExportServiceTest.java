package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authors typed as people write them are kept as names citation tools read, and the library exports
 * what the Sources list shows (issue #19).
 */
@IntegrationTest
class LibraryExportServiceTest {

    @Autowired
    SourceService sourceService;

    private final String tag = "export-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void typed_authors_are_stored_as_names_and_the_filtered_list_exports_as_csl_json() {
        SourceDetails patrol = add("Patrol agreement", "Priya Raman, Anders Holmgren", Set.of(tag));
        add("Ministry statement", "Ministry of Foreign Affairs of Hungary", Set.of(tag));
        add("Elsewhere", "Lena Varga", Set.of("other-" + tag));

        assertThat(patrol.authors()).isEqualTo("Raman, Priya; Holmgren, Anders");

        String json = RunAs.withRoles(
                () -> sourceService.export(new SourceQuery(null, null, tag, null, null), LibraryFormat.CSL_JSON),
                "READER");
        List<Map<String, Object>> items = JsonMapper.builder().build().readValue(json, List.class);
        assertThat(items)
                .extracting(item -> item.get("title"))
                .containsExactlyInAnyOrder("Patrol agreement " + tag, "Ministry statement " + tag);
        assertThat(items)
                .filteredOn(item -> item.get("id").equals(patrol.citationKey()))
                .singleElement()
                .satisfies(item -> assertThat(item.get("author"))
                        .isEqualTo(List.of(
                                Map.of("family", "Raman", "given", "Priya"),
                                Map.of("family", "Holmgren", "given", "Anders"))));
    }

    private SourceDetails add(String title, String authors, Set<String> tags) {
        return RunAs.withRoles(
                () -> sourceService.add(new SourceDraft(
                        null,
                        title + " " + tag,
                        "Halvorsen Review",
                        authors,
                        null,
                        LocalDate.of(2025, 3, 1),
                        "en",
                        tags,
                        null,
                        Grade.NONE,
                        "A text about " + title + " " + tag + ".",
                        null,
                        null)),
                "AUTHOR",
                "READER");
    }
}
