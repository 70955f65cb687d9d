package org.briefdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.RemotePresence;
import org.briefdesk.live.Broadcast;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without {@code BRIEFDESK_CLUSTER_REDIS_URL} a node is the single node it always was: no Redis at all. */
@IntegrationTest
class SingleNodeTest {

    @Autowired
    ApplicationContext context;

    @Test
    void without_the_setting_nothing_of_the_cluster_is_made_and_nothing_connects_to_redis() {
        assertThat(context.getBeanNamesForType(RedisClient.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RedisBroadcast.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RedisPresence.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SharedConnection.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RemotePresence.class)).isEmpty();
        assertThat(context.getBean(Broadcast.class).getClass().getSimpleName()).isEqualTo("SingleNodeBroadcast");
    }
}
