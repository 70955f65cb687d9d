package org.briefdesk.suggestion.ui;

import org.briefdesk.briefing.ui.EditorPanelContribution;
import org.briefdesk.suggestion.SuggestionService;

/** Puts the Suggestions panel, and with it the Suggesting mode, into the briefing editor. */
@org.springframework.stereotype.Component
class SuggestionsContribution implements EditorPanelContribution {

    private final SuggestionService suggestions;

    SuggestionsContribution(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public Panel create(Editor editor) {
        return new SuggestionsPanel(suggestions, editor);
    }
}
