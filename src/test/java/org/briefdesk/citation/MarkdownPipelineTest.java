package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    void over_long_and_over_nested_texts_get_a_message_not_an_error_page() {
        MarkdownPipeline small = new MarkdownPipeline(new RenderLimits(1_000, 8, Duration.ofSeconds(2)));

        assertThat(small.render("a".repeat(1_001), sources).problem()).contains("too long");
        assertThat(small.render("> > > > > > > > > deep", sources).problem()).contains("levels deep");
        assertThat(small.render("> > quote", sources).ok()).isTrue();
    }
}
