package org.briefdesk.briefing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.user.UserDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Who has which briefing open (PRODUCT section 4, presence): one entry per open editor, tab or
 * window, so the same person in two tabs shows once and stays until both are closed. An entry ends
 * when its view detaches (navigation, a tab closed with its unload beacon, the UI expiring), when
 * its HTTP session ends ({@link #sessionEnded}), or when its liveness check fails — a browser that
 * vanished without a word stops sending heartbeats, and a sweep every two seconds notices. Each
 * change is published as {@link BriefingEvents.PresenceChanged}.
 *
 * <p>On a cluster, the people here are shared with the other nodes ({@link RemotePresence}) on every
 * change and renewed by the sweep; {@link #present} adds the people elsewhere, and the sweep tells
 * this node's editors when those change (someone opened the briefing on another node, or a node
 * died and its people expired).
 */
@Component
public class BriefingPresence implements DisposableBean {

    private static final Duration SWEEP = Duration.ofSeconds(2);

    private record Entry(
            long id,
            long briefingId,
            String username,
            String displayName,
            String sessionId,
            BooleanSupplier alive,
            Runnable gone) {}

    private static final Duration SHARE_AGAIN = Duration.ofSeconds(4);

    private final BriefingEvents events;
    private final CurrentUser currentUser;
    private final UserDirectory userDirectory;
    private final RemotePresence remote;
    private final Map<Long, List<UserDirectory.Person>> seenElsewhere = new ConcurrentHashMap<>();
    private long lastShared = System.nanoTime();
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("briefdesk-presence").factory());

    BriefingPresence(
            BriefingEvents events,
            CurrentUser currentUser,
            UserDirectory userDirectory,
            org.springframework.beans.factory.ObjectProvider<RemotePresence> remote) {
        this.events = events;
        this.currentUser = currentUser;
        this.userDirectory = userDirectory;
        this.remote = remote.getIfAvailable(() -> RemotePresence.NONE);
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP.toMillis(), SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Marks the signed-in user as having the briefing open, until the returned handle is closed.
     *
     * @param sessionId the HTTP session the view lives in, so that its end ends the presence
     * @param alive asked every few seconds; false ends the presence (a browser gone silent)
     * @param gone run (on the sweeper's thread) when {@code alive} said false, to let go of what the
     *     vanished view held, such as its event listener
     */
    public AutoCloseable enter(long briefingId, String sessionId, BooleanSupplier alive, Runnable gone) {
        String username = currentUser.requireUsername();
        // The name is taken now, from the signed-in principal when it has one, so that showing who is
        // here never needs the database (which may be away while people keep typing).
        String displayName = currentUser
                .get()
                .map(principal -> principal.displayName())
                .orElseGet(() -> userDirectory
                        .find(username)
                        .map(UserDirectory.Person::displayName)
                        .orElse(username));
        long id = ids.incrementAndGet();
        entries.put(id, new Entry(id, briefingId, username, displayName, sessionId, alive, gone));
        share(briefingId);
        events.publish(new BriefingEvents.PresenceChanged(briefingId));
        return () -> remove(id);
    }

    /** The people who have the briefing open, each once, in the order they opened it. */
    public List<UserDirectory.Person> present(long briefingId) {
        currentUser.requireUsername();
        Map<String, UserDirectory.Person> people = new LinkedHashMap<>();
        here(briefingId).forEach(person -> people.putIfAbsent(person.username(), person));
        elsewhere(briefingId).forEach(person -> people.putIfAbsent(person.username(), person));
        return List.copyOf(people.values());
    }

    /** The people who have the briefing open on this node, each once, in the order they opened it. */
    private List<UserDirectory.Person> here(long briefingId) {
        Map<String, UserDirectory.Person> people = new LinkedHashMap<>();
        entries.values().stream()
                .filter(entry -> entry.briefingId() == briefingId)
                .sorted(Comparator.comparingLong(Entry::id))
                .forEach(entry -> people.computeIfAbsent(
                        entry.username(), username -> new UserDirectory.Person(username, entry.displayName())));
        return List.copyOf(people.values());
    }

    private List<UserDirectory.Person> elsewhere(long briefingId) {
        try {
            return remote.elsewhere(briefingId);
        } catch (RuntimeException unreachable) {
            // Without the shared state, this node's people are still shown.
            return List.of();
        }
    }

    private void share(long briefingId) {
        try {
            remote.share(briefingId, here(briefingId));
        } catch (RuntimeException unreachable) {
            // The next sweep shares again.
        }
    }

    /** Ends every presence of an HTTP session that ended (signed out, timed out). */
    public void sessionEnded(String sessionId) {
        for (Entry entry : List.copyOf(entries.values())) {
            if (entry.sessionId().equals(sessionId)) {
                remove(entry.id());
            }
        }
    }

    /** How many open editors are counted, for tests and measurements. */
    public int size() {
        return entries.size();
    }

    private void remove(long id) {
        Entry removed = entries.remove(id);
        if (removed != null) {
            share(removed.briefingId());
            events.publish(new BriefingEvents.PresenceChanged(removed.briefingId()));
        }
    }

    private void sweep() {
        List<Entry> gone = new ArrayList<>();
        for (Entry entry : entries.values()) {
            boolean alive;
            try {
                alive = entry.alive().getAsBoolean();
            } catch (RuntimeException failure) {
                alive = false;
            }
            if (!alive) {
                gone.add(entry);
            }
        }
        Set<Long> briefings = new java.util.HashSet<>();
        gone.forEach(entry -> {
            if (entries.remove(entry.id()) != null) {
                briefings.add(entry.briefingId());
                try {
                    entry.gone().run();
                } catch (RuntimeException ignored) {
                    // Letting go is best effort; the entry is gone either way.
                }
            }
        });
        briefings.forEach(briefingId -> {
            share(briefingId);
            events.publish(new BriefingEvents.PresenceChanged(briefingId));
        });
        shareAndListenElsewhere();
    }

    /**
     * Renews this node's shared entries now and then, and tells this node's editors when the people
     * elsewhere changed (only for briefings open here: nobody else would show them).
     */
    private void shareAndListenElsewhere() {
        Set<Long> open = new java.util.HashSet<>();
        entries.values().forEach(entry -> open.add(entry.briefingId()));
        if (System.nanoTime() - lastShared > SHARE_AGAIN.toNanos()) {
            lastShared = System.nanoTime();
            open.forEach(this::share);
        }
        seenElsewhere.keySet().retainAll(open);
        for (long briefingId : open) {
            List<UserDirectory.Person> now = elsewhere(briefingId);
            List<UserDirectory.Person> before = seenElsewhere.put(briefingId, now);
            if (before != null && !before.equals(now)) {
                events.publish(new BriefingEvents.PresenceChanged(briefingId));
            }
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        // Leaving in good order: the other nodes need not wait for the expiry.
        Set<Long> open = new java.util.HashSet<>();
        entries.values().forEach(entry -> open.add(entry.briefingId()));
        entries.clear();
        open.forEach(this::share);
    }
}
