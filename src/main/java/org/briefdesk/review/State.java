package org.briefdesk.review;

/** The states of a briefing in the review workflow. */
public enum State {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    PUBLISHED,
    RETRACTED
}
