package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code render/<case>.md} rendered with the same small source library must give exactly
 * {@code render/<case>.html}. The expected files were written by hand-checking the output; when a
 * case fails, the actual HTML is written to {@code target/render-actual/} to compare.
 */
class RenderExpectationsTest {

    private static final String FOLDER = "render";

    private final MarkdownPipeline pipeline = new MarkdownPipeline(RenderLimits.defaults());

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(RenderExpectationsTest.class.getResource(FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - ".md".length()))
                    .sorted()
                    .toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void markdown_renders_to_the_expected_html(String name) throws IOException {
        String markdown = read(name + ".md");
        String expected = read(name + ".html");

        RenderResult result = pipeline.render(markdown, InMemorySources.renderingLibrary());

        assertThat(result.problem()).isNull();
        String actual = normalize(result.html());
        if (!actual.equals(normalize(expected))) {
            Path out = Path.of("target", "render-actual", name + ".html");
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("%s.html (actual output in target/render-actual/)", name)
                .isEqualTo(normalize(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flexmark_reads_the_text_through_the_cancellable_wrapper_exactly_as_from_a_string(String name)
            throws IOException {
        String markdown = read(name + ".md");

        assertThat(pipeline.renderGuarded(markdown, System.nanoTime() + 60_000_000_000L))
                .isEqualTo(pipeline.renderPlain(markdown));
    }

    private static String read(String name) throws IOException {
        try (var in = RenderExpectationsTest.class.getResourceAsStream(FOLDER + "/" + name)) {
            assertThat(in).as("test resource %s/%s", FOLDER, name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Line endings and trailing white space of lines and of the file are not significant. */
    private static String normalize(String html) {
        return html.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip();
    }
}
