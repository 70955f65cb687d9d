package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

    /** Two sources with every field, and two with some fields missing and text that needs escaping. */
    static InMemorySources library() {
        return new InMemorySources()
                .add("varga-2025", "Talks open", "Body one.")
                .add("dahl-2025", "Envoy named", "Body two.")
                .add(new SourceInfo(
                        "okafor-2024",
                        "Ports & dues: <the ministry's> \"review\"",
                        null,
                        null,
                        null,
                        null,
                        "",
                        1,
                        "Three."))
                .add(new SourceInfo(
                        "lind-2023",
                        "Ledger of tides",
                        "Coastal Ledger",
                        null,
                        "https://ledger.example/tides?year=2023&page=2",
                        Instant.parse("2024-01-31T23:30:00Z"),
                        "C",
                        2,
                        "Four."));
    }

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

        RenderResult result = pipeline.render(markdown, library());

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
