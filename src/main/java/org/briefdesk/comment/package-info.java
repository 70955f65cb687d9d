/**
 * Comments on briefings (PRODUCT section 4): threads anchored to a passage or general, replies,
 * resolve/reopen and {@code @username} mentions. Depends on the briefing API, never the other way
 * round: the workflow hands a request for changes over through {@link
 * org.briefdesk.briefing.ChangeRequestListener}.
 */
@NullMarked
package org.briefdesk.comment;

import org.jspecify.annotations.NullMarked;
