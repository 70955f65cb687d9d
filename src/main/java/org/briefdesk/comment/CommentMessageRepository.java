package org.briefdesk.comment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentMessageRepository extends JpaRepository<CommentMessage, Long> {

    List<CommentMessage> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId);

    List<CommentMessage> findByThreadIdInOrderByCreatedAtAscIdAsc(Collection<Long> threadIds);
}
