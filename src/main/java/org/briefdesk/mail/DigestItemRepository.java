package org.briefdesk.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DigestItemRepository extends JpaRepository<DigestItem, Long> {

    @Query("select distinct i.recipient from DigestItem i where i.collectedAt is null")
    List<String> findWaitingRecipients();

    /**
     * Takes every waiting item of the recipient for one digest. Of two nodes collecting at once, the
     * second waits for the first's row locks and then finds nothing waiting.
     */
    @Modifying
    @Query("update DigestItem i set i.digestToken = :token, i.collectedAt = :now, i.version = i.version + 1"
            + " where i.recipient = :recipient and i.collectedAt is null")
    int collect(String recipient, String token, Instant now);

    List<DigestItem> findByDigestTokenOrderByCreatedAtAscIdAsc(String token);

    long countByCollectedAtIsNull();

    boolean existsByRecipient(String recipient);
}
