package org.briefdesk.cluster;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.briefdesk.live.OnCluster;
import org.briefdesk.signin.FailureCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sign-in failure counts every node shares, in Redis: per key a sorted set of failure times and,
 * once locked, a lock key holding when the lock ends. Counting a failure is one Lua script, so two
 * nodes counting at once cannot both miss the fifth failure. Times are the application's clock;
 * Redis's own expiry only tidies up after them. If Redis cannot be reached, a sign-in is counted as
 * not locked and the failure is not counted (logged): a Redis outage must not lock everybody out.
 */
@Component
@OnCluster
class RedisFailureCounts implements FailureCounts.Factory {

    private static final Logger log = LoggerFactory.getLogger(RedisFailureCounts.class);

    private static final String FAIL = """
            if redis.call('EXISTS', KEYS[2]) == 1 and tonumber(redis.call('GET', KEYS[2])) > tonumber(ARGV[1]) then
              return -1
            end
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
            redis.call('ZADD', KEYS[1], ARGV[1], ARGV[5])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
              redis.call('DEL', KEYS[1])
              local untilMillis = tonumber(ARGV[1]) + tonumber(ARGV[4])
              redis.call('SET', KEYS[2], untilMillis, 'PX', ARGV[4])
              return untilMillis
            end
            return 0
            """;

    private final SharedConnection connection;

    RedisFailureCounts(SharedConnection connection) {
        this.connection = connection;
    }

    @Override
    public FailureCounts create(String name, int maxFailures, Duration window, Duration lockDuration) {
        return new Counts("briefdesk:sign-in:" + name + ":", maxFailures, window, lockDuration);
    }

    private final class Counts implements FailureCounts {

        private final String prefix;
        private final int maxFailures;
        private final Duration window;
        private final Duration lockDuration;

        Counts(String prefix, int maxFailures, Duration window, Duration lockDuration) {
            this.prefix = prefix;
            this.maxFailures = maxFailures;
            this.window = window;
            this.lockDuration = lockDuration;
        }

        private RedisCommands<String, String> redis() {
            return connection.redis();
        }

        @Override
        public Optional<Instant> lockedUntil(String key, Instant now) {
            String until;
            try {
                until = redis().get(prefix + "lock:" + key);
            } catch (RuntimeException unreachable) {
                log.warn("Sign-in locks cannot be read from Redis; treated as unlocked: {}", unreachable.toString());
                return Optional.empty();
            }
            if (until == null || Long.parseLong(until) <= now.toEpochMilli()) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(until)));
        }

        @Override
        public Optional<Instant> fail(String key, Instant now) {
            Long locked;
            try {
                locked = redis().eval(
                                FAIL,
                                ScriptOutputType.INTEGER,
                                new String[] {prefix + "failures:" + key, prefix + "lock:" + key},
                                Long.toString(now.toEpochMilli()),
                                Long.toString(window.toMillis()),
                                Integer.toString(maxFailures),
                                Long.toString(lockDuration.toMillis()),
                                UUID.randomUUID().toString());
            } catch (RuntimeException unreachable) {
                log.warn("A failed sign-in could not be counted in Redis: {}", unreachable.toString());
                return Optional.empty();
            }
            return locked != null && locked > 0 ? Optional.of(Instant.ofEpochMilli(locked)) : Optional.empty();
        }

        @Override
        public boolean clear(String key, Instant now) {
            boolean locked = lockedUntil(key, now).isPresent();
            redis().del(prefix + "failures:" + key, prefix + "lock:" + key);
            return locked;
        }

        @Override
        public Map<String, Instant> locked(Instant now) {
            Map<String, Instant> locked = new TreeMap<>();
            String lockPrefix = prefix + "lock:";
            KeyScanCursor<String> cursor =
                    redis().scan(ScanArgs.Builder.matches(lockPrefix + "*").limit(500));
            while (true) {
                for (String lockKey : cursor.getKeys()) {
                    String key = lockKey.substring(lockPrefix.length());
                    lockedUntil(key, now).ifPresent(until -> locked.put(key, until));
                }
                if (cursor.isFinished()) {
                    return locked;
                }
                cursor = redis().scan(
                                cursor,
                                ScanArgs.Builder.matches(lockPrefix + "*").limit(500));
            }
        }
    }
}
