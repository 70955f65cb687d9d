package org.briefdesk.briefing;

/** The states of the review workflow (PRODUCT section 5). */
public enum BriefingStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    CHANGES_REQUESTED("Changes requested"),
    APPROVED("Approved"),
    PUBLISHED("Published"),
    RETRACTED("Retracted");

    private final String label;

    BriefingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The same state in the workflow's terms. */
    public org.briefdesk.review.State state() {
        return org.briefdesk.review.State.valueOf(name());
    }

    public static BriefingStatus of(org.briefdesk.review.State state) {
        return valueOf(state.name());
    }

    /** Only drafts and briefings sent back for changes can be edited. */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
