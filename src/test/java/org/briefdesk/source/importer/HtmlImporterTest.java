package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.onlyDocument;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlImporterTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    private ImportedDocument read(String html) {
        return onlyDocument(reader.read("page.html", utf8(html)));
    }

    private ImportedDocument corvinReef() {
        return onlyDocument(reader.read("corvin-reef.html", Fixtures.bytes("corvin-reef.html")));
    }

    @Test
    void open_graph_and_article_meta_tags_give_the_metadata() {
        ImportedDocument document = corvinReef();

        assertThat(document.title())
                .isEqualTo("Coastal States Agree to Joint Survey of Disputed Corvin Reef After Fishing Clash");
        assertThat(document.outlet()).isEqualTo("The Kessmar Ledger");
        assertThat(document.authors()).isEqualTo("Jonas Ferrand, Amira Costa");
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(document.url()).isEqualTo("https://ledger.example/world/2025/03/corvin-reef-survey");
        assertThat(document.language()).isEqualTo("en-GB");
        assertThat(document.tags()).containsExactly("corvin-reef", "fisheries");
        assertThat(document.reliability()).isNull();
        assertThat(document.credibility()).isNull();
    }

    @Test
    void the_body_is_the_article_without_navigation_scripts_comments_or_share_buttons() {
        String body = corvinReef().body();

        assertThat(body)
                .startsWith("Norveld and the Republic of Astara agreed on Thursday")
                .contains("on 14 March 2025.")
                .contains("the reef\u2019s outer edge")
                .contains("Regional Fisheries Commission (RFC)")
                .contains("\u201cWe have argued for two years about a line neither of us had measured,\u201d")
                .contains("blames on the other.")
                .endsWith("\u201cIt depends on who is allowed to read it first.\u201d");
        assertThat(body)
                .doesNotContain("Politics")
                .doesNotContain("cookies")
                .doesNotContain("dataLayer")
                .doesNotContain("loadAd")
                .doesNotContain("Share on")
                .doesNotContain("Twitter")
                .doesNotContain("Trawler loses nets")
                .doesNotContain("Finally some sense")
                .doesNotContain("Post a Comment")
                .doesNotContain("Most read")
                .doesNotContain("newsletter")
                .doesNotContain("All rights reserved")
                .doesNotContain("enable JavaScript")
                .doesNotContain("Template text")
                .doesNotContain("Coastal States Agree")
                .doesNotContain("By Jonas Ferrand")
                .doesNotContain("&")
                .doesNotContain("<")
                .doesNotContain(">");
    }

    @Test
    void block_elements_become_paragraphs_separated_by_a_blank_line() {
        String body = corvinReef().body();

        assertThat(body.split("\n\n")).hasSize(6);
        assertThat(body).doesNotContain("\n\n\n");
    }

    @Test
    void boilerplate_lines_left_in_the_article_are_stripped_and_reported() {
        assertThat(corvinReef().strippedLines()).containsExactly("Advertisement", "No comments:");
    }

    @Test
    void the_same_article_as_text_and_as_html_has_the_same_fingerprint() {
        ImportedDocument text = onlyDocument(reader.read("corvin-reef.txt", Fixtures.bytes("corvin-reef.txt")));
        ImportedDocument html = corvinReef();

        assertThat(html.title()).isEqualTo(text.title());
        assertThat(BodyText.fingerprint(html.body())).isEqualTo(BodyText.fingerprint(text.body()));
    }

    @Test
    void without_open_graph_the_title_element_gives_the_title_less_the_outlet_suffix() {
        ImportedDocument document = read("<html><head><title>Pilots Vote to Strike \u2014 Harbour Bulletin</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Bulletin\"></head>"
                + "<body><p>The vote was close.</p></body></html>");

        assertThat(document.title()).isEqualTo("Pilots Vote to Strike");
        assertThat(document.outlet()).isEqualTo("Harbour Bulletin");
    }

    @Test
    void main_is_used_when_there_is_no_article_and_body_when_there_is_neither() {
        ImportedDocument fromMain =
                read("<title>T</title><body><div>Menu text</div><main><p>Main text.</p></main></body>");
        ImportedDocument fromBody =
                read("<title>T</title><body><div>First.</div><div>Second <b>bold</b>.</div></body>");

        assertThat(fromMain.body()).isEqualTo("Main text.");
        assertThat(fromBody.body()).isEqualTo("First.\n\nSecond bold.");
    }

    @Test
    void the_longest_article_is_the_one_read() {
        ImportedDocument document = read("<title>T</title><body>"
                + "<article><p>A teaser.</p></article>"
                + "<article><p>The real story, which is a good deal longer than the teaser.</p></article></body>");

        assertThat(document.body()).isEqualTo("The real story, which is a good deal longer than the teaser.");
    }

    @Test
    void an_article_whose_own_classes_mention_social_is_kept() {
        ImportedDocument document = read("<title>T</title><body><article class=\"post tag-social-media\">"
                + "<p>Text about social media.</p><div class=\"social-links\">Follow</div></article></body>");

        assertThat(document.body()).isEqualTo("Text about social media.");
    }

    @Test
    void a_commentary_section_is_content_not_comments() {
        ImportedDocument document = read("<title>T</title><article><div class=\"commentary\"><p>Our view.</p></div>"
                + "<div id=\"comments\"><p>Reader view.</p></div></article>");

        assertThat(document.body()).isEqualTo("Our view.");
    }

    @Test
    void a_page_wrapped_in_one_form_still_has_its_text() {
        ImportedDocument document = read(
                "<title>T</title><body><form id=\"aspnetForm\">" + "<p>One.</p><p>Two.</p><p>Three.</p></form></body>");

        assertThat(document.body()).isEqualTo("One.\n\nTwo.\n\nThree.");
    }

    @Test
    void line_breaks_and_preformatted_text_keep_their_lines() {
        ImportedDocument document = read("<title>T</title><article><p>Line one<br>line   two</p>"
                + "<pre>col1   col2\n  a      b</pre><ul><li>item <i>one</i></li><li>item two</li></ul></article>");

        assertThat(document.body()).isEqualTo("Line one\nline two\n\ncol1 col2\n a b\n\nitem one\n\nitem two");
    }

    @Test
    void entities_are_decoded_and_markup_shown_as_text_stays_text() {
        ImportedDocument document =
                read("<title>Caf&eacute; &amp; Bar</title><p>Use &lt;b&gt; for bold &ndash; 5&nbsp;&gt;&nbsp;3.</p>");

        assertThat(document.title()).isEqualTo("Caf\u00E9 & Bar");
        assertThat(document.body()).isEqualTo("Use <b> for bold \u2013 5 > 3.");
    }

    @Test
    void dates_come_from_meta_date_or_the_first_time_element() {
        assertThat(read("<title>T</title><meta name=\"date\" content=\"2024-11-22\"><p>x</p>")
                        .publishedDate())
                .isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(read("<title>T</title><meta name=\"pubdate\" content=\"20241123\"><p>x</p>")
                        .publishedDate())
                .isEqualTo(LocalDate.of(2024, 11, 23));
        assertThat(read("<title>T</title><p>On <time datetime=\"2024-11-24T09:00\">Sunday</time></p>")
                        .publishedDate())
                .isEqualTo(LocalDate.of(2024, 11, 24));
        assertThat(read("<title>T</title><meta name=\"date\" content=\"yesterday\"><p>x</p>")
                        .publishedDate())
                .isNull();
    }

    @Test
    void og_url_is_used_without_a_canonical_link_and_relative_addresses_are_dropped() {
        assertThat(read("<title>T</title><meta property=\"og:url\" content=\"https://a.example/x\"><p>x</p>")
                        .url())
                .isEqualTo("https://a.example/x");
        assertThat(read("<title>T</title><link rel=\"canonical\" href=\"/x\"><p>x</p>")
                        .url())
                .isNull();
        assertThat(read("<title>T</title><link rel=\"canonical\" href=\"javascript:alert(1)\"><p>x</p>")
                        .url())
                .isNull();
    }

    @Test
    void page_tags_that_are_not_plain_words_are_left_out() {
        ImportedDocument document = read("<title>T</title>"
                + "<meta property=\"article:tag\" content=\"Trade &amp; Tariffs\">"
                + "<meta property=\"article:tag\" content=\"U.S. trade\"><p>x</p>");

        assertThat(document.tags()).containsExactly("U.S. trade");
    }

    @Test
    void a_page_without_any_title_is_refused() {
        assertThat(onlyRefusal(reader.read("page.html", utf8("<html><body><p>Text only.</p></body></html>"))))
                .contains("no title");
    }

    @Test
    void a_page_with_a_title_and_no_text_is_refused() {
        assertThat(onlyRefusal(
                        reader.read("page.htm", utf8("<title>T</title><nav>Home</nav><script>var x = 1;</script>"))))
                .contains("no article text");
    }

    @Test
    void a_deeply_nested_page_is_read_without_exhausting_the_stack() {
        String html = "<title>Deep</title>" + "<div>".repeat(20_000) + "Deep text." + "</div>".repeat(20_000);

        assertThat(read(html).body()).isEqualTo("Deep text.");
    }
}
