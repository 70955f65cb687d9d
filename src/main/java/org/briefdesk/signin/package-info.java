/**
 * Sign-in protection (issue 8): failed sign-ins lock the account and the client address for a while,
 * every sign-in, failure and sign-out goes to the audit log. Spring Security checks passwords through
 * {@link org.briefdesk.signin.ThrottlingAuthenticationProvider}, the one authentication provider.
 */
@NullMarked
package org.briefdesk.signin;

import org.jspecify.annotations.NullMarked;
