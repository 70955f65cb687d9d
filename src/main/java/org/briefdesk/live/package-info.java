/**
 * What crosses the nodes of a cluster, as the features see it: {@link org.briefdesk.live.Broadcast}
 * and the conditions that pick a single node's or a cluster's beans. It depends on no feature, so
 * every feature may use it; the Redis implementations live in {@code org.briefdesk.cluster}.
 */
@NullMarked
package org.briefdesk.live;

import org.jspecify.annotations.NullMarked;
