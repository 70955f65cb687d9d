package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.article;
import static org.briefdesk.source.importer.Fixtures.entries;
import static org.briefdesk.source.importer.Fixtures.utf8;
import static org.briefdesk.source.importer.Fixtures.zip;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes what an upload goes through: {@link SourceFileReader} with text, Markdown, HTML, zip and
 * other files. Whatever the bytes, it returns results (never throws), each a document whose fields
 * the source rules accept as they are, or a refusal with a message; and no name it shows climbs out
 * of an archive. Seeded with the importer fixtures, the hostile Markdown corpus and hostile zips.
 * Runs under failsafe (see the pom and docs/security.md); {@code scripts/fuzz.sh} runs it longer.
 *
 * <p>The input is one byte that picks the file name's extension, one that gives the length of a
 * fuzzed name before it, that many bytes of name (UTF-8), and then the file's bytes.
 */
class ImportFuzzTest {

    static final List<String> EXTENSIONS =
            List.of("txt", "md", "markdown", "html", "htm", "zip", "TXT", "Md", "pdf", "tar.gz", "");

    /**
     * Limits far below the real ones, so that the fuzzer's few-kilobyte inputs reach them: the
     * checks on size are the same code whatever the limit.
     */
    static final ImportLimits LIMITS = new ImportLimits(2_000, 4_000, 6, 40_000);

    private static final SourceFileReader READER = new SourceFileReader(LIMITS);

    /**
     * What the importer removes from one-line fields: control, format and surrogate characters. (Of
     * these, SourceRules accepts a joiner between two visible characters, as typed in a form.)
     */
    private static final Pattern NOT_IN_A_LINE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\n]");

    /** What never stays in a body: controls other than the line break, lone surrogates, highlight marks. */
    private static final Pattern NOT_IN_A_BODY = Pattern.compile("[\\p{Cc}\\p{Cs}\\uE000\\uE001&&[^\\n]]");

    /** What a shown file name never holds: controls, bidi overrides and isolates, highlight marks. */
    private static final Pattern NOT_IN_A_NAME =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uE000\\uE001\\uFEFF]");

    @MethodSource("seeds")
    @DictionaryEntries({
        "---",
        "title: ",
        "published: 2024-02-30",
        "url: https://a.example/",
        "reliability: ",
        "credibility: ",
        "tags: [",
        "&anchor",
        "*anchor",
        "# ",
        "```",
        "<html><head><title>",
        "<meta property=\"og:title\" content=\"",
        "<article>",
        "<script>",
        "<h1>",
        "&#0;",
        "&#x202E;",
        "\u202E",
        "\u200B",
        "\u00AD",
        "\uE000",
        "\uFEFF",
        "PK\u0003\u0004",
        "PK\u0005\u0006",
        "../",
        "..\\",
        "C:",
        "__MACOSX/",
        ".DS_Store"
    })
    @FuzzTest(maxDuration = "10s")
    void any_upload_becomes_documents_the_rules_accept_or_refusals_with_a_message(byte[] input) {
        Upload upload = Upload.of(input);

        List<FileResult> results = READER.read(upload.name(), upload.content());

        assertThat(results).isNotEmpty();
        String shownUpload = FileNames.uploadName(upload.name());
        boolean archive = FileNames.extension(shownUpload).equals("zip");
        for (FileResult result : results) {
            assertShownName(result.fileName());
            boolean wholeArchiveRefused =
                    result.isRefused() && result.fileName().equals(shownUpload);
            if (archive && !wholeArchiveRefused) {
                assertInsideTheArchive(referenceFilePath(result.fileName()));
            }
            if (result.isRefused()) {
                assertThat(result.document()).isNull();
                assertThat(result.refusal()).isNotBlank();
            } else {
                assertThat(result.document()).isNotNull();
                assertClean(result.document());
            }
        }
    }

    /** The path of the file a reference came from ("a/library.bib › Its title"), or the name itself. */
    static String referenceFilePath(String shownName) {
        int arrow = shownName.indexOf(" › ");
        return arrow < 0 ? shownName : shownName.substring(0, arrow);
    }

    static void assertShownName(String fileName) {
        assertThat(fileName).isNotBlank().doesNotContainPattern(NOT_IN_A_NAME);
        assertThat(fileName.codePointCount(0, fileName.length())).isLessThanOrEqualTo(255);
    }

    /** Neither absolute nor climbing: no leading slash, drive letter or segment of dots alone. */
    static void assertInsideTheArchive(String shownPath) {
        assertThat(shownPath).doesNotStartWith("/").doesNotStartWith("\\").doesNotMatch("(?s)^[A-Za-z]:.*");
        for (String segment : shownPath.split("[/\\\\]")) {
            String trimmed = segment.strip();
            assertThat(trimmed.length() >= 2 && trimmed.chars().allMatch(c -> c == '.'))
                    .as("segment \"%s\" of %s", segment, shownPath)
                    .isFalse();
        }
    }

    static void assertClean(ImportedDocument document) {
        assertThat(document.title()).isNotBlank().doesNotContainPattern(NOT_IN_A_LINE);
        for (@Nullable String line : Arrays.asList(document.outlet(), document.authors(), document.url())) {
            if (line != null) {
                assertThat(line).isNotBlank().doesNotContainPattern(NOT_IN_A_LINE);
            }
        }
        assertThat(document.tags())
                .allSatisfy(tag -> assertThat(tag).isNotBlank().doesNotContainPattern(NOT_IN_A_LINE));
        if (document.language() != null) {
            assertThat(document.language()).matches(DocumentParts.LANGUAGE);
        }
        if (document.reliability() != null) {
            assertThat(document.reliability()).isBetween('A', 'F');
        }
        if (document.credibility() != null) {
            assertThat(document.credibility()).isBetween(1, 6);
        }
        // A reference from an export may come without text: an empty body, added as text missing.
        if (!document.fileName().contains(" › ")) {
            assertThat(document.body()).isNotBlank();
        }
        assertThat(document.body()).isEqualTo(document.body().strip()).doesNotContainPattern(NOT_IN_A_BODY);
        // Stored as it is: normalising the body again, as the service does, changes nothing.
        assertThat(BodyText.normalize(document.body())).isEqualTo(document.body());
        assertThat((long) document.body().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(LIMITS.maxBodyBytes());
    }

    /** One fuzzed upload: a file name and its bytes (see the class comment). */
    record Upload(String name, byte[] content) {

        static Upload of(byte[] input) {
            if (input.length < 2) {
                return new Upload("empty.txt", input);
            }
            String extension = EXTENSIONS.get((input[0] & 0xFF) % EXTENSIONS.size());
            int nameLength = Math.min(input[1] & 0x3F, input.length - 2);
            String stem = new String(input, 2, nameLength, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(input, 2 + nameLength, input.length);
            return new Upload(extension.isEmpty() ? stem : stem + "." + extension, content);
        }

        static byte[] encode(String extension, String stem, byte[] content) {
            byte[] name = utf8(stem);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(EXTENSIONS.indexOf(extension));
            out.write(name.length);
            out.writeBytes(name);
            out.writeBytes(content);
            return out.toByteArray();
        }
    }

    /** The importer fixtures, hostile Markdown, byte-level oddities and hostile archives. */
    static Stream<Arguments> seeds() throws IOException {
        List<Arguments> seeds = new ArrayList<>();
        for (String fixture :
                List.of("corvin-reef.html", "corvin-reef.txt", "harbour-pilots.md", "kessmar-dredging.md")) {
            String extension = fixture.substring(fixture.lastIndexOf('.') + 1);
            seeds.add(seed(fixture, Upload.encode(extension, "article", Fixtures.bytes(fixture))));
        }
        for (String hostile :
                List.of("deep-lists.x5000.md", "script-tag.md", "iframe.md", "link-javascript-hex-entity.md")) {
            byte[] text = hostileMarkdown(hostile);
            seeds.add(seed(hostile, Upload.encode("md", "hostile", text)));
        }
        seeds.add(seed(
                "front-matter",
                Upload.encode(
                        "md",
                        "front",
                        utf8("---\ntitle: \"A \\u202E title\"\n"
                                + "published: 2024-02-29\nurl: https://a.example/x\nlanguage: en-GB\ntags: [a, b]\n"
                                + "reliability: b\ncredibility: 2\nauthors: [A. Singh, B. Tanaka]\n---\n\n# A title\n\nBody "
                                + "with *emphasis* and a [link](https://a.example).\n"))));
        seeds.add(seed(
                "controls",
                Upload.encode(
                        "txt", "ctl\u202Etxt.exe", utf8("Ti\u0007tle\u200B\r\nBody\u0000 \u00AD text\uFEFF.\n"))));
        seeds.add(seed("bom-and-invalid-utf8", Upload.encode("txt", "bom", new byte[] {
            (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', '\n', 'O', 'k', (byte) 0xC3, 0x28, 'x'
        })));
        seeds.add(seed("utf16", Upload.encode("txt", "utf16", "Title\nBody".getBytes(StandardCharsets.UTF_16))));
        seeds.add(seed(
                "html-metadata",
                Upload.encode(
                        "html",
                        "page",
                        utf8("<html><head><title>T\u0001itle</title>"
                                + "<meta property=\"og:title\" content=\"Og &#x202E;title\">"
                                + "<meta property=\"article:published_time\" content=\"2024-13-01\"></head>"
                                + "<body><nav>Menu</nav><article><h1>Head</h1><p>Text &#0; here.</p>"
                                + "<div class=\"share\">Share</div></article></body></html>"))));
        seeds.add(seed(
                "zip",
                Upload.encode(
                        "zip",
                        "batch",
                        zip(entries(
                                "a.txt",
                                article("A", "Text a."),
                                "dir/b.md",
                                "# B\n\nText b.",
                                "c.html",
                                "<h1>C</h1><p>Text c.</p>",
                                "__MACOSX/._a.txt",
                                "junk",
                                "inner.zip",
                                "PK\u0005\u0006")))));
        for (String escaping :
                List.of("../evil.txt", "a\\..\\..\\evil.txt", "C:\\x.txt", "a/.. /b.txt", "/etc/x.txt")) {
            seeds.add(seed(
                    "zip " + escaping,
                    Upload.encode(
                            "zip",
                            "hostile",
                            zip(entries("fine.txt", article("Fine", "Fine."), escaping, article("Evil", "Evil."))))));
        }
        seeds.add(seed(
                "zip with control names",
                Upload.encode(
                        "zip", "names", zip(entries("docs/report\u202Etxt.exe\u0001.txt", article("R", "Report."))))));
        return seeds.stream();
    }

    private static Arguments seed(String name, byte[] input) {
        return Arguments.of(Named.of(name, input));
    }

    private static byte[] hostileMarkdown(String fileName) {
        try (InputStream in = ImportFuzzTest.class.getResourceAsStream("/org/briefdesk/citation/hostile/" + fileName)) {
            assertThat(in).as("hostile case %s", fileName).isNotNull();
            byte[] unit = in.readAllBytes();
            // A repeated case (<case>.x<N>.md) repeated to about 3 kB: enough to nest past the limits.
            byte[] text = fileName.matches(".*\\.x[0-9]+\\.md")
                    ? new String(unit, StandardCharsets.UTF_8)
                            .repeat(3_000 / unit.length + 1)
                            .getBytes(StandardCharsets.UTF_8)
                    : unit;
            return text.length > 3_000 ? Arrays.copyOf(text, 3_000) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
