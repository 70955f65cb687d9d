package org.briefdesk.base;

/**
 * A service refused an action for a reason the user can act on. The message is shown to the user as
 * it is, so it must be written for them: what was wrong and, where it helps, what to do instead.
 */
public class ActionRefusedException extends RuntimeException {

    public ActionRefusedException(String message) {
        super(message);
    }
}
