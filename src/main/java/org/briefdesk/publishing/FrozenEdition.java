package org.briefdesk.publishing;

import java.time.Instant;
import java.util.List;
import org.briefdesk.briefing.Audience;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.jspecify.annotations.Nullable;

/** One published edition as the reading side keeps it in memory. */
public record FrozenEdition(
        long briefingId,
        String slug,
        int number,
        String title,
        @Nullable String summary,
        Audience audience,
        List<String> authors,
        List<String> tags,
        Instant publishedAt,
        String publisher,
        String html,
        String portableExport,
        String pandocExport,
        String exportSha256,
        Tlp tlp,
        Yardstick yardstick,
        List<KeyJudgment> judgments,
        @Nullable String judgmentNote) {

    public FrozenEdition {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        judgments = List.copyOf(judgments);
    }

    /**
     * Who may read it: anyone only if it is for a public audience and marked TLP:CLEAR (a marking
     * limits disclosure; public pages and the feed carry none).
     */
    public Audience visibility() {
        return audience == Audience.PUBLIC && tlp == Tlp.CLEAR ? Audience.PUBLIC : Audience.INTERNAL;
    }
}
