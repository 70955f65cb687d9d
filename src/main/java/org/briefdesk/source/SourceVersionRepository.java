package org.briefdesk.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceVersionRepository extends JpaRepository<SourceVersion, Long> {

    List<SourceVersion> findBySourceIdOrderByNumberDesc(long sourceId);

    Optional<SourceVersion> findBySourceIdAndNumber(long sourceId, int number);

    List<SourceVersion> findByBodySha256(String bodySha256);
}
