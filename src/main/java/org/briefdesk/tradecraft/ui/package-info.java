/** The Tradecraft page: the yardsticks, the TLP markings and the default yardstick (issue #17). */
@NullMarked
package org.briefdesk.tradecraft.ui;

import org.jspecify.annotations.NullMarked;
