package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSL JSON at the reader: the fields of the schema, text missing, refusals. */
class CslJsonImporterTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    @Test
    void a_reference_without_abstract_or_note_is_added_with_an_empty_body() {
        List<FileResult> results = reader.read("library.json", utf8("""
                [{"id": "A5", "type": "book", "title": "A book without notes",
                  "author": [{"family": "Osei", "given": "Petra"}],
                  "issued": {"date-parts": [[2024, 11]]}, "DOI": "10.1234/book"}]
                """));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.fileName()).isEqualTo("library.json › A book without notes");
            assertThat(result.document().body()).isEmpty();
            assertThat(result.document().authors()).isEqualTo("Osei, Petra");
            assertThat(result.document().publishedDate()).isEqualTo(LocalDate.of(2024, 11, 1));
            assertThat(result.document().url()).isEqualTo("https://doi.org/10.1234/book");
        });
    }

    @Test
    void the_abstract_is_the_text_and_an_html_note_is_read_as_text_without_it() {
        List<FileResult> results = reader.read("library.json", utf8("""
                {"items": [
                  {"title": "Ports", "abstract": "The abstract.", "note": "The note.",
                   "keyword": "Ports, Pilots; ports", "language": "en"},
                  {"title": "Pilots", "note": "<p>The pilots <b>refused</b> to board.</p>",
                   "author": [{"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
                              {"literal": "Ministry of Transport"}]}
                ]}
                """));

        assertThat(results.get(0).document().body()).isEqualTo("The abstract.");
        assertThat(results.get(0).document().tags()).containsExactly("ports", "pilots");
        assertThat(results.get(1).document().body()).isEqualTo("The pilots refused to board.");
        assertThat(results.get(1).document().authors()).isEqualTo("van der Berg, Jan; {Ministry of Transport}");
    }

    @Test
    void a_reference_without_a_title_is_refused_by_name() {
        List<FileResult> results = reader.read("library.json", utf8("""
                [{"abstract": "No title."}, {"title": "Titled", "abstract": "Text."}]
                """));

        assertThat(results.get(0).fileName()).isEqualTo("library.json › reference 1");
        assertThat(results.get(0).refusal()).isEqualTo(ReferenceDocuments.NO_TITLE);
        assertThat(results.get(1).isRefused()).isFalse();
    }

    @Test
    void a_file_that_is_not_csl_json_is_refused_whole() {
        for (String broken : List.of("[{\"title\": \"cut off", "{\"title\": \"one object\"}", "[1, 2]", "[]")) {
            assertThat(onlyRefusal(reader.read("broken.json", utf8(broken)))).isEqualTo(CslJsonImporter.NOT_CSL_JSON);
        }
    }
}
