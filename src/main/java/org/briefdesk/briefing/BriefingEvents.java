package org.briefdesk.briefing;

/**
 * Tells open views what happened to a briefing once it has committed, so that dashboards and
 * editors update without a reload: a workflow step, a save (which revision, by whom), a change in
 * who has it open, or a change in its comments. The application runs on one node and uses {@link InProcessBriefingEvents}; a
 * multi-node deployment would put a message broker behind this interface without changing its
 * listeners.
 *
 * <p>Listeners are called on the publishing thread. A listener that touches a UI must hand the work
 * to {@code UI.access}, and must be closed when its view detaches (see {@code Subscriptions}).
 */
public interface BriefingEvents {

    /** Something that happened to one briefing. */
    sealed interface Event permits Transitioned, Saved, PresenceChanged, CommentsChanged, SuggestionsChanged {
        long briefingId();
    }

    /** A workflow step: the briefing's state, reviewer or approval changed. */
    record Transitioned(long briefingId) implements Event {}

    /**
     * A new current revision: saved, merged or restored by {@code author} ({@code authorName} for
     * "Erin saved a newer version").
     */
    record Saved(long briefingId, long revisionId, String author, String authorName) implements Event {}

    /** Someone opened or closed the briefing: ask {@link BriefingPresence} who is there now. */
    record PresenceChanged(long briefingId) implements Event {}

    /**
     * A comment thread on the briefing was started, replied to, resolved or reopened by {@code actor}
     * (a user name): open comment panels show it.
     */
    record CommentsChanged(long briefingId, long threadId, String actor) implements Event {}

    /**
     * Suggestions on the briefing were made, accepted or rejected by {@code actor} (a user name):
     * open suggestion panels and previews show it.
     */
    record SuggestionsChanged(long briefingId, String actor) implements Event {}

    /** Hears of what happened to briefings. */
    @FunctionalInterface
    interface Listener {
        void on(Event event);
    }

    /** Listens to every briefing (a dashboard); the returned handle stops it. */
    AutoCloseable listen(Listener listener);

    /** Listens to one briefing only (an editor); the returned handle stops it. */
    AutoCloseable listen(long briefingId, Listener listener);

    /**
     * Tells the listeners, at once or, inside a transaction, after it committed (nothing is told of
     * a change that rolled back).
     */
    void publish(Event event);
}
