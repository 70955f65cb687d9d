package org.briefdesk.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of the audit log, newest first, and where the next older page starts (none at the end). */
public record AuditPage(List<AuditEntry> entries, @Nullable AuditCursor older) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
