@NullMarked
package org.briefdesk.dashboard.ui;

import org.jspecify.annotations.NullMarked;
