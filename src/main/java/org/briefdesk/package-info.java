@NullMarked
package org.briefdesk;

import org.jspecify.annotations.NullMarked;
