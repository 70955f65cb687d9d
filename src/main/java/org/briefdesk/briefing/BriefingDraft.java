package org.briefdesk.briefing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an author edits: the text and the briefing's fields. */
public record BriefingDraft(
        String title,
        @Nullable String summary,
        String body,
        Audience audience,
        Set<String> tags,
        Set<String> coAuthors) {

    public BriefingDraft {
        tags = Set.copyOf(tags);
        coAuthors = Set.copyOf(coAuthors);
    }

    /** The same draft with another text. */
    public BriefingDraft withBody(String body) {
        return new BriefingDraft(title, summary, body, audience, tags, coAuthors);
    }

    public static BriefingDraft titled(String title) {
        return new BriefingDraft(title, null, "", Audience.INTERNAL, Set.of(), Set.of());
    }
}
