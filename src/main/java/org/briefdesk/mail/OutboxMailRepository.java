package org.briefdesk.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /** Mails due now that nobody holds a live claim on, oldest first. */
    @Query("select m.id from OutboxMail m where m.sentAt is null and m.failedAt is null and m.dueAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.dueAt, m.id")
    List<Long> findDue(Instant now, Pageable page);

    /**
     * Claims a due mail for {@code claim} until {@code until}, if nobody holds a live claim on it. The
     * row lock of the update makes this safe between nodes: of two nodes claiming at once, the second
     * waits for the first to commit, then finds the claim live and changes nothing.
     *
     * @return 1 if claimed, 0 if not
     */
    @Modifying
    @Query("update OutboxMail m set m.claimedBy = :claim, m.claimedUntil = :until, m.version = m.version + 1"
            + " where m.id = :id and m.sentAt is null and m.failedAt is null and m.dueAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now)")
    int claim(long id, String claim, Instant now, Instant until);

    /** Marks a mail sent, if the claim is still ours. */
    @Modifying
    @Query("update OutboxMail m set m.sentAt = :now, m.claimedBy = null, m.claimedUntil = null,"
            + " m.version = m.version + 1 where m.id = :id and m.claimedBy = :claim")
    int markSent(long id, String claim, Instant now);

    long countBySentAtIsNullAndFailedAtIsNull();

    long countByFailedAtIsNotNull();

    List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);
}
