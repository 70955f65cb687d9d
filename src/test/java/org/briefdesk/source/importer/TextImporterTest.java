package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.onlyDocument;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefdesk.RequiredTool;
import org.junit.jupiter.api.Test;

class TextImporterTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    @Test
    void the_first_line_is_the_title_and_blog_boilerplate_at_the_end_is_stripped_and_reported() {
        ImportedDocument document = onlyDocument(reader.read("corvin-reef.txt", Fixtures.bytes("corvin-reef.txt")));

        assertThat(document.fileName()).isEqualTo("corvin-reef.txt");
        assertThat(document.title())
                .isEqualTo("Coastal States Agree to Joint Survey of Disputed Corvin Reef After Fishing Clash");
        assertThat(document.body())
                .startsWith("Norveld and the Republic of Astara agreed on Thursday")
                .contains("\nThe survey would map the reef\u2019s outer edge")
                .contains("The ministry declined to comment on the number of coast guard vessels")
                .endsWith("\u201cIt depends on who is allowed to read it first.\u201d")
                .doesNotContain("No comments")
                .doesNotContain("Post a Comment");
        assertThat(document.body().lines()).hasSize(6);
        assertThat(document.strippedLines()).containsExactly("No comments:", "Post a Comment");
        assertThat(document.outlet()).isNull();
        assertThat(document.authors()).isNull();
        assertThat(document.url()).isNull();
        assertThat(document.publishedDate()).isNull();
        assertThat(document.tags()).isEmpty();
        assertThat(document.reliability()).isNull();
        assertThat(document.credibility()).isNull();
    }

    @Test
    void the_sample_article_imports_with_its_title_body_and_stripped_lines() throws IOException {
        Path sample = Path.of("../shared/samples/india-japan-supply-agreement.txt");
        RequiredTool.file(sample, "The shared sample article");

        ImportedDocument document =
                onlyDocument(reader.read("india-japan-supply-agreement.txt", Files.readAllBytes(sample)));

        assertThat(document.title())
                .isEqualTo("India and Japan Discuss Reciprocal Military Supply Agreement Amid Regional Security"
                        + " Concerns");
        assertThat(document.body()).contains("ASEAN Defence Ministers' Meeting (ADMM)-Plus");
        assertThat(document.strippedLines()).containsExactly("No comments:", "Post a Comment");
    }

    @Test
    void leading_blank_lines_before_the_title_are_skipped() {
        ImportedDocument document =
                onlyDocument(reader.read("a.txt", utf8("\n   \n\tHarbour Fees Rise \n\nFees rise in April.")));

        assertThat(document.title()).isEqualTo("Harbour Fees Rise");
        assertThat(document.body()).isEqualTo("Fees rise in April.");
    }

    @Test
    void a_crlf_file_reads_like_an_lf_file() {
        String lf = "Title of the piece\nFirst paragraph.\n\nSecond paragraph.\nNo comments:\nPost a Comment";
        ImportedDocument fromLf = onlyDocument(reader.read("lf.txt", utf8(lf)));
        ImportedDocument fromCrlf = onlyDocument(reader.read("crlf.txt", utf8(lf.replace("\n", "\r\n"))));

        assertThat(fromCrlf.title()).isEqualTo(fromLf.title());
        assertThat(fromCrlf.body()).isEqualTo(fromLf.body()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(fromCrlf.strippedLines()).containsExactly("No comments:", "Post a Comment");
    }

    @Test
    void a_utf8_byte_order_mark_does_not_end_up_in_the_title() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("Reef Survey Begins\nThe vessels sailed at dawn.");
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        assertThat(onlyDocument(reader.read("bom.txt", file)).title()).isEqualTo("Reef Survey Begins");
    }

    @Test
    void title_and_body_are_normalised() {
        String text =
                "Cafe\u0301 Owners \uE000Protest\uE001\nThe owners\u00A0of  cafe\u0301s \uD83D\uDE80 marched\u0007 on   Friday.   ";

        ImportedDocument document = onlyDocument(reader.read("nfc.txt", utf8(text)));

        assertThat(document.title()).isEqualTo("Caf\u00E9 Owners Protest");
        assertThat(document.body()).isEqualTo("The owners of caf\u00E9s \uD83D\uDE80 marched on Friday.");
    }

    @Test
    void the_title_loses_invisible_format_characters_the_body_keeps_its_emoji_joiners() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        ImportedDocument document = onlyDocument(
                reader.read("marks.txt", utf8("Harbour\u200F Talks\u200E\n" + family + " families wait.")));

        assertThat(document.title()).isEqualTo("Harbour Talks");
        assertThat(document.body()).isEqualTo(family + " families wait.");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(onlyRefusal(reader.read("empty.txt", utf8(" \n\n \t")))).isEqualTo("The file is empty.");
    }

    @Test
    void a_title_without_text_is_refused() {
        assertThat(onlyRefusal(reader.read("title.txt", utf8("Only a Title\n\n"))))
                .contains("no article text");
    }

    @Test
    void a_title_with_nothing_but_boilerplate_is_refused() {
        assertThat(onlyRefusal(reader.read("blog.txt", utf8("A Title\nNo comments:\nPost a Comment"))))
                .contains("no article text once page boilerplate is removed");
    }
}
