package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.Confidence;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Both Markdown flavours of PRODUCT section 6 against expected-output files. */
class MarkdownExportTest {

    static final ExportSource HARBOUR = new ExportSource(
            1,
            "duarte-2025",
            2,
            "a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778",
            "Pilots refuse to board ships",
            "Harbour Gazette",
            "Ines Duarte; Tomas Reis",
            "https://gazette.example/pilots",
            LocalDate.of(2025, 4, 1),
            Instant.parse("2025-04-03T08:15:00Z"),
            "B2");

    static final ExportSource MINISTRY = new ExportSource(
            2,
            "ministry-2025",
            1,
            "0f0e0d0c0b0a09080706050403020100f0e0d0c0b0a090807060504030201000",
            "Statement on port traffic [updated]",
            "Ministry of Transport",
            null,
            "https://transport.example/statement",
            LocalDate.of(2025, 4, 2),
            Instant.parse("2025-04-03T09:00:00Z"),
            "A1");

    static final ExportEdition EDITION = new ExportEdition(
            "Why the port stopped: \"three days\"",
            "why-the-port-stopped",
            2,
            Instant.parse("2025-04-05T10:30:15.123Z"),
            List.of("Alice Analyst", "Bob Writer"),
            List.of("ports", "labour"),
            "Pilots struck; the ministry disputes the figures.",
            """
            The harbour master said the pilots "would not board another ship" until the roster changed \
            [@duarte-2025].

            The ministry disputed the figures [@ministry-2025, para. 4; @duarte-2025, p. 2]. Code such as \
            `[@not-a-citation]` stays as it is, and so does mail@example.org.

            | Day | Ships waiting |
            |---|---|
            | Monday | 14 |
            """,
            List.of(HARBOUR, MINISTRY),
            Tlp.AMBER,
            Yardstick.ICD_203,
            List.of(
                    new KeyJudgment(
                            "a1",
                            "The port will reopen within a week of a new roster [@duarte-2025; @ministry-2025].",
                            "likely",
                            Confidence.MODERATE),
                    new KeyJudgment(
                            "b2",
                            "The ministry's figures understate the delays [@ministry-2025].",
                            "unlikely",
                            Confidence.LOW)));

    static String expected(String name) throws IOException {
        try (InputStream in = MarkdownExportTest.class.getResourceAsStream("export/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing expected output export/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The actual output, also written to target/export-actual/ to compare with the expected file. */
    private static String kept(String actual, String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "export-actual");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(name), actual);
        return actual;
    }

    @Test
    void the_portable_flavour_matches_its_expected_output() throws IOException {
        assertThat(kept(MarkdownExport.portable(EDITION), "portable.md")).isEqualTo(expected("portable.md"));
    }

    @Test
    void the_pandoc_flavour_matches_its_expected_output() throws IOException {
        assertThat(kept(MarkdownExport.pandoc(EDITION), "pandoc.md")).isEqualTo(expected("pandoc.md"));
    }

    @Test
    void the_front_matter_is_valid_yaml_whatever_the_title_holds() {
        String hostile = "Title\": injected: true\n---\n# not a heading \u0000 \u2028 '`";
        ExportEdition edition = new ExportEdition(
                hostile,
                "slug",
                1,
                Instant.parse("2025-04-05T10:30:00Z"),
                List.of("Name: with colon", "- dash"),
                List.of("#tag"),
                "Summary\nwith a line break",
                "Body.",
                List.of());
        for (String markdown : List.of(MarkdownExport.portable(edition), MarkdownExport.pandoc(edition))) {
            String yaml = markdown.substring(4, markdown.indexOf("\n---\n", 4));
            java.util.Map<String, Object> front = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            assertThat(front.get("title")).isEqualTo(hostile);
            assertThat(front).doesNotContainKey("injected");
            assertThat(front.get("authors")).isEqualTo(List.of("Name: with colon", "- dash"));
            assertThat(front.get("summary")).isEqualTo("Summary\nwith a line break");
        }
    }

    @Test
    void an_authors_own_numeric_footnotes_do_not_collide_with_the_citation_footnotes() {
        ExportEdition edition = new ExportEdition(
                "T",
                "t",
                1,
                Instant.parse("2025-04-05T10:30:00Z"),
                List.of("A"),
                List.of(),
                null,
                "A claim[^1] and a citation [@duarte-2025].\n\n[^1]: The author's own note.\n",
                List.of(HARBOUR));
        String portable = MarkdownExport.portable(edition);
        assertThat(portable).contains("A claim[^1] and a citation[^source-1].").contains("[^source-1]: ");
    }

    @Test
    void file_names_are_safe_slugs_whatever_the_slug_holds() {
        assertThat(MarkdownExport.fileName("../../etc/passwd", 3, false)).isEqualTo("etc-passwd-edition-3.md");
        assertThat(MarkdownExport.fileName("Ünïcode ‮gpj.exe", 1, true))
                .isEqualTo("n-code-gpj-exe-edition-1.pandoc.md");
        assertThat(MarkdownExport.fileName("", 1, false)).isEqualTo("briefing-edition-1.md");
        assertThat(MarkdownExport.safeSlug("a".repeat(300))).hasSize(100);
    }

    /** Writes the current outputs next to the build, to review them when the format changes on purpose. */
    static void writeCurrent(Path folder) throws IOException {
        Files.writeString(folder.resolve("portable.md"), MarkdownExport.portable(EDITION));
        Files.writeString(folder.resolve("pandoc.md"), MarkdownExport.pandoc(EDITION));
    }
}
