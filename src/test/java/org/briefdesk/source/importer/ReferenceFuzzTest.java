package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.entries;
import static org.briefdesk.source.importer.Fixtures.utf8;
import static org.briefdesk.source.importer.Fixtures.zip;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes reference manager exports: BibTeX (jbibtex and the LaTeX printer), RIS, CSL JSON, and a zip
 * of an export with its attachments. Whatever the bytes, the reader returns results (never throws),
 * each a document whose fields the source rules accept, or a refusal with a message. The first byte
 * picks the format; the rest is the file. {@link ImportFuzzTest} fuzzes the article formats.
 */
class ReferenceFuzzTest {

    static final List<String> EXTENSIONS = List.of("bib", "ris", "json", "zip");

    private static final SourceFileReader READER = new SourceFileReader(ImportFuzzTest.LIMITS);

    @MethodSource("seeds")
    @DictionaryEntries({
        "@article{",
        "@string{",
        "crossref = {",
        "author = {",
        " and ",
        "{\\\"u}",
        "\\c{c}",
        "\\'",
        "$",
        "file = {",
        "\\:",
        "files/1/a.html",
        "../",
        "TY  - ",
        "ER  - ",
        "AU  - ",
        "L1  - ",
        "\"date-parts\"",
        "<p>"
    })
    @FuzzTest(maxDuration = "10s")
    void any_export_becomes_documents_the_rules_accept_or_refusals_with_a_message(byte[] input) {
        String extension = input.length == 0 ? "bib" : EXTENSIONS.get((input[0] & 0xFF) % EXTENSIONS.size());
        byte[] content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);

        List<FileResult> results = READER.read("library." + extension, content);

        assertThat(results).isNotEmpty();
        for (FileResult result : results) {
            ImportFuzzTest.assertShownName(result.fileName());
            if (result.isRefused()) {
                assertThat(result.document()).isNull();
                assertThat(result.refusal()).isNotBlank();
            } else {
                ImportFuzzTest.assertClean(result.document());
            }
        }
    }

    static Stream<Arguments> seeds() {
        String bib = """
                @string{hr = "Halvorsen {R}eview"}
                @article{a, title = {{\\"U}ber {\\c c}a -- $x^2$}, author = {van der Berg, Jan and {WHO} and others},
                  journal = hr, date = {2025-03-01}, keywords = {a, b}, abstract = {Text \\& more.},
                  file = {Snapshot:files/1/a\\:b.html:text/html}, crossref = {b}}
                @book{b, title = {B}, year = 2024, month = mar}
                """;
        String ris = "TY  - JOUR\nTI  - T\nAU  - Raman, Priya\nKW  - k\nN1  - note\nL1  - files/1/a.html\nER  - \n";
        String json = "[{\"title\": \"T\", \"author\": [{\"family\": \"R\", \"given\": \"P\"}],"
                + " \"issued\": {\"date-parts\": [[2025, 3]]}, \"note\": \"<p>n</p>\"}]";
        byte[] export = zip(entries(
                "lib/lib.bib",
                bib,
                "lib/files/1/a:b.html",
                "<title>A</title><p>Text.</p>",
                "lib/files/2/x.pdf",
                "%PDF"));
        return Stream.of(
                seed("bibtex", 0, utf8(bib)),
                seed("ris", 1, utf8(ris)),
                seed("csl json", 2, utf8(json)),
                seed("zotero zip", 3, export));
    }

    private static Arguments seed(String name, int extension, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(extension);
        out.writeBytes(content);
        return Arguments.of(Named.of(name, out.toByteArray()));
    }
}
