/**
 * Several nodes (issue #14): what crosses nodes goes through Redis — messages on a stream
 * ({@link org.briefdesk.cluster.RedisBroadcast}), who has which briefing open, and the sign-in
 * failure counts. Only present with {@code BRIEFDESK_CLUSTER_REDIS_URL}; a single node never touches
 * Redis. Why Redis, and how: docs/decisions/0010-several-nodes.md.
 */
@NullMarked
package org.briefdesk.cluster;

import org.jspecify.annotations.NullMarked;
