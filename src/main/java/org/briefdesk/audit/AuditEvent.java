package org.briefdesk.audit;

/**
 * What an audit entry records. The names are stored in the database; add new ones freely, never
 * rename or remove one that may have been written.
 */
public enum AuditEvent {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out"),
    /** Too many failed sign-ins for one account or from one client address. */
    SIGN_IN_LOCKED("Sign-in locked"),
    SIGN_IN_UNLOCKED("Sign-in unlocked"),
    USER_CREATED("User created"),
    USER_DISABLED("User disabled"),
    USER_ENABLED("User enabled"),
    ROLES_CHANGED("Roles changed"),
    USER_RENAMED("User renamed"),
    /** An account's e-mail address was added, changed or removed (issue #18). */
    EMAIL_CHANGED("E-mail address changed"),
    PASSWORD_RESET("Password reset"),
    /** A step of the review workflow: submit, withdraw, request changes, approve, reopen. */
    WORKFLOW_TRANSITION("Workflow step"),
    /** A revision saved by hand (autosaves are not audited: they replace one another). */
    REVISION_SAVED("Revision saved"),
    REVISION_RESTORED("Revision restored"),
    PUBLISHED("Published"),
    /** A new edition of a published briefing was started (PRODUCT section 5, "Revise"). */
    REVISED("Revised"),
    RETRACTED("Retracted"),
    EXPORT_ALL("Exported all"),
    /** An administrator rebuilt the search index from the database (issue #15). */
    SEARCH_INDEX_REBUILT("Search index rebuilt"),
    FINDING_ACCEPTED("Finding accepted"),
    SETTING_CHANGED("Setting changed"),
    TWO_FACTOR_ENABLED("Two-factor sign-in on"),
    TWO_FACTOR_DISABLED("Two-factor sign-in off"),
    RECOVERY_CODES_RENEWED("Recovery codes renewed"),
    /** An existing account was joined to the person's identity at the single sign-on provider. */
    SIGN_ON_LINKED("Linked to single sign-on"),
    /** A notification e-mail that could not be delivered after every retry (issue #18). */
    MAIL_UNDELIVERED("E-mail not delivered"),
    /** scripts/backup.sh fetched a copy of the embedded H2 database (issue #19). */
    DATABASE_BACKUP("Database backup taken");

    private final String label;

    AuditEvent(String label) {
        this.label = label;
    }

    /** The name shown to administrators. */
    public String label() {
        return label;
    }
}
