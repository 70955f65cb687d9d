package org.briefdesk.review;

/** The buttons of the review workflow (PRODUCT section 5). */
public enum Action {
    SUBMIT("Submit for review"),
    WITHDRAW("Withdraw"),
    REQUEST_CHANGES("Request changes"),
    APPROVE("Approve"),
    PUBLISH("Publish"),
    REOPEN("Reopen"),
    REVISE("Revise"),
    RETRACT("Retract");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    /** The button's text. */
    public String label() {
        return label;
    }
}
