package org.briefdesk.audit;

import org.springframework.data.repository.Repository;

/** Append only: saving is the one write there is; no update, no delete. Reading is in {@link AuditQueries}. */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);
}
