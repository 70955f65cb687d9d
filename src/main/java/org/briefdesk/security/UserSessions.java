package org.briefdesk.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.briefdesk.live.Broadcast;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs a user out everywhere: every browser session they have ends at once, Vaadin's UI state
 * included, and their open tabs are told to reload (so they land on the login page). Used when an administrator resets their
 * password, disables them or changes their roles.
 *
 * <p>Spring Security's session registry knows which sessions belong to whom; marking them expired
 * would only stop the next ordinary HTTP request, while Vaadin's push connection runs past the
 * filters. So this also holds the live HTTP sessions (from the container's session events) and
 * invalidates them, which closes the Vaadin sessions bound to them. On a cluster the other nodes are
 * told ({@link Broadcast}) and end the sessions they hold.
 */
@Component
public class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private static final String CHANNEL = "sign-out";

    private final SessionRegistry registry;
    private final Broadcast broadcast;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    /** A user to sign out on the other nodes too, keeping the session {@code keep} if it is there. */
    record SignOut(String username, @Nullable String keep) {}

    UserSessions(SessionRegistry registry, Broadcast broadcast) {
        this.registry = registry;
        this.broadcast = broadcast;
        broadcast.receive(CHANNEL, SignOut.class, signOut -> endSessions(signOut.username(), signOut.keep()));
    }

    @EventListener
    void created(HttpSessionCreatedEvent event) {
        HttpSession session = event.getSession();
        live.put(session.getId(), session);
    }

    @EventListener
    void destroyed(HttpSessionDestroyedEvent event) {
        live.remove(event.getId());
    }

    @EventListener
    void idChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = live.remove(event.getOldSessionId());
        if (session != null) {
            live.put(event.getNewSessionId(), session);
        }
    }

    /** The ids of the user's signed-in sessions that have not ended. */
    public List<String> sessionIdsOf(String username) {
        return sessionsOf(username).stream()
                .map(SessionInformation::getSessionId)
                .toList();
    }

    /**
     * Ends every session of the user once the surrounding transaction commits (at once without
     * one), so a change that rolls back signs nobody out.
     *
     * @param keepCallers whether the session making this call survives (a user who changes their
     *     own password stays signed in where they did it)
     */
    public void signOutEverywhere(String username, boolean keepCallers) {
        String keep = keepCallers ? callersSessionId() : null;
        // The other nodes end theirs too (after the commit, like these).
        broadcast.send(CHANNEL, new SignOut(username, keep));
        // Not base.AfterCommit: base.ui (MainLayout) depends on security, so security may not use
        // base (ArchitectureTest.features_have_no_cycles).
        Runnable end = () -> endSessions(username, keep);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }

    private void endSessions(String username, @Nullable String keep) {
        int ended = 0;
        for (SessionInformation information : sessionsOf(username)) {
            if (information.getSessionId().equals(keep)) {
                continue;
            }
            // Marked expired, the session is refused by the filter chain at its next request, even
            // where it cannot be invalidated here; the container's destroy event then removes it.
            information.expireNow();
            HttpSession session = live.get(information.getSessionId());
            if (session != null) {
                end(session);
            }
            ended++;
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user '{}'", ended, username);
        }
    }

    private static void end(HttpSession session) {
        // First tell the open tabs, over their push connection, to reload; then end the
        // session. The command runs at once unless that session is busy with a request; it is waited
        // for a little, and the session is invalidated afterwards whatever happened.
        List<Future<Void>> told = new ArrayList<>();
        for (VaadinSession vaadinSession : VaadinSession.getAllSessions(session)) {
            told.add(vaadinSession.access(() -> {
                for (UI ui : vaadinSession.getUIs()) {
                    // The application's root, not the login page: the root passes the filter chain,
                    // which refuses the expired session (should the tab be quicker than the
                    // invalidation below) and sends the browser on to the login page either way.
                    ui.getPage().setLocation(ui.getInternals().getContextRootRelativePath());
                    try {
                        ui.push();
                    } catch (RuntimeException noPushConnection) {
                        // The tab finds out at its next request instead.
                    }
                }
            }));
        }
        for (Future<Void> future : told) {
            try {
                future.get(2, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException notTold) {
                log.debug("Could not tell a tab that its session ends", notTold);
            }
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile: nothing left to do.
        }
    }

    private List<SessionInformation> sessionsOf(String username) {
        return registry.getAllPrincipals().stream()
                .filter(principal -> username.equals(nameOf(principal)))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .toList();
    }

    private static @Nullable String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        return principal instanceof String name ? name : null;
    }

    private static @Nullable String callersSessionId() {
        VaadinSession vaadinSession = VaadinSession.getCurrent();
        if (vaadinSession != null && vaadinSession.getSession() != null) {
            return vaadinSession.getSession().getId();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            return request.getWrappedSession(false).getId();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            HttpSession session = servlet.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
