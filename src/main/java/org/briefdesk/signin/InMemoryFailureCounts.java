package org.briefdesk.signin;

import java.time.Duration;
import org.briefdesk.live.OnSingleNode;
import org.springframework.stereotype.Component;

/** Sign-in failure counts of a single node: in its memory ({@link FailureTally}). */
@Component
@OnSingleNode
class InMemoryFailureCounts implements FailureCounts.Factory {

    /** At most this many keys are remembered (see {@link FailureTally}). */
    private static final int CAPACITY = 100_000;

    @Override
    public FailureCounts create(String name, int maxFailures, Duration window, Duration lockDuration) {
        return new FailureTally(maxFailures, window, lockDuration, CAPACITY);
    }
}
