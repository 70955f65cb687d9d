/**
 * Three-way merge of a briefing's text and fields (PRODUCT section 4): plain logic, no Spring or
 * Vaadin types, so that "no edit is ever lost" can be tested on its own.
 */
@NullMarked
package org.briefdesk.merge;

import org.jspecify.annotations.NullMarked;
