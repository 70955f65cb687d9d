package org.briefdesk.source.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefdesk.source.importer.Fixtures.onlyRefusal;
import static org.briefdesk.source.importer.Fixtures.utf8;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BibTeX and BibLaTeX exports as JabRef, Better BibTeX and hand-written .bib files have them:
 * braces and LaTeX accents, @string abbreviations, crossref, BibLaTeX dates, organisations and
 * particles in names (issue #19).
 */
class BibTexImportTest {

    private final SourceFileReader reader = new SourceFileReader(ImportLimits.defaults());

    private static final String LIBRARY = """
            % Exported by hand, in the shapes BibTeX's and BibLaTeX's manuals document.
            @string{hr = "Halvorsen {R}eview"}
            @String{wk = { Weekly}}

            @article{raman2025,
              title = {{\\"U}ber die {B}r{\\"u}cke: caf\\'e talks in {\\c C}anakkale -- a {Baltic} view},
              author = {Raman, Priya and van der Berg, Jan and {World Health Organization} and M{\\"u}ller, J\\"urgen},
              journal = hr # wk,
              year = 2024,
              month = mar,
              doi = {10.1234/ports.2024},
              langid = {english},
              keywords = {Patrols, Baltic; ports},
              abstract = {Pilots at Gda{\\'n}sk and {\\L}{\\'o}d{\\'z} refused to board -- twice.}
            }

            @online{holmgren2025,
              title = "Harbour statistics",
              author = "Anders Holmgren and Lena de la Cruz",
              date = {2025-03-01/2025-03-05},
              url = {https://halvorsen.example/harbour_stats?a=1&b=2},
              language = {en-GB},
              note = {Ships waited fourteen days in April.},
            }

            @incollection{chapter,
              title = {A chapter},
              editor = {Osei, Petra},
              crossref = {proceedings},
              annote = {Annotated by the analyst.}
            }

            @book{proceedings,
              title = {Proceedings of the Baltic Conference},
              booktitle = {Proceedings of the Baltic Conference},
              publisher = {Tallinn Press},
              year = {2023}
            }
            """;

    @Test
    void a_bibtex_file_adds_one_document_per_entry_with_its_fields_in_unicode() {
        List<FileResult> results = reader.read("library.bib", utf8(LIBRARY));

        assertThat(results).noneMatch(FileResult::isRefused);
        assertThat(results)
                .extracting(FileResult::fileName)
                .containsExactly(
                        "library.bib › Über die Brücke: café talks in Çanakkale – a Baltic view",
                        "library.bib › Harbour statistics",
                        "library.bib › A chapter",
                        "library.bib › Proceedings of the Baltic Conference");

        ImportedDocument raman = results.get(0).document();
        assertThat(raman.title()).isEqualTo("Über die Brücke: café talks in Çanakkale – a Baltic view");
        assertThat(raman.authors())
                .isEqualTo("Raman, Priya; van der Berg, Jan; {World Health Organization}; Müller, Jürgen");
        assertThat(raman.outlet()).isEqualTo("Halvorsen Review Weekly");
        assertThat(raman.publishedDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(raman.url()).isEqualTo("https://doi.org/10.1234/ports.2024");
        assertThat(raman.language()).isEqualTo("en");
        assertThat(raman.tags()).containsExactly("patrols", "baltic", "ports");
        assertThat(raman.body()).isEqualTo("Pilots at Gdańsk and Łódź refused to board – twice.");

        ImportedDocument holmgren = results.get(1).document();
        assertThat(holmgren.authors()).isEqualTo("Holmgren, Anders; de la Cruz, Lena");
        assertThat(holmgren.publishedDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(holmgren.url()).isEqualTo("https://halvorsen.example/harbour_stats?a=1&b=2");
        assertThat(holmgren.language()).isEqualTo("en-GB");
        assertThat(holmgren.body()).isEqualTo("Ships waited fourteen days in April.");
    }

    @Test
    void an_entry_inherits_through_crossref_and_names_its_editors_when_it_has_no_authors() {
        ImportedDocument chapter =
                reader.read("library.bib", utf8(LIBRARY)).get(2).document();

        assertThat(chapter.outlet()).isEqualTo("Proceedings of the Baltic Conference");
        assertThat(chapter.publishedDate()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(chapter.authors()).isEqualTo("Osei, Petra");
        assertThat(chapter.body()).isEqualTo("Annotated by the analyst.");
    }

    @Test
    void a_crossref_cycle_inherits_nothing_twice_and_ends() {
        List<FileResult> results = reader.read("cycle.bib", utf8("""
                @misc{a, title = {First}, crossref = {b}}
                @misc{b, title = {Second}, crossref = {a}, note = {Text of the second.}}
                @misc{self, title = {Itself}, crossref = {self}}
                """));

        assertThat(results)
                .extracting(result -> result.document().body())
                .containsExactly("Text of the second.", "Text of the second.", "");
    }

    @Test
    void an_entry_without_abstract_or_note_is_added_with_an_empty_body_as_text_missing() {
        ImportedDocument proceedings =
                reader.read("library.bib", utf8(LIBRARY)).get(3).document();

        assertThat(proceedings.body()).isEmpty();
        assertThat(proceedings.outlet()).isEqualTo("Proceedings of the Baltic Conference");
    }

    @Test
    void an_entry_without_a_title_is_refused_by_name_and_the_others_are_read() {
        List<FileResult> results = reader.read("notes.bib", utf8("""
                @misc{untitled, author = {Varga, Lena}, note = {Talks ended.}}
                @misc{titled, title = {Tallinn talks}, note = {Talks ended without a text.}}
                """));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).fileName()).isEqualTo("notes.bib › reference 1");
        assertThat(results.get(0).refusal()).isEqualTo("The reference has no title.");
        assertThat(results.get(1).document().title()).isEqualTo("Tallinn talks");
    }

    static Stream<Arguments> latex() {
        return Stream.of(
                arguments("{\\\"u}ber", "über"),
                arguments("\\'e", "é"),
                arguments("{\\c c}a", "ça"),
                arguments("Fran\\c{c}ois", "François"),
                arguments("\\v{S}koda", "Škoda"),
                arguments("{\\o}re and {\\aa}s", "øre and ås"),
                arguments("Stra{\\ss}e", "Straße"),
                arguments("W{\\l}adys{\\l}aw", "Władysław"),
                arguments("na\\\"{\\i}ve", "naïve"),
                arguments("2024--2025 --- over", "2024–2025 — over"),
                arguments("``quoted''", "“quoted”"),
                arguments("50\\% \\& more", "50% & more"),
                arguments("\\emph{Nested {\\em deep}}", "Nested deep"),
                arguments("O'Brien's", "O'Brien's"),
                arguments("a~b", "a b"),
                arguments("$x^2$ and a_b", "x^2 and a_b"));
    }

    @ParameterizedTest
    @MethodSource("latex")
    void latex_is_read_as_the_text_it_stands_for(String latex, String text) {
        assertThat(LaTeXText.toUnicode(latex)).isEqualTo(text);
    }

    @Test
    void an_unclosed_brace_refuses_the_whole_file_saying_where() {
        List<FileResult> results = reader.read("broken.bib", utf8("""
                @article{first, title = {A whole entry}, abstract = {Fine.}}
                @article{second, title = {An entry never closed, abstract = {Lost.}
                @article{third, title = {After it}, abstract = {Also fine.}}
                """));

        assertThat(onlyRefusal(results))
                .contains("ends inside an entry")
                .contains("\u201csecond\u201d")
                .contains("nothing of it was imported");
        assertThat(results.getFirst().fileName()).isEqualTo("broken.bib");
    }

    @Test
    void a_missing_comma_refuses_the_whole_file_at_its_line() {
        List<FileResult> results = reader.read("broken.bib", utf8("""
                @article{first, title = {A whole entry}}
                @article{second, title = {Two fields} author = {Raman, Priya}}
                """));

        assertThat(onlyRefusal(results)).contains("line 2").contains("\u201csecond\u201d");
    }

    @Test
    void an_undefined_abbreviation_refuses_the_whole_file_naming_it() {
        assertThat(onlyRefusal(reader.read("broken.bib", utf8("@article{a, title = {T}, journal = nosuchjournal}"))))
                .contains("nosuchjournal")
                .contains("@string");
    }

    @Test
    void a_file_without_entries_is_not_bibtex() {
        assertThat(onlyRefusal(reader.read("notes.bib", utf8("Just some notes about BibTeX.\n"))))
                .isEqualTo(BibTexReader.NO_ENTRIES);
    }
}
