package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefdesk.RequiredTool;
import org.briefdesk.briefing.Audience;
import org.briefdesk.citation.MarkdownPipeline;
import org.briefdesk.citation.RenderLimits;
import org.briefdesk.citation.SourceInfo;
import org.briefdesk.citation.SourceLookup;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.Yardstick;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition as PDF and Word (issue #19), read back by tools that did not write it: PDFBox extracts
 * the PDF's text, Apache POI opens the Word file and pandoc reads it. Each finds the title, every
 * citation number, every source's title, the marking and non-Latin text.
 */
class EditionDocumentsTest {

    private static final Map<String, SourceInfo> SOURCES = Map.of(
            "duarte-2025",
            new SourceInfo(
                    "duarte-2025",
                    "Pilots refuse to board ships",
                    "Ines Duarte and Tomas Reis",
                    "Harbour Gazette",
                    LocalDate.of(2025, 4, 1),
                    "https://gazette.example/pilots",
                    Instant.parse("2025-04-03T08:15:00Z"),
                    "B2",
                    2,
                    "The pilots would not board another ship."),
            "ministry-2025",
            new SourceInfo(
                    "ministry-2025",
                    "Statement on port traffic",
                    null,
                    "Ministry of Transport",
                    LocalDate.of(2025, 4, 2),
                    null,
                    null,
                    "A1",
                    1,
                    "Traffic was normal."));

    private static final FrozenEdition EDITION = edition("""
                            The pilots said they "would not board another ship" [@duarte-2025]. The ministry \
                            disputed the figures [@ministry-2025, para. 4].

                            | Day | Ships waiting |
                            |---|---|
                            | Monday | 14 |

                            Reported in Łódź, Αθήνα and Москва.
                            """);

    /** An edition of the two sources above with this text, marked TLP:AMBER. */
    private static FrozenEdition edition(String markdown) {
        return new FrozenEdition(
                7,
                "why-the-port-stopped",
                2,
                "Why the port stopped",
                "Pilots struck; the ministry disputes the figures.",
                Audience.INTERNAL,
                List.of("Alice Analyst", "Bob Writer"),
                List.of("ports", "labour"),
                Instant.parse("2025-04-05T10:30:00Z"),
                "erin",
                new MarkdownPipeline(RenderLimits.defaults())
                        .render(markdown, new SourceLookup() {
                            @Override
                            public Optional<SourceInfo> find(String key) {
                                return Optional.ofNullable(SOURCES.get(key));
                            }

                            @Override
                            public List<SourceInfo> candidatesContaining(String quotation) {
                                return List.copyOf(SOURCES.values());
                            }
                        })
                        .html(),
                "portable",
                "pandoc",
                "0".repeat(64),
                Tlp.AMBER,
                Yardstick.ICD_203,
                List.of(),
                null);
    }

    @TempDir
    Path folder;

    @BeforeAll
    static void toolsAreThere() {
        RequiredTool.command("pandoc", "pandoc");
        EditionDocuments.FONTS.forEach(font -> RequiredTool.file(font, "DejaVu Sans (Debian's fonts-dejavu-core)"));
    }

    @Test
    void the_pdf_holds_the_text_citations_sources_and_marking_with_the_font_embedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(EditionDocuments.pdf(EDITION))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf).replaceAll("\\s+", " ");

            assertCitedThroughout(text);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Why the port stopped");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Alice Analyst, Bob Writer");
            assertThat(pdf.getDocumentInformation().getKeywords()).isEqualTo("ports, labour");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans"));
        }
    }

    @Test
    void a_citation_and_its_grade_stay_on_one_line() throws Exception {
        // Sentences of every length, so that some citations fall at the end of a line.
        StringBuilder text = new StringBuilder();
        for (int words = 1; words <= 40; words++) {
            text.append("Ships ".repeat(words)).append("waited [@duarte-2025]. ");
        }
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(EditionDocuments.pdf(edition(text.toString())))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.setSortByPosition(false);
            stripper.getText(pdf);
        }

        int grades = 0;
        for (int i = 1; i + 2 < glyphs.size(); i++) {
            if (glyphs.get(i).getUnicode().equals("·")
                    && glyphs.get(i + 2).getUnicode().equals("B")) {
                grades++;
                // "1 · B2": the number, the dot and the grade on one baseline.
                assertThat(glyphs.get(i + 2).getYDirAdj())
                        .as("the grade after citation %d", grades)
                        .isCloseTo(glyphs.get(i - 2).getYDirAdj(), org.assertj.core.data.Offset.offset(1f));
            }
        }
        assertThat(grades).isGreaterThanOrEqualTo(40);
    }

    @Test
    void the_word_file_opens_in_apache_poi_and_in_pandoc() throws Exception {
        byte[] docx = EditionDocuments.docx(EDITION);

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertCitedThroughout(extractor.getText().replaceAll("\\s+", " "));
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Why the port stopped");
            assertThat(word.getProperties().getCoreProperties().getCreator()).isEqualTo("Alice Analyst, Bob Writer");
            assertThat(word.getProperties().getCoreProperties().getCategory()).isEqualTo("TLP:AMBER");
            assertThat(word.getTables())
                    .singleElement()
                    .satisfies(table ->
                            assertThat(table.getText()).contains("Monday").contains("14"));
        }

        Path file = folder.resolve("edition.docx");
        Files.write(file, docx);
        Process pandoc = new ProcessBuilder("pandoc", "-f", "docx", "-t", "plain", "--wrap=none", file.toString())
                .redirectErrorStream(true)
                .start();
        String plain = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(pandoc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pandoc.exitValue()).as(plain).isZero();
        assertCitedThroughout(plain.replaceAll("\\s+", " "));
    }

    private static void assertCitedThroughout(String text) {
        assertThat(text)
                .contains("TLP:AMBER")
                .contains("Why the port stopped")
                .contains("Alice Analyst, Bob Writer · Edition 2 · 5 April 2025")
                .contains("would not board another ship")
                .contains("Ines Duarte and Tomas Reis: Pilots refuse to board ships.")
                .contains("Statement on port traffic.")
                .contains("Łódź, Αθήνα and Москва");
        // Every citation, numbered and graded as on the reading page (superscripts may be read out of
        // line order from a PDF, so not next to their words).
        assertThat(text).containsPattern("1 · B2").containsPattern("2 ·\\W{0,2}A1");
    }
}
