@NullMarked
package org.briefdesk.notification;

import org.jspecify.annotations.NullMarked;
