package org.briefdesk.cluster;

import java.util.UUID;

/** Which node sent a message or shared an entry. */
record NodeId(String value) {

    static NodeId random() {
        return new NodeId(UUID.randomUUID().toString());
    }
}
