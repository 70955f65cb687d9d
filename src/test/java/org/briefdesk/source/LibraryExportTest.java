package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefdesk.RequiredTool;
import org.briefdesk.marking.Tlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's export files (issue #19), judged by a real citation tool: pandoc reads the CSL JSON
 * and the BibTeX as bibliographies and formats the same references from both.
 */
class LibraryExportTest {

    static final SourceDetails PATROL = new SourceDetails(
            "raman-2025",
            "What a patrol agreement must solve: {the} 50% & #1 question",
            "Halvorsen Review",
            "Raman, Priya; Holmgren, Anders",
            "https://halvorsen.example/patrol_agreement?a=1&b=2",
            LocalDate.of(2025, 3, 1),
            "en",
            List.of("patrols", "baltic"),
            null,
            new Grade('B', 2),
            "Text.",
            "0".repeat(64),
            1,
            "alice",
            Instant.parse("2025-03-02T09:00:00Z"),
            Instant.parse("2025-03-02T09:00:00Z"),
            false,
            Tlp.GREEN,
            null);

    static final SourceDetails MINISTRY = new SourceDetails(
            "ministry-2025",
            "Statement on port traffic",
            null,
            "{Ministry of Foreign Affairs of Hungary}; van der Berg, Jan",
            null,
            LocalDate.of(2025, 4, 2),
            null,
            List.of(),
            null,
            Grade.NONE,
            "Text.",
            "1".repeat(64),
            1,
            "alice",
            Instant.parse("2025-04-03T09:00:00Z"),
            Instant.parse("2025-04-03T09:00:00Z"),
            false,
            null,
            "10.1234/ministry.2025");

    @TempDir
    Path folder;

    @BeforeAll
    static void pandocIsThere() {
        RequiredTool.command("pandoc", "pandoc");
    }

    @Test
    void csl_json_carries_names_dates_and_the_marking() {
        String json = LibraryExport.write(List.of(PATROL, MINISTRY), LibraryFormat.CSL_JSON);

        List<Map<String, Object>> items = JsonMapper.builder().build().readValue(json, List.class);
        assertThat(items).hasSize(2);
        Map<String, Object> patrol = items.getFirst();
        assertThat(patrol.get("id")).isEqualTo("raman-2025");
        assertThat(patrol.get("author"))
                .isEqualTo(List.of(
                        Map.of("family", "Raman", "given", "Priya"), Map.of("family", "Holmgren", "given", "Anders")));
        assertThat(patrol.get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2025, 3, 1))));
        assertThat(patrol.get("note")).isEqualTo("Grade B2. TLP:GREEN.");
        assertThat(items.get(1).get("DOI")).isEqualTo("10.1234/ministry.2025");
        assertThat(items.get(1).get("author"))
                .isEqualTo(List.of(
                        Map.of("literal", "Ministry of Foreign Affairs of Hungary"),
                        Map.of("family", "Berg", "given", "Jan", "non-dropping-particle", "van der")));
    }

    @Test
    void pandoc_formats_the_same_bibliography_from_either_file() throws Exception {
        for (LibraryFormat format : LibraryFormat.values()) {
            Path library = folder.resolve("library." + format.extension());
            Files.writeString(library, LibraryExport.write(List.of(PATROL, MINISTRY), format));

            String plain = pandoc("See [@raman-2025] and [@ministry-2025].\n", library);

            assertThat(plain)
                    .as(format.label())
                    .contains("(Raman and Holmgren 2025)")
                    // BibTeX's "von" part drops in citations ("and Berg 2025"); CSL's particle stays.
                    .containsPattern("\\(Ministry of Foreign Affairs of Hungary and (van der )?Berg 2025\\)")
                    .contains("Raman, Priya, and Anders Holmgren. 2025.")
                    .contains("Ministry of Foreign Affairs of Hungary, and Jan van der Berg. 2025.")
                    .containsIgnoringCase("What a patrol agreement must solve: {the} 50% & #1 question")
                    .contains("https://halvorsen.example/patrol_agreement?a=1&b=2")
                    .contains("https://doi.org/10.1234/ministry.2025");
        }
    }

    private String pandoc(String markdown, Path bibliography) throws Exception {
        Path in = folder.resolve("in.md");
        Path out = folder.resolve("out.txt");
        Files.writeString(in, markdown);
        Process process = new ProcessBuilder(
                        "pandoc",
                        "--citeproc",
                        "--bibliography=" + bibliography,
                        "-t",
                        "plain",
                        "--wrap=none",
                        "-o",
                        out.toString(),
                        in.toString())
                .redirectErrorStream(true)
                .start();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("pandoc said: %s", messages).isZero();
        assertThat(messages).as("pandoc warnings").isEmpty();
        return Files.readString(out);
    }
}
