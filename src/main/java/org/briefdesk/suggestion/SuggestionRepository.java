package org.briefdesk.suggestion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    List<Suggestion> findByBriefingIdOrderByCreatedAtAscIdAsc(long briefingId);

    List<Suggestion> findByBriefingIdAndStateOrderByCreatedAtAscIdAsc(long briefingId, SuggestionState state);

    int countByBriefingIdAndState(long briefingId, SuggestionState state);

    int countByBriefingIdAndStateAndAuthor(long briefingId, SuggestionState state, String author);
}
