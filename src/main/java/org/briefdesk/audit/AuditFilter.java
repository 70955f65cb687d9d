package org.briefdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to show: by actor (exact user name), by kind, and from (inclusive) / to (exclusive)
 * a point in time. Absent parts do not filter.
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable AuditEvent kind,
        @Nullable Instant from,
        @Nullable Instant to) {

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
