/**
 * Publishing (PRODUCT section 6): frozen editions, the reading pages and feed built from them, and
 * the Markdown exports.
 */
@NullMarked
package org.briefdesk.publishing;

import org.jspecify.annotations.NullMarked;
