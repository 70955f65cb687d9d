/**
 * The audit log: an append-only record of who did what, when and from where (PRODUCT section 7).
 * Other features call {@link org.briefdesk.audit.AuditLog#record}; administrators read it in the
 * "Audit log" view. This feature depends on nothing but {@code base} and {@code security}, so every
 * other feature may record into it without a cycle.
 */
@NullMarked
package org.briefdesk.audit;

import org.jspecify.annotations.NullMarked;
