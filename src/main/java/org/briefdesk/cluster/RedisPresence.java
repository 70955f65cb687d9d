package org.briefdesk.cluster;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.briefing.RemotePresence;
import org.briefdesk.live.OnCluster;
import org.briefdesk.user.UserDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link RemotePresence} in Redis: per briefing, one key per node holding that node's people, which
 * expires after {@code briefdesk.cluster.presence-ttl} (15 s) unless the node's heartbeat renews it,
 * and a set naming the nodes that shared. A node that dies stops renewing, and its people are gone
 * from the others within the expiry.
 */
@Component
@OnCluster
class RedisPresence implements RemotePresence {

    private static final TypeReference<List<UserDirectory.Person>> PEOPLE = new TypeReference<>() {};
    private static final Duration INDEX_TTL = Duration.ofHours(1);

    private final SharedConnection connection;
    private final NodeId node;
    private final JsonMapper json;
    private final Duration ttl;

    RedisPresence(
            SharedConnection connection,
            NodeId node,
            JsonMapper json,
            @Value("${briefdesk.cluster.presence-ttl:15s}") Duration ttl) {
        this.connection = connection;
        this.node = node;
        this.json = json;
        this.ttl = ttl;
    }

    private static String index(long briefingId) {
        return "briefdesk:presence:" + briefingId;
    }

    private static String entry(long briefingId, String node) {
        return "briefdesk:presence:" + briefingId + ":" + node;
    }

    @Override
    public void share(long briefingId, List<UserDirectory.Person> here) {
        RedisCommands<String, String> redis = connection.redis();
        if (here.isEmpty()) {
            redis.del(entry(briefingId, node.value()));
            redis.srem(index(briefingId), node.value());
            return;
        }
        redis.set(entry(briefingId, node.value()), json.writeValueAsString(here), SetArgs.Builder.px(ttl.toMillis()));
        redis.sadd(index(briefingId), node.value());
        redis.pexpire(index(briefingId), INDEX_TTL.toMillis());
    }

    @Override
    public List<UserDirectory.Person> elsewhere(long briefingId) {
        RedisCommands<String, String> redis = connection.redis();
        Map<String, UserDirectory.Person> people = new LinkedHashMap<>();
        List<String> gone = new ArrayList<>();
        for (String other : redis.smembers(index(briefingId)).stream().sorted().toList()) {
            if (other.equals(node.value())) {
                continue;
            }
            String shared = redis.get(entry(briefingId, other));
            if (shared == null) {
                gone.add(other);
                continue;
            }
            json.readValue(shared, PEOPLE).forEach(person -> people.putIfAbsent(person.username(), person));
        }
        if (!gone.isEmpty()) {
            redis.srem(index(briefingId), gone.toArray(String[]::new));
        }
        return List.copyOf(people.values());
    }
}
