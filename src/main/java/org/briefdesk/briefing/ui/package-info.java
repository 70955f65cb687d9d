@NullMarked
package org.briefdesk.briefing.ui;

import org.jspecify.annotations.NullMarked;
