package org.briefdesk.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one query of the audit view, built from only the conditions a filter uses, so that the
 * database sees plain equality and range conditions and picks the matching index of V6 (an
 * "{@code :x is null or ...}" query hides that from the optimizer). Newest first by
 * (occurred_at, id), continuing strictly after a cursor: no offset, no count.
 */
@Component
class AuditQueries {

    private final EntityManager entityManager;

    AuditQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<AuditRecord> page(AuditFilter filter, @Nullable AuditCursor after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actor() != null) {
            conditions.add("a.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.kind() != null) {
            conditions.add("a.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            conditions.add("a.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("a.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        if (after != null) {
            // (occurredAt, id) < (cursor time, cursor id), written so that the first half is a
            // plain range on the index and the second only sorts out the ties.
            conditions.add("a.occurredAt <= :cursorTime and (a.occurredAt < :cursorTime or a.id < :cursorId)");
            parameters.put("cursorTime", after.occurredAt());
            parameters.put("cursorId", after.id());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditRecord> query = entityManager.createQuery(
                "select a from AuditRecord a" + where + " order by a.occurredAt desc, a.id desc", AuditRecord.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
