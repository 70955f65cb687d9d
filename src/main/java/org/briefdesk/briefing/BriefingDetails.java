package org.briefdesk.briefing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
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
        boolean editableByMe,
        Tlp tlp,
        Yardstick yardstick,
        List<KeyJudgment> judgments) {

    public BriefingDetails {
        coAuthors = List.copyOf(coAuthors);
        tags = List.copyOf(tags);
        judgments = List.copyOf(judgments);
    }

    public BriefingDraft toDraft() {
        return new BriefingDraft(
                title,
                summary,
                body,
                audience,
                java.util.Set.copyOf(tags),
                java.util.Set.copyOf(coAuthors),
                tlp,
                yardstick,
                judgments);
    }
}
