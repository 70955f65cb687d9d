package org.briefdesk.briefing;

import java.util.List;
import java.util.Set;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/**
 * What an author edits: the text and the briefing's fields. A marking, yardstick or list of key
 * judgments left {@code null} keeps the briefing's own (a new briefing's: TLP:CLEAR, the default
 * yardstick, none).
 */
public record BriefingDraft(
        String title,
        @Nullable String summary,
        String body,
        Audience audience,
        Set<String> tags,
        Set<String> coAuthors,
        @Nullable Tlp tlp,
        @Nullable Yardstick yardstick,
        @Nullable List<KeyJudgment> judgments) {

    public BriefingDraft {
        tags = Set.copyOf(tags);
        coAuthors = Set.copyOf(coAuthors);
        judgments = judgments == null ? null : List.copyOf(judgments);
    }

    /** A draft of the text and fields that keeps the briefing's marking, yardstick and judgments. */
    public BriefingDraft(
            String title,
            @Nullable String summary,
            String body,
            Audience audience,
            Set<String> tags,
            Set<String> coAuthors) {
        this(title, summary, body, audience, tags, coAuthors, null, null, null);
    }

    /** The same draft with another text. */
    public BriefingDraft withBody(String body) {
        return new BriefingDraft(title, summary, body, audience, tags, coAuthors, tlp, yardstick, judgments);
    }

    /** The same draft for another audience. */
    public BriefingDraft withAudience(Audience audience) {
        return new BriefingDraft(title, summary, body, audience, tags, coAuthors, tlp, yardstick, judgments);
    }

    /** The same draft with another marking, yardstick and key judgments. */
    public BriefingDraft withTradecraft(
            @Nullable Tlp tlp, @Nullable Yardstick yardstick, @Nullable List<KeyJudgment> judgments) {
        return new BriefingDraft(title, summary, body, audience, tags, coAuthors, tlp, yardstick, judgments);
    }

    public static BriefingDraft titled(String title) {
        return new BriefingDraft(title, null, "", Audience.INTERNAL, Set.of(), Set.of());
    }
}
