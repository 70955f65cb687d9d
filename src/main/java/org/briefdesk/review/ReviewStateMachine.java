package org.briefdesk.review;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The review workflow of PRODUCT section 5 as a table, and nothing else: which action leads from
 * which state to which, who may take it, and what it needs. Four eyes: an editor never requests
 * changes on, or approves, a briefing they write.
 */
public final class ReviewStateMachine {

    private ReviewStateMachine() {}

    /** The state an action leads to from {@code from}, or empty when the action does not apply there. */
    public static Optional<State> target(State from, Action action) {
        return Optional.ofNullable(
                switch (action) {
                    case SUBMIT -> from == State.DRAFT || from == State.CHANGES_REQUESTED ? State.IN_REVIEW : null;
                    case WITHDRAW -> from == State.IN_REVIEW ? State.DRAFT : null;
                    case REQUEST_CHANGES -> from == State.IN_REVIEW ? State.CHANGES_REQUESTED : null;
                    case APPROVE -> from == State.IN_REVIEW ? State.APPROVED : null;
                    case PUBLISH -> from == State.APPROVED ? State.PUBLISHED : null;
                    case REOPEN -> from == State.APPROVED ? State.DRAFT : null;
                    case REVISE -> from == State.PUBLISHED ? State.DRAFT : null;
                    case RETRACT -> from == State.PUBLISHED ? State.RETRACTED : null;
                });
    }

    /** Whether this actor may take the action at all (the state is checked by {@link #target}). */
    public static boolean allowed(Action action, Actor actor) {
        return switch (action) {
            case SUBMIT, WITHDRAW -> actor.author();
            case REQUEST_CHANGES, APPROVE -> actor.editor() && !actor.author();
            case PUBLISH, RETRACT -> actor.editor();
            case REOPEN, REVISE -> actor.author() || actor.editor();
        };
    }

    /** Actions that need a comment: the request for changes, and the reason of a retraction. */
    public static boolean needsComment(Action action) {
        return action == Action.REQUEST_CHANGES || action == Action.RETRACT;
    }

    /** Actions that need the briefing's checks to have no errors. */
    public static boolean needsCleanChecks(Action action) {
        return action == Action.SUBMIT;
    }

    /** The actions this actor may take in this state, for showing exactly the allowed buttons. */
    public static Set<Action> available(State state, Actor actor) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (target(state, action).isPresent() && allowed(action, actor)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Only drafts and briefings sent back for changes can be edited. */
    public static boolean editable(State state) {
        return state == State.DRAFT || state == State.CHANGES_REQUESTED;
    }
}
