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

    public static BriefingDraft titled(String title) {
        return new BriefingDraft(title, null, "", Audience.INTERNAL, Set.of(), Set.of());
    }
}
