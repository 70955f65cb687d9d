@NullMarked
package org.briefdesk.user.ui;

import org.jspecify.annotations.NullMarked;
