package org.briefdesk.publishing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An edition as a PDF and as a Word document (issue #19): the same text, numbered citations and
 * Sources as its reading page (the frozen HTML, which went through the sanitizer at publication),
 * under its marking, title and byline, with title, authors, summary, tags and marking in the
 * documents' properties. PDF by OpenHTMLtoPDF with DejaVu Sans embedded where the system has it;
 * Word by Apache POI ({@link WordWriter}).
 */
final class EditionDocuments {

    private static final Logger log = LoggerFactory.getLogger(EditionDocuments.class);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** Debian's fonts-dejavu-core (the Dockerfile installs it): Latin, Greek and Cyrillic. */
    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    private static final String STYLE = """
            @page { size: A4; margin: 2cm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.45; }
            h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
            .byline, .marking { color: #444; font-size: 9pt; }
            .marking { font-weight: bold; }
            sup { font-size: 7pt; } a { color: #1a4f8b; text-decoration: none; }
            table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2pt 5pt; }
            blockquote { margin-left: 12pt; color: #333; }
            """;

    private EditionDocuments() {}

    static String fileName(FrozenEdition edition, String extension) {
        return MarkdownExport.safeSlug(edition.slug()) + "-edition-" + edition.number() + "." + extension;
    }

    /** The edition as one HTML document: marking, title, byline, text, marking again. */
    static Document document(FrozenEdition edition) {
        Document page = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
        page.title(edition.title());
        page.head().appendElement("meta").attr("name", "author").attr("content", String.join(", ", edition.authors()));
        page.head()
                .appendElement("meta")
                .attr("name", "subject")
                .attr("content", Optional.ofNullable(edition.summary()).orElse(""));
        page.head().appendElement("meta").attr("name", "keywords").attr("content", String.join(", ", edition.tags()));
        page.head().appendElement("style").text(STYLE);
        page.body().appendElement("p").addClass("marking").text(marking(edition));
        page.body().appendElement("h1").text(edition.title());
        page.body().appendElement("p").addClass("byline").text(byline(edition));
        page.body().appendElement("div").addClass("text").html(edition.html());
        page.body().appendElement("p").addClass("marking").text(marking(edition));
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        return page;
    }

    static String marking(FrozenEdition edition) {
        return edition.tlp().label() + " — " + edition.tlp().meaning();
    }

    static String byline(FrozenEdition edition) {
        return String.join(", ", edition.authors()) + " · Edition " + edition.number() + " · "
                + DATE.format(edition.publishedAt());
    }

    static byte[] pdf(FrozenEdition edition) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            boolean embedded = false;
            for (Path font : FONTS) {
                if (Files.isReadable(font)) {
                    boolean bold = font.getFileName().toString().contains("Bold");
                    builder.useFont(
                            font.toFile(),
                            "DejaVu Sans",
                            bold ? 700 : 400,
                            com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                            true);
                    embedded = true;
                }
            }
            if (!embedded) {
                log.warn("No DejaVu Sans under /usr/share/fonts: PDFs use a built-in font without"
                        + " non-Latin letters (install fonts-dejavu-core)");
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(document(edition)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of an edition", e);
        }
    }

    static byte[] docx(FrozenEdition edition) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            POIXMLProperties.CoreProperties core = word.getProperties().getCoreProperties();
            core.setTitle(edition.title());
            core.setCreator(String.join(", ", edition.authors()));
            core.setDescription(Optional.ofNullable(edition.summary()).orElse(""));
            core.setKeywords(String.join(", ", edition.tags()));
            core.setCategory(edition.tlp().label());
            core.setCreated(Optional.of(java.util.Date.from(edition.publishedAt())));
            new WordWriter(word).write(document(edition).body());
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document of an edition", e);
        }
    }
}
