package org.briefdesk.briefing;

import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see what of a briefing, in one place (issue #20). Those who <em>work on</em> it — its
 * owner, its co-authors and the editors — see everything: drafts, revisions, the review timeline,
 * comments. Once it is published every signed-in user may <em>open</em> it, but only to read its
 * editions: its earlier revisions may hold text that was removed on purpose before publishing.
 */
@Component
class BriefingAccess {

    private final CurrentUser currentUser;

    BriefingAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Whether the caller writes or edits the briefing. */
    boolean worksOn(Briefing briefing) {
        return briefing.isAuthor(currentUser.requireUsername()) || currentUser.hasRole(Role.EDITOR);
    }

    /** Whether the caller may know the briefing exists and read it: see the class comment. */
    boolean mayOpen(Briefing briefing) {
        return worksOn(briefing) || briefing.status() == BriefingStatus.PUBLISHED;
    }
}
