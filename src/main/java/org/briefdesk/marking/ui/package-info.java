/** How markings look: the TLP label in FIRST's colours. */
@NullMarked
package org.briefdesk.marking.ui;

import org.jspecify.annotations.NullMarked;
