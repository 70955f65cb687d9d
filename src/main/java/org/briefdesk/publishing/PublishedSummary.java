package org.briefdesk.publishing;

import java.time.Instant;
import org.briefdesk.briefing.Audience;
import org.briefdesk.marking.Tlp;

/** A published briefing in a list: its latest edition, its marking, and whether it was retracted. */
public record PublishedSummary(
        long briefingId,
        String slug,
        String title,
        int edition,
        Instant publishedAt,
        Audience audience,
        boolean retracted,
        Tlp tlp) {

    /** The reading page, relative to the application's root. */
    public String readingPath() {
        return "briefings/" + slug;
    }
}
