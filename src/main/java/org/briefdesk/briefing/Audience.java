package org.briefdesk.briefing;

/** Who may read a published briefing: anyone, or signed-in users only. */
public enum Audience {
    PUBLIC("Public"),
    INTERNAL("Internal");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
