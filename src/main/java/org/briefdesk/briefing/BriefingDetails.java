package org.briefdesk.briefing;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A briefing as the editor shows it, with its current text. */
public record BriefingDetails(
        long id,
        String slug,
        String title,
        @Nullable String summary,
        String body,
        Audience audience,
        BriefingStatus status,
        int edition,
        String owner,
        List<String> coAuthors,
        List<String> tags,
        @Nullable Long currentRevisionId,
        Instant updatedAt,
        boolean editableByMe) {

    public BriefingDetails {
        coAuthors = List.copyOf(coAuthors);
        tags = List.copyOf(tags);
    }

    public BriefingDraft toDraft() {
        return new BriefingDraft(
                title, summary, body, audience, java.util.Set.copyOf(tags), java.util.Set.copyOf(coAuthors));
    }
}
