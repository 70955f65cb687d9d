package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    private static List<String> hostileCorpus() {
        List<String> corpus = new ArrayList<>(List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;avascript:alert(1))",
                "[x](java\tscript:alert(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "[x](VBSCRIPT:msgbox(1))",
                "![x](javascript:alert(1))",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "<svg onload=alert(1)><math><mi xlink:href=\"javascript:alert(1)\">x</mi></math></svg>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<form action=\"https://evil.example\"><input name=a></form>",
                "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
                "<div onclick=\"alert(1)\">click</div>",
                "[@x\" onmouseover=\"alert(1)]",
                ">".repeat(10_000) + " deep",
                "- ".repeat(5_000) + "deep list",
                "*".repeat(50_000) + "emphasis",
                "[".repeat(100_000),
                "`".repeat(100_000),
                "word ".repeat(120_000)));
        corpus.add("x\u0000y <scr\u0000ipt>alert(1)</script>");
        return corpus;
    }

    @Test
    void hostile_markdown_renders_safely_or_gives_the_clear_message() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String markdown : hostileCorpus()) {
                RenderResult result = pipeline.render(markdown, sources);
                if (!result.ok()) {
                    assertThat(result.problem()).isNotBlank();
                }
                assertSafe(result.html());
            }
        });
    }

    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, style, iframe, object, embed, form, input, svg, math"))
                .isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).doesNotStartWith("on").isNotEqualTo("style");
                if (name.equals("href") || name.equals("src")) {
                    String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                    assertThat(value.startsWith("http://")
                                    || value.startsWith("https://")
                                    || value.startsWith("mailto:")
                                    || value.startsWith("#"))
                            .as("URL %s", value)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void over_long_and_over_nested_texts_get_a_message_not_an_error_page() {
        MarkdownPipeline small = new MarkdownPipeline(new RenderLimits(1_000, 8, Duration.ofSeconds(2)));

        assertThat(small.render("a".repeat(1_001), sources).problem()).contains("too long");
        assertThat(small.render("> > > > > > > > > deep", sources).problem()).contains("levels deep");
        assertThat(small.render("> > quote", sources).ok()).isTrue();
    }
}
