package org.briefdesk.mail;

/** How a user wants to hear of one kind of notification by e-mail (the bell always tells them). */
public enum Delivery {
    AT_ONCE("At once"),
    DIGEST("Daily digest"),
    OFF("Off");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
