@NullMarked
package org.briefdesk.notification.ui;

import org.jspecify.annotations.NullMarked;
