package org.briefdesk.publishing;

import java.time.Instant;

/** Why and when a briefing was retracted. */
public record Retraction(String reason, String retractedBy, Instant retractedAt) {}
