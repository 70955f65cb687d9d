package org.briefdesk.comment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findByBriefingIdOrderByStartedAtAscIdAsc(long briefingId);

    long countByBriefingIdAndResolvedAtIsNull(long briefingId);
}
