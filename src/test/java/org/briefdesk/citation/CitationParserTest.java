package org.briefdesk.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationParserTest {

    @Test
    void single_grouped_and_located_citations_are_found_in_order() {
        String text = "One [@varga-2025] two [@a; @b, p. 4] three [@c, para. 3].";
        List<CitationGroup> groups = CitationParser.parse(text);

        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).refs()).containsExactly(new CitationRef("varga-2025", null));
        assertThat(groups.get(1).refs()).containsExactly(new CitationRef("a", null), new CitationRef("b", "p. 4"));
        assertThat(groups.get(2).refs()).containsExactly(new CitationRef("c", "para. 3"));
        assertThat(text.substring(groups.get(0).start(), groups.get(0).end())).isEqualTo("[@varga-2025]");
    }

    @Test
    void code_spans_code_blocks_emails_escapes_and_empty_keys_are_not_citations() {
        String text = "Mail ops@harbour.example or `[@in-code]` or \\[@escaped] or [@] or [see @x].\n\n"
                + "```\n[@fenced]\n```\n\n    [@indented]\n\nBut [@real] counts.";

        assertThat(CitationParser.parse(text))
                .extracting(group -> group.refs().getFirst().key())
                .containsExactly("real");
    }

    @Test
    void trailing_punctuation_is_not_part_of_the_key() {
        assertThat(CitationParser.parse("As said [@key-2025.]")
                        .getFirst()
                        .refs()
                        .getFirst()
                        .key())
                .isEqualTo("key-2025");
    }
}
