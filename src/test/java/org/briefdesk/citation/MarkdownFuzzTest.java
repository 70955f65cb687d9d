package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes what every keystroke in the editor goes through: the Markdown pipeline, the citation
 * parser and the quotation checks. Seeded with the hostile corpus of {@link HostileMarkdownTest}.
 * Runs under failsafe (see the pom and docs/security.md); {@code scripts/fuzz.sh} runs it longer.
 *
 * <p>The input bytes are read as UTF-8 (malformed bytes become U+FFFD), except that the byte 0xFF,
 * which UTF-8 never uses, followed by two bytes gives that UTF-16 code unit as it is, so that lone
 * surrogates, NUL and the pipeline's private-use marks can reach the text too. A U+FFFF in the text
 * separates the Markdown from the body of one more source, {@code @fuzz-2025}, so that quotations
 * are checked against fuzzed source text as well.
 */
class MarkdownFuzzTest {

    private static final MarkdownPipeline PIPELINE = new MarkdownPipeline(RenderLimits.defaults());
    private static final String FUZZED_SOURCE = "fuzz-2025";
    /** Seeds are cut to about libFuzzer's default input length; the megabyte cases add nothing here. */
    private static final int SEED_CHARS = 4_000;

    @MethodSource("hostileCorpus")
    @DictionaryEntries({
        "[@varga-2025]",
        "[@fuzz-2025, p. 3]",
        "[@okafor-2024; @lind-2023]",
        "[-@dahl-2025]",
        "\"Body one.\" [@varga-2025]",
        "\u201cThree\u201d",
        "> ",
        "```",
        "`",
        "**",
        "_",
        "~~",
        "[^1]",
        "[^1]: ",
        "](",
        "<https://",
        "javascript:",
        "data:",
        "&#",
        "&colon;",
        "<script>",
        " onerror=",
        "<iframe",
        "| --- |",
        "\u202E",
        "\u200B",
        "\uFFFF"
    })
    @FuzzTest(maxDuration = "10s")
    void any_text_renders_to_safe_html_or_a_message_and_its_findings_select_text_inside_it(byte[] input) {
        String text = decode(input);
        int separator = text.indexOf('\uFFFF');
        String markdown = separator < 0 ? text : text.substring(0, separator);
        String body = separator < 0 ? "Body one. Body two." : text.substring(separator + 1);
        SourceLookup sources = InMemorySources.renderingLibrary()
                .add(new SourceInfo(
                        FUZZED_SOURCE,
                        "Fuzzed",
                        "Fuzz Gazette",
                        LocalDate.of(2025, 1, 2),
                        "https://fuzz.example/a",
                        Instant.parse("2025-01-03T00:00:00Z"),
                        "A1",
                        2,
                        body));

        RenderResult result = PIPELINE.render(markdown, sources);

        if (!result.ok()) {
            assertThat(result.problem()).isNotBlank();
            assertThat(Jsoup.parseBodyFragment(result.html())
                            .select("p.render-problem")
                            .text())
                    .isEqualTo(result.problem());
        }
        HostileMarkdownTest.assertSafe(result.html());

        List<CitationGroup> groups = CitationParser.parse(markdown);
        int previousEnd = 0;
        for (CitationGroup group : groups) {
            assertThat(group.start()).isBetween(previousEnd, markdown.length());
            assertThat(group.end()).isBetween(group.start() + 1, markdown.length());
            assertThat(group.refs())
                    .isNotEmpty()
                    .allSatisfy(ref -> assertThat(ref.key()).isNotBlank());
            previousEnd = group.end();
        }

        List<Finding> findings = QuotationChecker.check(markdown, sources, Map.of(FUZZED_SOURCE, 1, "varga-2025", 1));
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.message()).isNotBlank();
            assertThat(finding.start()).isBetween(0, markdown.length());
            assertThat(finding.end()).isBetween(finding.start(), markdown.length());
        });

        for (Quotation quotation : QuotationChecker.quotations(markdown)) {
            Optional<QuotationChecker.Match> match = QuotationChecker.verify(quotation.text(), body);
            match.ifPresent(found -> {
                assertThat(found.start()).isBetween(0, body.length());
                assertThat(found.end()).isBetween(found.start(), body.length());
            });
        }
    }

    /** The hostile Markdown cases, a repeated seed repeated up to about {@link #SEED_CHARS}. */
    static Stream<Arguments> hostileCorpus() throws IOException, URISyntaxException {
        return HostileMarkdownTest.cases().map(fileName -> {
            try {
                String text = HostileMarkdownTest.input(fileName);
                String seed = text.length() > SEED_CHARS ? text.substring(0, SEED_CHARS) : text;
                return Arguments.of(Named.of(fileName, seed.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** UTF-8, with 0xFF hi lo standing for the UTF-16 code unit hi lo (see the class comment). */
    static String decode(byte[] input) {
        StringBuilder text = new StringBuilder(input.length);
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        for (int i = 0; i < input.length; i++) {
            if (input[i] == (byte) 0xFF && i + 2 < input.length) {
                text.append(utf8.toString(StandardCharsets.UTF_8));
                utf8.reset();
                text.append((char) (((input[i + 1] & 0xFF) << 8) | (input[i + 2] & 0xFF)));
                i += 2;
            } else {
                utf8.write(input[i]);
            }
        }
        return text.append(utf8.toString(StandardCharsets.UTF_8)).toString();
    }
}
