package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Zotero CSL JSON export imported into the library (issue #19): each reference becomes a source
 * with its names, container, date, address, DOI and keywords; one without text is added as text
 * missing, saying so; a second import finds them all as duplicates; a file that is not CSL JSON adds
 * nothing.
 */
@IntegrationTest
class CslJsonImportTest {

    @Autowired
    SourceService sourceService;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** Five articles as Zotero's "CSL JSON" export writes them (fields from the CSL JSON schema). */
    private String zoteroExport() {
        return """
                [
                  {"id": "http://zotero.org/users/1/items/A1", "type": "article-newspaper",
                   "title": "What a patrol agreement must solve %1$s",
                   "container-title": "Halvorsen Review",
                   "author": [{"family": "Raman", "given": "Priya"}, {"family": "Holmgren", "given": "Anders"}],
                   "issued": {"date-parts": [["2025", 3, 1]]},
                   "URL": "https://halvorsen.example/patrol-%1$s",
                   "language": "en", "keyword": "patrols, Baltic",
                   "abstract": "A patrol agreement must settle who boards which ship and when. %1$s"},
                  {"id": "A2", "type": "article-journal",
                   "title": "Ports and pilots %1$s",
                   "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
                              {"literal": "Ministry of Transport"}],
                   "issued": {"date-parts": [[2024, 11]]},
                   "DOI": "10.1234/ports.%1$s",
                   "note": "<p>The pilots <b>refused</b> to board. %1$s</p>"},
                  {"id": "A3", "type": "webpage", "title": "Harbour statistics %1$s",
                   "abstract": "Ships waited fourteen days in April. %1$s"},
                  {"id": "A4", "type": "article-newspaper", "title": "Tallinn talks %1$s",
                   "author": [{"family": "Varga", "given": "Lena"}],
                   "abstract": "Talks in Tallinn ended without a text. %1$s"},
                  {"id": "A5", "type": "book", "title": "A book without notes %1$s",
                   "author": [{"family": "Osei", "given": "Petra"}]}
                ]
                """.formatted(run);
    }

    @Test
    void a_zotero_export_adds_each_reference_and_says_which_one_has_no_text() {
        List<ImportResult> first = importFile("library.json", zoteroExport());

        assertThat(first)
                .extracting(ImportResult::outcome)
                .containsExactly(
                        ImportResult.Outcome.ADDED,
                        ImportResult.Outcome.ADDED,
                        ImportResult.Outcome.ADDED,
                        ImportResult.Outcome.ADDED,
                        ImportResult.Outcome.ADDED);
        assertThat(first.getLast().fileName()).isEqualTo("library.json › A book without notes " + run);
        assertThat(first.getLast().message()).contains("text missing");
        assertThat(find(first.getLast()).textMissing()).isTrue();

        SourceDetails patrol = find(first.get(0));
        assertThat(patrol.authors()).isEqualTo("Raman, Priya; Holmgren, Anders");
        assertThat(patrol.outlet()).isEqualTo("Halvorsen Review");
        assertThat(patrol.publishedDate()).hasToString("2025-03-01");
        assertThat(patrol.tags()).containsExactlyInAnyOrder("patrols", "baltic");
        assertThat(patrol.language()).isEqualTo("en");

        SourceDetails ports = find(first.get(1));
        assertThat(ports.authors()).isEqualTo("van der Berg, Jan; {Ministry of Transport}");
        assertThat(ports.url()).isEqualTo("https://doi.org/10.1234/ports." + run);
        assertThat(ports.doi()).isEqualTo("10.1234/ports." + run);
        assertThat(ports.body()).isEqualTo("The pilots refused to board. " + run);
        assertThat(ports.publishedDate()).hasToString("2024-11-01");

        List<ImportResult> again = importFile("library.json", zoteroExport());
        assertThat(again)
                .extracting(ImportResult::outcome)
                .containsExactly(
                        ImportResult.Outcome.DUPLICATE,
                        ImportResult.Outcome.DUPLICATE,
                        ImportResult.Outcome.DUPLICATE,
                        ImportResult.Outcome.DUPLICATE,
                        ImportResult.Outcome.DUPLICATE);
    }

    @Test
    void a_file_that_is_not_csl_json_is_refused_whole() {
        for (String broken : List.of("[{\"title\": \"cut off", "{\"title\": \"one object\"}", "[1, 2]", "[]")) {
            assertThat(importFile("broken.json", broken)).singleElement().satisfies(result -> {
                assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
                assertThat(result.message()).contains("not a CSL JSON export");
            });
        }
    }

    private List<ImportResult> importFile(String name, String content) {
        return RunAs.withRoles(
                () -> sourceService.importFile(name, content.getBytes(StandardCharsets.UTF_8)), "AUTHOR", "READER");
    }

    private SourceDetails find(ImportResult result) {
        return RunAs.withRoles(
                () -> sourceService.findByKey(result.citationKey()).orElseThrow(), "READER");
    }
}
