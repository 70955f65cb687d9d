/**
 * Sign-in protection (issues 8 and #18): failed sign-ins lock the account and slow the client
 * address down; every sign-in, failure and sign-out goes to the audit log. Spring Security checks
 * passwords through {@link org.briefdesk.signin.ThrottlingAuthenticationProvider}, the one
 * authentication provider; for accounts with two-factor sign-in on, the code follows on a page of
 * its own and is checked by {@link org.briefdesk.signin.CodeSignIn} (TOTP, RFC 6238, and recovery
 * codes; set up through {@link org.briefdesk.signin.TwoFactorService}).
 */
@NullMarked
package org.briefdesk.signin;

import org.jspecify.annotations.NullMarked;
