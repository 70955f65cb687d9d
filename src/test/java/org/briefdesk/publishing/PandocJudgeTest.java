package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.briefdesk.RequiredTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real tool judges the exports: Debian's pandoc formats the pandoc flavour's citations with
 * {@code --citeproc}, and renders the portable flavour's footnotes as CommonMark with extensions.
 * Without pandoc the test is skipped with a note, except on CI, where it fails ({@link RequiredTool}).
 */
class PandocJudgeTest {

    private static final String PANDOC = System.getenv().getOrDefault("BRIEFDESK_PANDOC", "pandoc");

    @TempDir
    Path folder;

    @BeforeAll
    static void pandocIsThere() {
        RequiredTool.command(PANDOC, "pandoc");
    }

    private String pandoc(String input, String... arguments) throws IOException, InterruptedException {
        Path in = folder.resolve("in.md");
        Path out = folder.resolve("out.txt");
        Files.writeString(in, input);
        List<String> command = new java.util.ArrayList<>(List.of(PANDOC));
        command.addAll(List.of(arguments));
        command.addAll(List.of("-o", out.toString(), in.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pandoc said: %s", messages).isZero();
        assertThat(messages).as("pandoc warnings").doesNotContain("not found");
        return Files.readString(out);
    }

    @Test
    void pandoc_citeproc_formats_every_cited_source_of_the_pandoc_flavour() throws Exception {
        String plain = pandoc(
                MarkdownExport.pandoc(MarkdownExportTest.EDITION),
                "--citeproc",
                "-f",
                "markdown",
                "-t",
                "plain",
                "--wrap=none");

        assertThat(plain).doesNotContain("???");
        String lower = plain.toLowerCase(Locale.ROOT);
        for (ExportSource source : MarkdownExportTest.EDITION.sources()) {
            assertThat(lower)
                    .as("bibliography entry of %s", source.key())
                    .contains(source.title().toLowerCase(Locale.ROOT));
            assertThat(plain).contains(source.url()).doesNotContain("@" + source.key());
        }
        assertThat(plain).contains("(Duarte and Reis 2025)").contains("para. 4");
        // The bibliography: family name first, sorted by it, organisations whole (issue #19).
        assertThat(plain).contains("Duarte, Ines, and Tomas Reis. 2025.").contains("Ministry of Transport. 2025.");
    }

    @Test
    void citeproc_lists_authors_by_family_name_however_they_were_typed() throws Exception {
        for (String typed : List.of(
                "Priya Raman, Anders Holmgren",
                "Raman, Priya; Holmgren, Anders",
                "Raman, Priya and Holmgren, Anders")) {
            ExportSource article = new ExportSource(
                    1,
                    "raman-2025",
                    1,
                    "0".repeat(64),
                    "What a patrol agreement must solve",
                    "Halvorsen Review",
                    typed,
                    "https://halvorsen.example/patrol",
                    java.time.LocalDate.of(2025, 3, 1),
                    null,
                    "");
            ExportEdition edition = new ExportEdition(
                    "Patrols",
                    "patrols",
                    1,
                    java.time.Instant.parse("2025-04-05T10:30:00Z"),
                    List.of("Alice Analyst"),
                    List.of(),
                    null,
                    "The agreement needs a patrol schedule [@raman-2025].\n",
                    List.of(article));

            String plain = pandoc(
                    MarkdownExport.pandoc(edition), "--citeproc", "-f", "markdown", "-t", "plain", "--wrap=none");

            assertThat(plain)
                    .as(typed)
                    .contains("(Raman and Holmgren 2025)")
                    .contains("Raman, Priya, and Anders Holmgren");
        }
    }

    @Test
    void the_portable_flavour_renders_its_footnotes_as_commonmark() throws Exception {
        String html = pandoc(MarkdownExport.portable(MarkdownExportTest.EDITION), "-f", "commonmark_x", "-t", "html");

        assertThat(html).doesNotContain("[^").contains("role=\"doc-noteref\"");
        assertThat(html.split("role=\"doc-endnote\"", -1)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(html).contains("<table>").contains("<h2 id=\"sources\">Sources</h2>");
        assertThat(html).contains("Statement on port traffic [updated]");
        assertThat(html.indexOf("Key judgments")).isLessThan(html.indexOf("The harbour master said"));
    }

    @Test
    void pandoc_reads_the_marking_and_the_key_judgments_from_the_front_matter_of_both_flavours() throws Exception {
        for (String export : List.of(
                MarkdownExport.pandoc(MarkdownExportTest.EDITION),
                MarkdownExport.portable(MarkdownExportTest.EDITION))) {
            assertThat(export).startsWith("---\ntlp: \"TLP:AMBER\"\n");
            // A template that prints only the metadata: what any pandoc-based tool would see.
            Path template = folder.resolve("meta.txt");
            Files.writeString(
                    template,
                    "$tlp$|$yardstick$|$for(key_judgments)$$key_judgments.likelihood$/"
                            + "$key_judgments.confidence$;$endfor$\n");
            String meta = pandoc(export, "-f", "markdown", "-t", "plain", "--template", template.toString());
            assertThat(meta.strip()).isEqualTo("TLP:AMBER|ICD 203|likely/moderate;unlikely/low;");
        }
    }
}
