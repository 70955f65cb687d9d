package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.article;
import static org.briefdesk.source.importer.Fixtures.entries;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.zip;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reference manager's export folder, zipped: Zotero's "Export Collection…" with "Export Files"
 * writes {@code My Library/My Library.bib} (or .ris) and the attachments in {@code files/<id>/}.
 */
class ReferenceExportZipTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    private static final String ARTICLE_HTML = """
            <!DOCTYPE html>
            <html><head><title>Patrol agreement | Halvorsen Review</title></head>
            <body><nav>Home | World</nav>
            <article><h1>Patrol agreement</h1>
            <p>A patrol agreement must settle who boards which ship and when.</p>
            <p>Both navies said so on Tuesday.</p></article>
            </body></html>
            """;

    private static final String BIB = """
            @article{patrol,
              title = {Patrol agreement},
              author = {Raman, Priya},
              abstract = {A short abstract that the article's text replaces.},
              file = {Snapshot:files/1/article.html:text/html;Full Text PDF:files/1/article.pdf:application/pdf}
            }
            @report{report,
              title = {A report only as PDF},
              file = {Full Text:files/2/report.pdf:application/pdf}
            }
            @misc{escaped,
              title = {A note with an escaped path},
              file = {Text:files/3/notes\\: day one.txt:text/plain}
            }
            @misc{outside,
              title = {Paths that leave the archive},
              note = {The note stays the text.},
              file = {Up:../../secret.txt:text/plain;Absolute:/etc/hosts.txt:text/plain}
            }
            """;

    private static Map<String, byte[]> zoteroExport() {
        return entries(
                "My Library/",
                new byte[0],
                "My Library/files/1/article.html",
                ARTICLE_HTML,
                "My Library/files/1/image.png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                "My Library/files/1/article.pdf",
                "%PDF-1.7 not read",
                "My Library/My Library.bib",
                BIB,
                "My Library/files/2/report.pdf",
                "%PDF-1.7 not read",
                "My Library/files/3/notes: day one.txt",
                "Day one\nThe talks began late.\n",
                "My Library/etc/hosts.txt",
                article("Hosts", "Not an attachment: the absolute path is not followed."),
                "secret.txt",
                article("Secret", "Not an attachment either."),
                "loose/other.txt",
                article("Another article", "Imported as always."));
    }

    @Test
    void each_reference_takes_its_text_from_its_attached_article_which_is_not_imported_again() {
        List<FileResult> results = reader.read("My Library.zip", zip(zoteroExport()));

        assertThat(results)
                .extracting(FileResult::fileName)
                .containsExactly(
                        "My Library/My Library.bib › Patrol agreement",
                        "My Library/My Library.bib › A report only as PDF",
                        "My Library/My Library.bib › A note with an escaped path",
                        "My Library/My Library.bib › Paths that leave the archive",
                        "My Library/etc/hosts.txt",
                        "secret.txt",
                        "loose/other.txt");
        assertThat(results).noneMatch(FileResult::isRefused);
        ImportedDocument patrol = results.get(0).document();
        assertThat(patrol.body())
                .isEqualTo("Patrol agreement\n\nA patrol agreement must settle who boards which ship and when.\n\n"
                        + "Both navies said so on Tuesday.");
        assertThat(patrol.authors()).isEqualTo("Raman, Priya");
    }

    @Test
    void a_reference_with_only_a_pdf_is_added_with_an_empty_body() {
        List<FileResult> results = reader.read("My Library.zip", zip(zoteroExport()));

        assertThat(results.get(1).document().body()).isEmpty();
    }

    @Test
    void escaped_colons_in_the_file_field_name_the_attachment_whose_whole_text_is_read() {
        List<FileResult> results = reader.read("My Library.zip", zip(zoteroExport()));

        assertThat(results.get(2).document().body()).isEqualTo("Day one\nThe talks began late.");
    }

    @Test
    void paths_that_leave_the_export_folder_are_not_followed() {
        List<FileResult> results = reader.read("My Library.zip", zip(zoteroExport()));

        assertThat(results.get(3).document().body()).isEqualTo("The note stays the text.");
        assertThat(results.get(4).document().title()).isEqualTo("Hosts");
        assertThat(results.get(5).document().title()).isEqualTo("Secret");
    }

    @Test
    void a_ris_export_resolves_its_l1_and_l4_attachments() {
        String ris = """
                TY  - NEWS
                TI  - Tallinn talks
                L1  - files/7/talks.pdf
                L4  - files/8/talks.md
                ER  -\s
                """;
        List<FileResult> results = reader.read(
                "export.zip",
                zip(entries(
                        "export/export.ris",
                        ris,
                        "export/files/7/talks.pdf",
                        "%PDF",
                        "export/files/8/talks.md",
                        "# Tallinn talks\n\nTalks in Tallinn ended without a text.\n")));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.fileName()).isEqualTo("export/export.ris › Tallinn talks");
            assertThat(result.document().body()).isEqualTo("Talks in Tallinn ended without a text.");
        });
    }

    @Test
    void a_broken_reference_file_refuses_the_whole_archive() {
        Map<String, byte[]> export = zoteroExport();
        export.put(
                "My Library/My Library.bib",
                Fixtures.utf8(BIB.replace("title = {A report only as PDF},", "title = {A report")));

        String refusal = onlyRefusal(reader.read("My Library.zip", zip(export)));

        assertThat(refusal)
                .startsWith("Nothing in the archive was imported")
                .contains("My Library/My Library.bib")
                .contains("\u201creport\u201d");
    }

    @Test
    void a_zip_without_a_reference_file_still_refuses_pdfs_by_name() {
        List<FileResult> results =
                reader.read("articles.zip", zip(entries("files/1/report.pdf", "%PDF", "a.txt", article("A", "Text."))));

        assertThat(results).extracting(FileResult::fileName).containsExactly("files/1/report.pdf", "a.txt");
        assertThat(results.get(0).refusal()).isEqualTo(SourceFileReader.UNSUPPORTED_IN_ZIP);
    }
}
