@NullMarked
package org.briefdesk.base;

import org.jspecify.annotations.NullMarked;
