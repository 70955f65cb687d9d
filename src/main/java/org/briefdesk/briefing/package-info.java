@NullMarked
package org.briefdesk.briefing;

import org.jspecify.annotations.NullMarked;
