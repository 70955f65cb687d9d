/** The comments panel of the briefing editor, plugged in through {@code briefing.ui.EditorPanelContribution}. */
@NullMarked
package org.briefdesk.comment.ui;

import org.jspecify.annotations.NullMarked;
