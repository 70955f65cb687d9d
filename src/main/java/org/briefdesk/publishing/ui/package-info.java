/**
 * The list of published briefings and the "Export all" download.
 */
@NullMarked
package org.briefdesk.publishing.ui;

import org.jspecify.annotations.NullMarked;
