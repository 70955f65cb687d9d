package org.briefdesk.briefing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BriefingRepository extends JpaRepository<Briefing, Long> {

    boolean existsBySlug(String slug);

    @Query("select distinct b from Briefing b left join b.coAuthors c where b.owner = :username or c = :username"
            + " order by b.updatedAt desc")
    List<Briefing> findByAuthor(String username);

    List<Briefing> findAllByOrderByUpdatedAtDesc();

    List<Briefing> findByStatusOrderByUpdatedAtDesc(BriefingStatus status);

    /** The briefing, locked for the rest of the transaction: two transitions at once end in one state. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Briefing b where b.id = :id")
    java.util.Optional<Briefing> lockById(long id);
}
