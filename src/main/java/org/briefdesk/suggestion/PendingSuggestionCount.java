package org.briefdesk.suggestion;

import org.briefdesk.briefing.PendingSuggestions;
import org.springframework.stereotype.Component;

/** Answers the workflow's question: how many suggestions on a briefing wait for a decision. */
@Component
class PendingSuggestionCount implements PendingSuggestions {

    private final SuggestionRepository suggestions;

    PendingSuggestionCount(SuggestionRepository suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public int pending(long briefingId) {
        return suggestions.countByBriefingIdAndState(briefingId, SuggestionState.PENDING);
    }

    @Override
    public int pendingBy(long briefingId, String author) {
        return suggestions.countByBriefingIdAndStateAndAuthor(briefingId, SuggestionState.PENDING, author);
    }
}
