/**
 * Suggestions (issue #16): a reviewer's or co-author's proposed wording, stored beside the text and
 * never in it until one of the briefing's authors accepts it. An edit made in Suggesting mode becomes
 * word-level changes against the revision it started from ({@link WordChanges}), each anchored to its
 * passage and the text around it ({@link SuggestionAnchor}), so that it follows unrelated edits and
 * is shown as outdated, never applied elsewhere, when its passage changed. Depends on the briefing
 * API, never the other way round: the workflow asks {@link org.briefdesk.briefing.PendingSuggestions}
 * how many wait before an approval.
 */
@NullMarked
package org.briefdesk.suggestion;

import org.jspecify.annotations.NullMarked;
