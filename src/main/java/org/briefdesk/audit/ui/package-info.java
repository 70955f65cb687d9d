@NullMarked
package org.briefdesk.audit.ui;

import org.jspecify.annotations.NullMarked;
