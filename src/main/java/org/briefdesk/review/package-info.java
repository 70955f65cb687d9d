@NullMarked
package org.briefdesk.review;

import org.jspecify.annotations.NullMarked;
