@NullMarked
package org.briefdesk.citation;

import org.jspecify.annotations.NullMarked;
