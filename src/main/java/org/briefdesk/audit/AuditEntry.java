package org.briefdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. {@code actor} is the user who acted (for a failed sign-in: the user
 * name that was tried), absent when nobody was signed in; {@code clientAddress} is the address the
 * request came from, when there was a request.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        AuditEvent kind,
        @Nullable String actor,
        String target,
        String detail,
        @Nullable String clientAddress) {

    /** Where the next (older) page starts when this entry is the last of a page. */
    public AuditCursor cursor() {
        return new AuditCursor(occurredAt, id);
    }
}
