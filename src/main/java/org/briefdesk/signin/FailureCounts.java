package org.briefdesk.signin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per key (an account or a client address) and the locks they cause: {@code
 * maxFailures} failures within the window lock the key for the lock duration. In this node's memory
 * on a single node ({@link FailureTally}); shared by every node of a cluster, so that five failures
 * spread over two nodes lock as five on one, and an unlock on one lifts the lock everywhere.
 */
public interface FailureCounts {

    /** Until when the key is locked, if it is locked now. */
    Optional<Instant> lockedUntil(String key, Instant now);

    /** Counts a failure, unless the key is locked already; returns the lock this very failure caused. */
    Optional<Instant> fail(String key, Instant now);

    /** Forgets the key's failures and lifts its lock; returns whether it was locked. */
    boolean clear(String key, Instant now);

    /** The keys locked now, with the time each lock ends, in key order. */
    Map<String, Instant> locked(Instant now);

    /** Makes the counts of one kind of key ({@code name}: "account", "address"). */
    interface Factory {
        FailureCounts create(String name, int maxFailures, java.time.Duration window, java.time.Duration lockDuration);
    }
}
