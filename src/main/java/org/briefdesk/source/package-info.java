@NullMarked
package org.briefdesk.source;

import org.jspecify.annotations.NullMarked;
