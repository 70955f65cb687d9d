package org.briefdesk.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Failed attempts per key (an account or a client address): {@code maxFailures} failures within
 * {@code window} lock the key for {@code lockDuration}, counted from the failure that locked it.
 * Attempts while locked do not extend the lock, so nobody can keep an account locked for longer
 * than it takes to fail again. Pure logic: the caller passes the time.
 *
 * <p>Held in memory, at most {@code capacity} keys: past that, keys whose failures are all older
 * than the window are dropped first, then the oldest unlocked ones, so a flood of made-up names
 * cannot exhaust memory (and never frees a locked key).
 */
final class FailureTally implements FailureCounts {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final int capacity;
    private final Map<String, Entry> entries = new HashMap<>();

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();

        @Nullable
        Instant lockedUntil;
    }

    FailureTally(int maxFailures, Duration window, Duration lockDuration, int capacity) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
        this.capacity = capacity;
    }

    /** Until when the key is locked, if it is locked now. */
    @Override
    public synchronized Optional<Instant> lockedUntil(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null || entry.lockedUntil == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.lockedUntil)) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.lockedUntil);
    }

    /**
     * Counts a failure, unless the key is locked already.
     *
     * @return until when the key is locked, when this very failure locked it
     */
    @Override
    public synchronized Optional<Instant> fail(String key, Instant now) {
        if (lockedUntil(key, now).isPresent()) {
            return Optional.empty();
        }
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        dropOld(entry, now);
        entry.failures.addLast(now);
        if (entry.failures.size() >= maxFailures) {
            entry.failures.clear();
            entry.lockedUntil = now.plus(lockDuration);
            return Optional.of(entry.lockedUntil);
        }
        if (entries.size() > capacity) {
            shrink(now);
        }
        return Optional.empty();
    }

    /** Forgets the key's failures and lifts its lock. Returns whether it was locked. */
    @Override
    public synchronized boolean clear(String key, Instant now) {
        boolean locked = lockedUntil(key, now).isPresent();
        entries.remove(key);
        return locked;
    }

    /** The keys locked now, with the time each lock ends, in key order. */
    @Override
    public synchronized Map<String, Instant> locked(Instant now) {
        Map<String, Instant> locked = new TreeMap<>();
        for (Map.Entry<String, Entry> entry : Map.copyOf(entries).entrySet()) {
            lockedUntil(entry.getKey(), now).ifPresent(until -> locked.put(entry.getKey(), until));
        }
        return locked;
    }

    synchronized int size() {
        return entries.size();
    }

    private void dropOld(Entry entry, Instant now) {
        Instant oldest = now.minus(window);
        while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(oldest)) {
            entry.failures.removeFirst();
        }
    }

    private void shrink(Instant now) {
        Iterator<Entry> stale = entries.values().iterator();
        while (stale.hasNext()) {
            Entry entry = stale.next();
            dropOld(entry, now);
            boolean locked = entry.lockedUntil != null && now.isBefore(entry.lockedUntil);
            if (!locked && entry.failures.isEmpty()) {
                stale.remove();
            }
        }
        if (entries.size() <= capacity) {
            return;
        }
        entries.entrySet().stream()
                .filter(entry -> entry.getValue().lockedUntil == null)
                .sorted((a, b) -> a.getValue()
                        .failures
                        .peekLast()
                        .compareTo(b.getValue().failures.peekLast()))
                .limit(entries.size() - (long) capacity)
                .map(Map.Entry::getKey)
                .toList()
                .forEach(entries::remove);
    }
}
