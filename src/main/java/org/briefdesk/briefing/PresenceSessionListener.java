package org.briefdesk.briefing;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/** Ends the presence of every editor of an HTTP session that ended: sign-out or time-out. */
@Component
class PresenceSessionListener implements HttpSessionListener {

    private final BriefingPresence presence;

    PresenceSessionListener(BriefingPresence presence) {
        this.presence = presence;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        presence.sessionEnded(event.getSession().getId());
    }
}
