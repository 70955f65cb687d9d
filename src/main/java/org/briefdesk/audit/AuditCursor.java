package org.briefdesk.audit;

import java.time.Instant;

/**
 * A position in the audit log, newest first: a page that starts after this cursor holds entries
 * strictly older than it. Paging by this key instead of an offset keeps every page, even the
 * millionth row, an index range scan.
 */
public record AuditCursor(Instant occurredAt, long id) {}
