/** What views show of the search index: snippets, and the administrators' index page. */
@NullMarked
package org.briefdesk.index.ui;

import org.jspecify.annotations.NullMarked;
