@NullMarked
package org.briefdesk.base.ui;

import org.jspecify.annotations.NullMarked;
