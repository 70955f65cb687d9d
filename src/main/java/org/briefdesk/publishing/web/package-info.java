/**
 * The reading pages, feed and downloads: plain Spring MVC, answered from the cache of editions.
 */
@NullMarked
package org.briefdesk.publishing.web;

import org.jspecify.annotations.NullMarked;
