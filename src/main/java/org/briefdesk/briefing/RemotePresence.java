package org.briefdesk.briefing;

import java.util.List;
import org.briefdesk.user.UserDirectory;

/**
 * Who has a briefing open on the other nodes of a cluster ({@link BriefingPresence} knows this
 * node's own). Each node shares its people per briefing with an expiry that its heartbeat renews, so
 * the people of a node that dies drop out within the expiry. A single node has nobody elsewhere.
 */
public interface RemotePresence {

    /** Shares who has the briefing open on this node; an empty list withdraws this node's entry. */
    void share(long briefingId, List<UserDirectory.Person> here);

    /** Who has the briefing open on the other nodes that are alive, each once. */
    List<UserDirectory.Person> elsewhere(long briefingId);

    /** On a single node: nobody elsewhere. */
    RemotePresence NONE = new RemotePresence() {
        @Override
        public void share(long briefingId, List<UserDirectory.Person> here) {}

        @Override
        public List<UserDirectory.Person> elsewhere(long briefingId) {
            return List.of();
        }
    };
}
