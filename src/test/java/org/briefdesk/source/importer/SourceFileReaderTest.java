package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.briefdesk.source.importer.Fixtures.onlyDocument;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFileReaderTest {

    private static final byte[] ARTICLE = utf8("Pilots Vote to Strike\nThe vote was close.\n");

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    @Test
    void the_default_limits_are_those_of_the_product() {
        assertThat(ImportLimits.defaults()).isEqualTo(new ImportLimits(2_000_000, 10_000_000, 500, 100_000_000));
        assertThatThrownBy(() -> new ImportLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "A.TXT", "a.Md", "a.markdown", "a.html", "a.HTM"})
    void extensions_are_matched_whatever_their_case(String name) {
        assertThat(onlyDocument(reader.read(name, utf8("<title>Pilots Vote</title>\nThe vote was close.")))
                        .fileName())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "notes.docx", "README", "archive.tar.gz", "photo.png", "a.txt.exe"})
    void other_files_are_refused_saying_what_is_imported(String name) {
        assertThat(onlyRefusal(reader.read(name, ARTICLE)))
                .isEqualTo("Briefdesk imports .txt, .md and .html files, or a .zip of them, and reference manager"
                        + " exports: CSL JSON (.json), BibTeX (.bib) and RIS (.ris).");
    }

    @Test
    void a_binary_file_with_a_text_extension_is_not_a_text_file() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        List<FileResult> results = reader.read("picture.txt", png);

        assertThat(onlyRefusal(results)).containsIgnoringCase("not a text file");
        assertThat(results.getFirst().fileName()).isEqualTo("picture.txt");
        assertThat(results.getFirst().document()).isNull();
    }

    @Test
    void invalid_utf8_is_refused_naming_the_byte() {
        byte[] bytes = {'T', '\n', 'x', (byte) 0xC3, 0x28};

        assertThat(onlyRefusal(reader.read("a.md", bytes))).isEqualTo("The file is not valid UTF-8 text (byte 4).");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_both_sizes() {
        String body = "Twenty-four characters. ".repeat(100_000);

        assertThat(onlyRefusal(reader.read("long.txt", utf8("Long\n" + body))))
                .isEqualTo("The text is 2.4 MB; the limit is 2 MB.");
    }

    @Test
    void a_body_just_over_the_limit_is_refused_in_exact_bytes() {
        SourceFileReader small = new SourceFileReader(new ImportLimits(1_000_000, 10_000_000, 500, 100_000_000));

        assertThat(onlyRefusal(small.read("long.txt", utf8("Long\n" + "a".repeat(1_000_001)))))
                .isEqualTo("The text is 1,000,001 bytes; the limit is 1,000,000 bytes.");
    }

    @Test
    void the_body_limit_counts_utf8_bytes_not_characters() {
        SourceFileReader small = new SourceFileReader(new ImportLimits(100, 10_000, 500, 100_000));

        assertThat(onlyRefusal(small.read("greek.txt", utf8("Title\n" + "\u03B1".repeat(60)))))
                .isEqualTo("The text is 120 bytes; the limit is 100 bytes.");
        assertThat(onlyDocument(small.read("latin.txt", utf8("Title\n" + "a".repeat(60)))))
                .isNotNull();
    }

    @Test
    void a_file_over_the_file_limit_is_refused_before_it_is_read() {
        SourceFileReader small = new SourceFileReader(new ImportLimits(100, 2_000, 500, 100_000));

        assertThat(onlyRefusal(small.read("big.html", new byte[2_500])))
                .isEqualTo("The file is 2.5 kB; the limit is 2 kB.");
    }

    @Test
    void file_names_lose_control_and_bidi_override_characters() {
        List<FileResult> results = reader.read("invoice\u202Etxt.exe\u0007.txt", ARTICLE);

        assertThat(results.getFirst().fileName()).isEqualTo("invoicetxt.exe.txt");
        assertThat(results.getFirst().document()).isNotNull();
        assertThat(results.getFirst().document().fileName()).isEqualTo("invoicetxt.exe.txt");
    }

    @Test
    void a_local_path_sent_as_the_name_is_reduced_to_the_file_name() {
        assertThat(reader.read("C:\\fakepath\\report.txt", ARTICLE).getFirst().fileName())
                .isEqualTo("report.txt");
    }

    @Test
    void a_file_result_has_either_a_document_or_a_refusal() {
        FileResult refused = FileResult.refused("a.txt", "No.");

        assertThat(refused.isRefused()).isTrue();
        assertThat(FileResult.imported(onlyDocument(reader.read("a.txt", ARTICLE)))
                        .isRefused())
                .isFalse();
        assertThatThrownBy(() -> new FileResult("a.txt", null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
