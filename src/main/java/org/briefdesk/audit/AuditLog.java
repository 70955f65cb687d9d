package org.briefdesk.audit;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log (PRODUCT section 7): features record what happened; administrators read it.
 *
 * <p>An entry is written in the caller's transaction, so an action that rolls back leaves no entry
 * behind and an entry never claims what did not happen. Called outside a transaction (a sign-in) or
 * inside a read-only one (an export), it commits on its own.
 *
 * <p>Recording is open to every caller, signed in or not (a failed sign-in has nobody signed in);
 * reading is for administrators. Values are cut to the column sizes, and control and
 * direction-changing characters are written out as {@code \\uXXXX}, so that a hostile user name
 * cannot hide or reorder what an administrator reads.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class AuditLog {

    static final int ACTOR_MAX = 64;
    static final int TARGET_MAX = 200;
    static final int DETAIL_MAX = 1000;
    static final int ADDRESS_MAX = 64;
    /** The largest page the view may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private final AuditRecordRepository records;
    private final AuditQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(
            AuditRecordRepository records,
            AuditQueries queries,
            CurrentUser currentUser,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.records = records;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an event by the signed-in user, from the current request's client address.
     *
     * @param target what it happened to, e.g. {@code user:frank} or {@code briefing:keleva-talks}
     * @param detail anything else an administrator needs to understand it; may be empty
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(AuditEvent kind, String target, String detail) {
        record(kind, null, target, detail, null);
    }

    /**
     * Records an event by {@code actor} (the signed-in user when {@code null}), from the current
     * request's client address.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(AuditEvent kind, @Nullable String actor, String target, String detail) {
        record(kind, actor, target, detail, null);
    }

    /**
     * Records an event by {@code actor} (the signed-in user when {@code null}) from
     * {@code clientAddress} (the current request's when {@code null}).
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(
            AuditEvent kind, @Nullable String actor, String target, String detail, @Nullable String clientAddress) {
        String who = actor != null ? actor : currentUser.username().orElse(null);
        String from = clientAddress != null ? clientAddress : currentClientAddress();
        AuditRecord record = new AuditRecord(
                clock.instant(),
                kind,
                who == null || who.isBlank() ? null : clean(who, ACTOR_MAX),
                clean(target, TARGET_MAX),
                clean(detail, DETAIL_MAX),
                from == null ? null : clean(from, ADDRESS_MAX));
        boolean writable = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writable) {
            records.save(record);
        } else {
            ownTransaction.executeWithoutResult(status -> records.save(record));
        }
    }

    /**
     * One page of entries matching the filter, newest first, starting after {@code after} (from the
     * newest when {@code null}). Fast at any depth: see {@link AuditCursor}.
     */
    public AuditPage search(AuditFilter filter, @Nullable AuditCursor after, int pageSize) {
        int size = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
        List<AuditEntry> entries = queries.page(filter, after, size + 1).stream()
                .map(AuditRecord::toEntry)
                .toList();
        if (entries.size() > size) {
            List<AuditEntry> page = entries.subList(0, size);
            return new AuditPage(page, page.getLast().cursor());
        }
        return new AuditPage(entries, null);
    }

    /** The address of the client whose request is being served, if any. */
    private static @Nullable String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        // Vaadin's push connection runs without Spring's request context.
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        return vaadinRequest == null ? null : vaadinRequest.getRemoteAddr();
    }

    static String clean(String value, int max) {
        Matcher matcher = INVISIBLE.matcher(value);
        StringBuilder visible = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    visible,
                    Matcher.quoteReplacement(
                            String.format("\\u%04X", (int) matcher.group().charAt(0))));
        }
        matcher.appendTail(visible);
        if (visible.length() <= max) {
            return visible.toString();
        }
        int end = max - 1;
        if (Character.isHighSurrogate(visible.charAt(end - 1))) {
            end--;
        }
        return visible.substring(0, end) + "…";
    }
}
