package org.briefdesk.publishing;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EditionRepository extends JpaRepository<Edition, Long> {

    List<Edition> findBySlugOrderByNumber(String slug);

    List<Edition> findByBriefingIdOrderByNumber(long briefingId);

    @Query("select coalesce(max(e.number), 0) from Edition e where e.briefingId = :briefingId")
    int maxNumber(long briefingId);

    /** The latest edition of each briefing, newest first. */
    @Query("select e from Edition e where e.number = (select max(f.number) from Edition f where f.briefingId ="
            + " e.briefingId) order by e.publishedAt desc")
    List<Edition> findLatestEditions(Limit limit);

    List<Edition> findAllByOrderBySlugAscNumberAsc();
}
