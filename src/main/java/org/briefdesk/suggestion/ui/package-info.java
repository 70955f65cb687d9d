/** The editor's Suggesting mode, the Suggestions panel and the suggestions' marks in the preview. */
@NullMarked
package org.briefdesk.suggestion.ui;

import org.jspecify.annotations.NullMarked;
