package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of {@code hostile/} is one hostile input: it must render to safe HTML within the time
 * budget, or give the clear "cannot render" message, never an exception or a hung request; and the
 * quotation checks, which run beside every preview, must not hang on it either. A file
 * named {@code <case>.x<N>.md} is a seed: the input is its text repeated N times, so that the
 * megabyte cases need not be committed. The folder holds nothing but cases, so that a fuzzer can
 * take it as its seed corpus.
 */
class HostileMarkdownTest {

    private static final String FOLDER = "hostile";
    private static final Pattern REPEATED = Pattern.compile(".*\\.x([0-9]{1,7})\\.md");
    /** Far above the pipeline's own 2 s budget: only catches a render that ignores the budget. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    private static final MarkdownPipeline PIPELINE = new MarkdownPipeline(RenderLimits.defaults());
    private static final SourceLookup SOURCES = InMemorySources.renderingLibrary();

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path folder = Path.of(HostileMarkdownTest.class.getResource(FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names =
                    files.map(file -> file.getFileName().toString()).sorted().toList();
            assertThat(names).as("the hostile corpus").hasSizeGreaterThan(50).allMatch(name -> name.endsWith(".md"));
            return names.stream();
        }
    }

    /** The cases that are not repeated seeds, to keep the run short where one render each is enough. */
    static Stream<String> smallCases() throws IOException, URISyntaxException {
        return cases().filter(name -> !REPEATED.matcher(name).matches());
    }

    /** The input a case file stands for: its text, or its text repeated as its name says. */
    static String input(String fileName) throws IOException {
        String text;
        try (InputStream in = HostileMarkdownTest.class.getResourceAsStream(FOLDER + "/" + fileName)) {
            assertThat(in).as("test resource %s/%s", FOLDER, fileName).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher repeated = REPEATED.matcher(fileName);
        return repeated.matches() ? text.repeat(Integer.parseInt(repeated.group(1))) : text;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostile_markdown_renders_safely_within_the_budget_or_gives_the_clear_message(String fileName)
            throws IOException {
        String markdown = input(fileName);

        RenderResult result = assertTimeoutPreemptively(HANG_GUARD, () -> PIPELINE.render(markdown, SOURCES));

        if (!result.ok()) {
            assertThat(result.problem()).isNotBlank();
            assertThat(Jsoup.parseBodyFragment(result.html())
                            .select("p.render-problem")
                            .text())
                    .isEqualTo(result.problem());
        }
        assertSafe(result.html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostile_markdown_is_checked_without_hanging_and_findings_select_text_inside_it(String fileName)
            throws IOException {
        String markdown = input(fileName);

        List<Finding> findings =
                assertTimeoutPreemptively(HANG_GUARD, () -> QuotationChecker.check(markdown, SOURCES, Map.of()));

        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.start()).isBetween(0, markdown.length());
            assertThat(finding.end()).isBetween(finding.start(), markdown.length());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallCases")
    void the_same_hostile_text_always_gives_the_same_html(String fileName) throws IOException {
        String markdown = input(fileName);

        RenderResult first = assertTimeoutPreemptively(HANG_GUARD, () -> PIPELINE.render(markdown, SOURCES));
        RenderResult second = assertTimeoutPreemptively(HANG_GUARD, () -> PIPELINE.render(markdown, SOURCES));

        // Every small hostile case renders: a failure here is a failure of the test, not a pass.
        assertThat(first.ok())
                .as("the first render of %s failed: %s", fileName, first.problem())
                .isTrue();
        assertThat(second.ok())
                .as("the second render of %s failed: %s", fileName, second.problem())
                .isTrue();
        assertThat(second.html()).isEqualTo(first.html());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallCases")
    void flexmark_reads_hostile_input_through_the_cancellable_wrapper_exactly_as_from_a_string(String fileName)
            throws IOException {
        String markdown = input(fileName);

        assertThat(assertTimeoutPreemptively(
                        HANG_GUARD,
                        () -> outcome(() -> PIPELINE.renderGuarded(markdown, System.nanoTime() + 60_000_000_000L))))
                .isEqualTo(assertTimeoutPreemptively(HANG_GUARD, () -> outcome(() -> PIPELINE.renderPlain(markdown))));
    }

    /** The HTML, or the kind of failure (a stack overflow on some of these inputs). */
    private static String outcome(java.util.function.Supplier<String> render) {
        try {
            return render.get();
        } catch (RuntimeException | StackOverflowError failure) {
            return failure.getClass().getName();
        }
    }

    @Test
    void the_messages_say_what_to_change_and_harmless_html_is_shown_as_text() throws IOException {
        assertThat(PIPELINE.render(input("megabytes-of-words.x400000.md"), SOURCES)
                        .problem())
                .isEqualTo("The text is too long to preview (2,000,000 characters; the limit is 500,000).");
        assertThat(PIPELINE.render(input("deep-block-quotes.x10000.md"), SOURCES)
                        .problem())
                .startsWith("The text nests quotes, lists or emphasis 10000 levels deep; the preview allows 32.");

        RenderResult script = PIPELINE.render(input("script-tag.md"), SOURCES);
        assertThat(script.ok()).isTrue();
        assertThat(Jsoup.parseBodyFragment(script.html()).text()).isEqualTo("<script>alert(1)</script>");

        RenderResult forged = PIPELINE.render(input("forged-citation-marker.md"), SOURCES);
        assertThat(forged.ok()).isTrue();
        assertThat(forged.numberedKeys()).containsExactly("varga-2025");
        assertThat(Jsoup.parseBodyFragment(forged.html()).select("sup.citation").eachText())
                .as("one citation, numbered 1, with its source's grade")
                .containsExactly("1 · B2");
    }

    /** No active content, whatever its spelling: checked on the HTML as a browser would parse it. */
    static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, style, iframe, frame, object, embed, form, input, button, svg, math, meta,"
                        + " base, link"))
                .isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
                if (name.equals("href") || name.equals("src")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value.startsWith("http://")
                                    || value.startsWith("https://")
                                    || value.startsWith("mailto:")
                                    || value.startsWith("#"))
                            .as("URL %s", value)
                            .isTrue();
                    // The scheme decides, also with white space and control characters taken out
                    // (browsers ignore them there); "data:" later in an https address is harmless.
                    String squeezed = value.replaceAll("[\\s\\u0000-\\u001f]", "");
                    assertThat(squeezed.startsWith("http://")
                                    || squeezed.startsWith("https://")
                                    || squeezed.startsWith("mailto:")
                                    || squeezed.startsWith("#"))
                            .as("URL %s", squeezed)
                            .isTrue();
                }
            }
        }
    }
}
