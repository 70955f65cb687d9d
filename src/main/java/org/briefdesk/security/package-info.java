@NullMarked
package org.briefdesk.security;

import org.jspecify.annotations.NullMarked;
