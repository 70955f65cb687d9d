/**
 * One search for everything (issue #15): the search box in the top bar and its results page —
 * briefings the user works on, published editions and sources, each as its own service lets the
 * user see them.
 */
@NullMarked
package org.briefdesk.search.ui;

import org.jspecify.annotations.NullMarked;
