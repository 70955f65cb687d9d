package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.publishing.PublishedFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BibTeX and RIS exports, and a Zotero export folder zipped with its files, imported into the library
 * (issue #19): the attached article is the text, a reference with only a PDF is added as text
 * missing, the same DOI in another format is a duplicate, and a broken file adds nothing.
 */
@IntegrationTest
class ReferenceImportTest {

    @Autowired
    SourceService sourceService;

    private final String n = PublishedFixture.nonce();

    @Test
    void a_zipped_zotero_export_takes_each_text_from_its_attachment_and_a_ris_export_finds_the_same_doi()
            throws IOException {
        String bib = """
                @string{hr = {Halvorsen Review}}
                @article{raman2025,
                  title = {Patrol agreement {%1$s}},
                  author = {Raman, Priya and Holmgren, Anders},
                  journaltitle = hr,
                  date = {2025-03-01},
                  doi = {10.1234/PATROL.%1$s},
                  keywords = {patrols, Baltic},
                  abstract = {A short abstract the article's text replaces.},
                  file = {Snapshot:files/1/article.html:text/html}
                }
                @report{ministry2025,
                  title = {Pilot licensing in M{\\"u}nster and S{\\~a}o Paulo {%1$s}},
                  author = {{Ministry of Transport} and van der Berg, Jan},
                  year = {2025},
                  file = {Full Text:files/2/report.pdf:application/pdf}
                }
                """.formatted(n);
        byte[] zip = zip(Map.of(
                "My Library/My Library.bib",
                bib,
                "My Library/files/1/article.html",
                "<html><head><title>Patrol agreement</title></head><body><article><h1>Patrol agreement</h1>"
                        + "<p>A patrol agreement must settle who boards which ship and when. " + n
                        + "</p></article></body></html>",
                "My Library/files/2/report.pdf",
                "%PDF-1.7 not read"));

        List<ImportResult> first = importFile("My Library.zip", zip);

        assertThat(first).extracting(ImportResult::outcome).containsOnly(ImportResult.Outcome.ADDED);
        assertThat(first).hasSize(2);
        SourceDetails patrol = find(first.get(0));
        assertThat(patrol.body()).isEqualTo("A patrol agreement must settle who boards which ship and when. " + n);
        assertThat(patrol.authors()).isEqualTo("Raman, Priya; Holmgren, Anders");
        assertThat(patrol.outlet()).isEqualTo("Halvorsen Review");
        assertThat(patrol.doi()).isEqualTo("10.1234/patrol." + n);
        assertThat(patrol.tags()).containsExactlyInAnyOrder("patrols", "baltic");
        SourceDetails report = find(first.get(1));
        assertThat(report.title()).isEqualTo("Pilot licensing in Münster and São Paulo " + n);
        assertThat(report.authors()).isEqualTo("{Ministry of Transport}; van der Berg, Jan");
        assertThat(report.textMissing()).isTrue();
        assertThat(first.get(1).message()).contains("text missing");

        String ris = """
                TY  - JOUR
                TI  - The patrol agreement, as RIS has it %1$s
                AU  - Raman, Priya
                AU  - Holmgren, Anders
                DO  - https://doi.org/10.1234/patrol.%1$s
                AB  - Another abstract.
                ER  -\s
                TY  - NEWS
                TI  - Tallinn talks %1$s
                AU  - Varga, Lena
                KW  - talks
                KW  - Estonia
                N1  - Talks in Tallinn ended without a text. %1$s
                ER  -\s
                """.formatted(n);
        List<ImportResult> fromRis = importFile("export.ris", ris.getBytes(StandardCharsets.UTF_8));

        assertThat(fromRis)
                .extracting(ImportResult::outcome)
                .containsExactly(ImportResult.Outcome.DUPLICATE, ImportResult.Outcome.ADDED);
        assertThat(fromRis.getFirst().message())
                .contains("@" + patrol.citationKey())
                .contains("same DOI");
        SourceDetails talks = find(fromRis.get(1));
        assertThat(talks.body()).isEqualTo("Talks in Tallinn ended without a text. " + n);
        assertThat(talks.tags()).containsExactlyInAnyOrder("talks", "estonia");
    }

    @Test
    void a_broken_bibtex_file_adds_nothing_and_says_where() {
        String broken = """
                @article{first%1$s, title = {Complete %1$s}, abstract = {Whole %1$s.}}
                @article{second%1$s, title = {Never closed %1$s
                """.formatted(n);

        List<ImportResult> results = importFile("broken.bib", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.REFUSED);
            assertThat(result.fileName()).isEqualTo("broken.bib");
            assertThat(result.message()).isNotBlank();
        });
        // Nothing of it was kept: the mended file adds both, the complete one too.
        List<ImportResult> mended =
                importFile("mended.bib", (broken.strip() + "}}\n").getBytes(StandardCharsets.UTF_8));
        assertThat(mended)
                .extracting(ImportResult::outcome)
                .containsExactly(ImportResult.Outcome.ADDED, ImportResult.Outcome.ADDED);
    }

    private List<ImportResult> importFile(String name, byte[] content) {
        return RunAs.withRoles(() -> sourceService.importFile(name, content), "AUTHOR", "READER");
    }

    private SourceDetails find(ImportResult result) {
        return RunAs.withRoles(
                () -> sourceService.findByKey(result.citationKey()).orElseThrow(), "READER");
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
