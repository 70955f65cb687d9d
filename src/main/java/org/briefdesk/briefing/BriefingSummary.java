package org.briefdesk.briefing;

import java.time.Instant;
import org.briefdesk.marking.Tlp;

/** A briefing in a list, with its TLP marking. */
public record BriefingSummary(
        long id, String slug, String title, BriefingStatus status, String owner, Instant updatedAt, Tlp tlp) {}
