@NullMarked
package org.briefdesk.security.ui;

import org.jspecify.annotations.NullMarked;
