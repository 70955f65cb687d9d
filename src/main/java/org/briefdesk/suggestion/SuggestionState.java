package org.briefdesk.suggestion;

/** Where a suggestion stands: waiting for a decision, or decided (and then kept, as history). */
public enum SuggestionState {
    PENDING,
    ACCEPTED,
    REJECTED
}
