package org.briefdesk.live;

import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** {@link Broadcast} on a single node: there are no other nodes to tell, or to hear from. */
@Component
@OnSingleNode
class SingleNodeBroadcast implements Broadcast {

    @Override
    public void send(String channel, Object message) {
        // Nobody else to tell.
    }

    @Override
    public <T> void receive(String channel, Class<T> type, Consumer<T> handler) {
        // Nobody else sends.
    }
}
