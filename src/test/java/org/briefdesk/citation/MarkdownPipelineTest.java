package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.briefdesk.Waits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownPipelineTest {

    private final MarkdownPipeline pipeline = new MarkdownPipeline(RenderLimits.defaults());
    private final InMemorySources sources = new InMemorySources()
            .add("varga-2025", "Talks open", "Body one.")
            .add("dahl-2025", "Envoy named", "Body two.");

    @Test
    void citations_are_numbered_in_order_of_first_use_and_listed_under_sources() {
        RenderResult result =
                pipeline.render("First [@dahl-2025], then [@varga-2025; @dahl-2025, p. 2] and [@unknown].", sources);

        assertThat(result.ok()).isTrue();
        assertThat(result.numberedKeys()).containsExactly("dahl-2025", "varga-2025");
        Document html = Jsoup.parseBodyFragment(result.html());
        assertThat(html.select("sup.citation a").eachText()).containsExactly("1", "2", "1");
        assertThat(html.select("sup.citation a").get(2).attr("title")).isEqualTo("p. 2");
        assertThat(html.select(".citation-missing").text()).isEqualTo("[@unknown?]");
        assertThat(html.select("section.sources li").eachText())
                .containsExactly(
                        "Envoy named. Harbour Gazette, 4 March 2025. https://harbour.example/dahl-2025. Captured 5"
                                + " March 2025. Grade B2.",
                        "Talks open. Harbour Gazette, 4 March 2025. https://harbour.example/varga-2025. Captured 5"
                                + " March 2025. Grade B2.");
        assertThat(html.select("#source-1").text()).startsWith("Envoy named");
    }

    @Test
    void the_sources_list_names_the_authors_first_as_readers_expect_them() {
        InMemorySources library = new InMemorySources()
                .add(new SourceInfo(
                        "raman-2025",
                        "What a patrol agreement must solve",
                        "Priya Raman and <b>Anders</b> Holmgren",
                        "Halvorsen Review",
                        LocalDate.of(2025, 3, 1),
                        null,
                        null,
                        "",
                        1,
                        "Text."));

        Document html = Jsoup.parseBodyFragment(
                pipeline.render("Patrols [@raman-2025].", library).html());

        assertThat(html.select("#source-1").text())
                .startsWith(
                        "Priya Raman and <b>Anders</b> Holmgren: What a patrol agreement must solve. Halvorsen Review");
        assertThat(html.select("#source-1 b")).isEmpty();
    }

    @Test
    void over_long_and_over_nested_texts_get_a_message_not_an_error_page() {
        MarkdownPipeline small = new MarkdownPipeline(new RenderLimits(1_000, 8, Duration.ofSeconds(2)));

        assertThat(small.render("a".repeat(1_001), sources).problem()).contains("too long");
        assertThat(small.render("> > > > > > > > > deep", sources).problem()).contains("levels deep");
        assertThat(small.render("> > quote", sources).ok()).isTrue();
    }

    @Test
    void a_render_past_its_time_budget_gives_the_clear_message_whether_short_or_long() {
        MarkdownPipeline hurried = new MarkdownPipeline(new RenderLimits(500_000, 32, Duration.ofNanos(1)));
        String paragraph = "Talks resumed on Monday with *both* delegations present [@varga-2025].\n\n";
        String briefing = paragraph.repeat(1_000); // rendered on the caller's thread
        String report = paragraph.repeat(2_000); // rendered on a render thread

        assertThat(briefing.length()).isLessThanOrEqualTo(MarkdownPipeline.DIRECT_MAX_CHARS);
        assertThat(report.length()).isGreaterThan(MarkdownPipeline.DIRECT_MAX_CHARS);
        for (String text : new String[] {briefing, report}) {
            RenderResult result = hurried.render(text, sources);

            assertThat(result.ok()).isFalse();
            assertThat(result.problem()).startsWith("The preview took too long to render.");
            assertThat(Jsoup.parseBodyFragment(result.html()).text()).isEqualTo(result.problem());
            // The same text within the default budget renders.
            assertThat(pipeline.render(text, sources).ok()).isTrue();
        }
    }

    @Test
    void the_watchdog_stops_a_render_that_passes_its_deadline_while_flexmark_reads_the_text() {
        // Far more text than flexmark reads in 5 ms, and no check of the clock after the render:
        // only the watchdog's alarm, raised while flexmark is at work, can stop this one.
        String long_ = "Talks resumed on Monday with *both* delegations present, [a link](https://example.org).\n\n"
                .repeat(5_000);

        assertThatThrownBy(() -> pipeline.renderGuarded(long_, System.nanoTime() + 5_000_000L))
                .isInstanceOf(MarkdownPipeline.RenderCancelled.class);
        // A render that ends in time takes its alarm back: none pile up in the watchdog's queue.
        assertThat(pipeline.renderGuarded("Short *text*.", System.nanoTime() + 60_000_000_000L))
                .contains("<em>text</em>");
        assertThat(MarkdownPipeline.pendingAlarms()).isZero();
    }

    @Test
    void
            flexmark_reads_nul_characters_line_ends_and_surrogate_pairs_through_the_cancellable_wrapper_as_from_a_string() {
        String markdown = "# Ti\0tle\r\n\r\nCRLF *lines*\r\nand \uD83D\uDE00 [link](https://example.org \"t\0\")\n\n"
                + "| a | b |\n| --- | --- |\n| \uD83D\uDE00 | x[^1] |\n\n[^1]: A note\0.\n\n\tcode\0\n";

        String guarded = pipeline.renderGuarded(markdown, System.nanoTime() + 60_000_000_000L);

        assertThat(guarded).isEqualTo(pipeline.renderPlain(markdown)).contains("\uFFFD", "\uD83D\uDE00", "<table>");
    }

    @Test
    void a_text_whose_citations_were_found_once_renders_and_checks_as_from_scratch() {
        String markdown = "Both said “body one” [@varga-2025], and `[@dahl-2025]` is code; see [@dahl-2025, p. 2]"
                + " and “a sentence nobody wrote” [@varga-2025].";
        CitedText text = CitedText.of(markdown);

        assertThat(text.groups()).hasSize(3);
        assertThat(pipeline.render(text, sources)).isEqualTo(pipeline.render(markdown, sources));
        assertThat(QuotationChecker.check(text, sources, java.util.Map.of()))
                .isEqualTo(QuotationChecker.check(markdown, sources, java.util.Map.of()))
                .extracting(Finding::message)
                .containsExactly("Not found in @varga-2025: the quotation does not occur in its text.");
        assertThat(new MarkdownPipeline(new RenderLimits(50, 8, Duration.ofSeconds(2)))
                        .render(text, sources)
                        .problem())
                .contains("too long");
    }

    @Test
    void texts_as_nested_as_the_caps_allow_render_on_a_small_stack() throws InterruptedException {
        // Texts up to DIRECT_MAX_CHARS render on the caller's thread (a request thread has 1 MB of
        // stack or more): the deepest nesting the caps let through must need much less than that.
        int depth = RenderLimits.defaults().maxNestingDepth();
        StringBuilder deep = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            deep.append("  ".repeat(level)).append("- item *with [a link](https://example.org) [@dahl-2025]*\n");
        }
        deep.append("\n").append("> ".repeat(depth)).append("a quote\n\n");
        deep.append("[".repeat(depth * 2 - 2)).append("text").append("](https://example.org)".repeat(depth * 2 - 2));
        deep.append("\n\n").append("*_".repeat(depth)).append("emphasis").append("_*".repeat(depth));
        String text = deep.toString();
        assertThat(MarkdownPipeline.nestingDepth(text)).isEqualTo(depth);

        AtomicReference<RenderResult> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> result.set(pipeline.render(text, sources)), "small-stack", 256 * 1024);
        small.start();
        Waits.join(small);

        assertThat(result.get().problem()).isNull();
        assertThat(result.get().html()).isEqualTo(pipeline.render(text, sources).html());
        assertThat(Jsoup.parseBodyFragment(result.get().html()).select("blockquote"))
                .hasSize(depth);
    }
}
