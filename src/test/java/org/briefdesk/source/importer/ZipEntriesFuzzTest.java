package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.article;
import static org.briefdesk.source.importer.Fixtures.zip;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fuzzes the entry names of zip archives, built whole so that every archive is one the reader can
 * open: names made of path pieces, separators, dots, spaces and invisible characters. An archive
 * with an entry that would land outside its folder (judged here on the name as the user is shown
 * it, which is also the name a later step could write) is refused as a whole; in any other
 * archive no shown name climbs out. The bytes of the archive itself are fuzzed by
 * {@link ImportFuzzTest}.
 */
class ZipEntriesFuzzTest {

    private static final SourceFileReader READER = new SourceFileReader(ImportFuzzTest.LIMITS);

    private static final List<String> PIECES = List.of(
            "..",
            ".",
            "",
            " ",
            "a",
            "notes",
            "C:",
            "__MACOSX",
            "._x",
            "\u0001",
            "\u0000",
            "\t",
            "\u202E",
            "\u200E",
            "\u2066",
            "\uFEFF",
            "\u00A0",
            "\u2024",
            "\uFF0E",
            "%2e");

    private static final List<String> SEPARATORS = List.of("/", "\\", "", "//");

    private static final List<String> ENDINGS = List.of(".txt", ".md", ".html", ".zip", "/", "", ".TXT");

    /** The characters a shown name loses (see FileNames.display). */
    private static final Pattern UNSHOWN =
            Pattern.compile("[\\p{Cc}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uE000\\uE001\\uFEFF]");

    @FuzzTest(maxDuration = "5s")
    void an_archive_entry_never_reads_or_shows_as_outside_the_archive_folder(FuzzedDataProvider data) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int count = data.consumeInt(1, 4);
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder();
            int pieces = data.consumeInt(1, 6);
            for (int piece = 0; piece < pieces; piece++) {
                if (piece > 0) {
                    name.append(data.pickValue(SEPARATORS));
                }
                name.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(6));
            }
            name.append(data.pickValue(ENDINGS));
            byte[] content =
                    data.consumeBoolean() ? article("Entry " + i, "Text of entry " + i + ".") : data.consumeBytes(64);
            entries.putIfAbsent(name.toString(), content);
        }
        boolean escapes = entries.keySet().stream().anyMatch(ZipEntriesFuzzTest::escapes);

        List<FileResult> results = READER.read("upload.zip", zip(entries));

        assertThat(results).isNotEmpty();
        if (escapes) {
            assertThat(results).singleElement().satisfies(result -> {
                assertThat(result.fileName()).isEqualTo("upload.zip");
                assertThat(result.refusal()).isNotBlank();
            });
            return;
        }
        for (FileResult result : results) {
            ImportFuzzTest.assertShownName(result.fileName());
            if (!(result.isRefused() && result.fileName().equals("upload.zip"))) {
                ImportFuzzTest.assertInsideTheArchive(result.fileName());
            }
            if (result.document() != null) {
                ImportFuzzTest.assertClean(result.document());
            }
        }
    }

    /**
     * Whether a name, as shown, is absolute or climbs: a leading slash or backslash, a drive letter
     * at the start once empty and "." segments are dropped, or a segment of two or more dots once
     * spaces around it are dropped (Windows drops trailing dots and spaces, so "..." and ".. "
     * climb like "..").
     */
    static boolean escapes(String name) {
        String shown = UNSHOWN.matcher(name).replaceAll("").strip();
        if (shown.startsWith("/") || shown.startsWith("\\")) {
            return true;
        }
        boolean first = true;
        for (String segment : shown.split("[/\\\\]")) {
            String trimmed = segment.strip();
            if (trimmed.length() >= 2 && trimmed.chars().allMatch(c -> c == '.')) {
                return true;
            }
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (first && segment.matches("(?s)^[A-Za-z]:.*")) {
                return true;
            }
            first = false;
        }
        return false;
    }
}
