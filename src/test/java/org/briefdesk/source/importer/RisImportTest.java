package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RIS exports in the documented shape (Zotero's, EndNote's): repeated tags, notes, broken files. */
class RisImportTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    private static final String LIBRARY = """
            TY  - JOUR
            TI  - What a patrol agreement must solve
            AU  - Raman, Priya
            AU  - van der Berg, Jan
            A1  - World Health Organization
            T2  - Halvorsen Review
            PY  - 2025
            DA  - 2025/03/01/
            UR  - https://halvorsen.example/patrol
            DO  - 10.1234/patrol
            LA  - en
            KW  - Patrols
            KW  - Baltic
            AB  - A patrol agreement must settle who boards which ship.
            N1  - Not the abstract.
            ER  -\s

            TY  - NEWS
            T1  - Tallinn talks
            AU  - Varga, Lena
            JO  - Tallinn Times
            Y1  - 2024/11//
            DO  - https://doi.org/10.1234/talks
            N1  - <p>Talks ended <b>without</b> a text.</p>
            N1  - A second note
            that goes on over a second line.
            ER  -\s

            TY  - BOOK
            TI  - A book without notes
            AU  - Osei, Petra
            ER  -\s
            """;

    @Test
    void a_ris_file_adds_one_document_per_reference_with_repeated_authors_and_keywords() {
        List<FileResult> results = reader.read("library.ris", utf8(LIBRARY));

        assertThat(results)
                .extracting(FileResult::fileName)
                .containsExactly(
                        "library.ris › What a patrol agreement must solve",
                        "library.ris › Tallinn talks",
                        "library.ris › A book without notes");
        assertThat(results).noneMatch(FileResult::isRefused);

        ImportedDocument patrol = results.get(0).document();
        assertThat(patrol.authors()).isEqualTo("Raman, Priya; van der Berg, Jan; {World Health Organization}");
        assertThat(patrol.outlet()).isEqualTo("Halvorsen Review");
        assertThat(patrol.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(patrol.url()).isEqualTo("https://halvorsen.example/patrol");
        assertThat(patrol.language()).isEqualTo("en");
        assertThat(patrol.tags()).containsExactly("patrols", "baltic");
        assertThat(patrol.body()).isEqualTo("A patrol agreement must settle who boards which ship.");
    }

    @Test
    void notes_are_the_text_when_there_is_no_abstract_and_a_line_without_a_tag_continues_one() {
        ImportedDocument talks =
                reader.read("library.ris", utf8(LIBRARY)).get(1).document();

        assertThat(talks.outlet()).isEqualTo("Tallinn Times");
        assertThat(talks.publishedDate()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(talks.url()).isEqualTo("https://doi.org/10.1234/talks");
        assertThat(talks.body())
                .isEqualTo("Talks ended without a text.\n\nA second note\nthat goes on over a second line.");
    }

    @Test
    void keywords_become_tags_the_rules_accept_and_authors_fit_their_field() {
        StringBuilder ris = new StringBuilder("TY  - JOUR\nTI  - Many authors\n");
        for (int i = 1; i <= 60; i++) {
            ris.append("AU  - Author").append(i).append(", Given\n");
        }
        ris.append("KW  - Russia–Ukraine\nKW  - EU/NATO\nKW  - #osint\nKW  - c++\nKW  - (draft)\nER  - \n");

        ImportedDocument many =
                reader.read("many.ris", utf8(ris.toString())).getFirst().document();

        assertThat(many.tags()).containsExactly("russia-ukraine", "eu-nato", "osint", "draft");
        assertThat(many.authors()).startsWith("Author1, Given; Author2, Given").hasSizeLessThanOrEqualTo(500);
        assertThat(many.authors()).doesNotContain("Author60");
    }

    @Test
    void a_name_continued_on_the_next_line_stays_on_one_line() {
        // Found by ReferenceFuzzTest: a line without a tag continues the author before it.
        ImportedDocument continued =
                reader.read("names.ris", utf8("""
                        TY  - JOUR
                        TI  - T
                        AU  - Raman,
                        Priya
                        AU  - World Health
                        Organization
                        ER  -\s
                        """)).getFirst().document();

        assertThat(continued.authors()).isEqualTo("Raman, Priya; {World Health Organization}");
    }

    @Test
    void a_reference_without_text_is_added_with_an_empty_body() {
        ImportedDocument book = reader.read("library.ris", utf8(LIBRARY)).get(2).document();

        assertThat(book.title()).isEqualTo("A book without notes");
        assertThat(book.body()).isEmpty();
    }

    @Test
    void a_reference_without_a_title_is_refused_by_name() {
        List<FileResult> results = reader.read("library.ris", utf8("""
                TY  - JOUR
                AU  - Raman, Priya
                AB  - Text without a title.
                ER  -\s
                """));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.fileName()).isEqualTo("library.ris › reference 1");
            assertThat(result.refusal()).isEqualTo(ReferenceDocuments.NO_TITLE);
        });
    }

    @Test
    void a_file_that_ends_without_er_is_refused_whole() {
        String cut = LIBRARY.substring(0, LIBRARY.lastIndexOf("ER  -"));

        List<FileResult> results = reader.read("cut.ris", utf8(cut));

        assertThat(onlyRefusal(results))
                .contains("ends inside the reference at line 29")
                .contains("ER  - ")
                .contains("nothing of it was imported");
        assertThat(results.getFirst().fileName()).isEqualTo("cut.ris");
    }

    @Test
    void a_reference_that_does_not_start_with_ty_is_refused_whole() {
        String noType = LIBRARY.replace("TY  - NEWS\n", "");

        assertThat(onlyRefusal(reader.read("library.ris", utf8(noType))))
                .contains("line 18 does not start with \u201cTY  - \u201d");
    }

    @Test
    void a_missing_er_between_two_references_is_refused_whole() {
        String merged = LIBRARY.replaceFirst("ER  - \n", "");

        assertThat(onlyRefusal(reader.read("library.ris", utf8(merged))))
                .contains("the reference at line 1 has no \u201cER  - \u201d line before the next one at line 17");
    }

    @Test
    void a_file_that_is_not_ris_is_refused_whole() {
        assertThat(onlyRefusal(reader.read("notes.ris", utf8("Some notes\nabout nothing\n"))))
                .contains("line 1 is not a \u201cTAG  - value\u201d line");
        assertThat(onlyRefusal(reader.read("empty.ris", utf8("\n\n")))).isEqualTo(RisReader.NOT_RIS);
    }
}
