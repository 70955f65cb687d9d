@NullMarked
package org.briefdesk.user;

import org.jspecify.annotations.NullMarked;
