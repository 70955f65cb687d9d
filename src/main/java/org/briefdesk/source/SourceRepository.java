package org.briefdesk.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByCitationKey(String citationKey);

    boolean existsByCitationKey(String citationKey);

    Optional<Source> findByCanonicalUrlSha256(String canonicalUrlSha256);

    Optional<Source> findByBodySha256(String bodySha256);

    @Query("select distinct s.outlet from Source s where s.outlet is not null order by s.outlet")
    List<String> findOutlets();

    @Query(value = "select distinct t.tag from source_tag t order by t.tag", nativeQuery = true)
    List<String> findTags();
}
