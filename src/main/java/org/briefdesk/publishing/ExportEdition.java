package org.briefdesk.publishing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.KeyJudgments;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/**
 * What the Markdown exports are made from: one frozen edition. Its key judgments lead the text; its
 * marking comes first in the front matter.
 */
public record ExportEdition(
        String title,
        String slug,
        int edition,
        Instant published,
        List<String> authors,
        List<String> tags,
        @Nullable String summary,
        String body,
        List<ExportSource> sources,
        Tlp tlp,
        Yardstick yardstick,
        List<KeyJudgment> judgments) {

    public ExportEdition {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        judgments = List.copyOf(judgments);
    }

    /** An unmarked edition without key judgments, as editions were before markings. */
    public ExportEdition(
            String title,
            String slug,
            int edition,
            Instant published,
            List<String> authors,
            List<String> tags,
            @Nullable String summary,
            String body,
            List<ExportSource> sources) {
        this(
                title,
                slug,
                edition,
                published,
                authors,
                tags,
                summary,
                body,
                sources,
                Tlp.CLEAR,
                Yardstick.ICD_203,
                List.of());
    }

    /** The text as published: the key judgments' section, then the body. */
    public String publishedText() {
        return KeyJudgments.withBody(yardstick, judgments, body);
    }
}
