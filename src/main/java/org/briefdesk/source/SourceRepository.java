package org.briefdesk.source;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByCitationKey(String citationKey);

    boolean existsByCitationKey(String citationKey);

    Optional<Source> findByCanonicalUrlSha256(String canonicalUrlSha256);

    Optional<Source> findByBodySha256(String bodySha256);

    Optional<Source> findByDoi(String doi);

    /** The same reference by title and date: how a source without text or URL is found again. */
    @Query("select s from Source s where lower(s.title) = lower(:title)"
            + " and (s.publishedDate = :published or (s.publishedDate is null and :published is null))")
    List<Source> findSameReference(
            @Param("title") String title, @Param("published") java.time.@Nullable LocalDate published);

    @Query("select distinct s.outlet from Source s where s.outlet is not null order by s.outlet")
    List<String> findOutlets();

    @Query(value = "select distinct t.tag from source_tag t order by t.tag", nativeQuery = true)
    List<String> findTags();
}
