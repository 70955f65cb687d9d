/**
 * The search index behind sources, briefings and editions (issue #15): which backend holds it — an
 * embedded Lucene index on one node, OpenSearch with {@code BRIEFDESK_SEARCH_URL} — the analysis both
 * use, and its upkeep: the state administrators see, rebuilding, and the message users get while
 * OpenSearch cannot be reached. Depends on no feature. Why and how:
 * docs/decisions/0011-search-on-opensearch.md.
 */
@NullMarked
package org.briefdesk.index;

import org.jspecify.annotations.NullMarked;
