/**
 * Single sign-on with OpenID Connect (issue #18), beside local accounts: configured by
 * {@code BRIEFDESK_OIDC_ISSUER}, {@code _CLIENT_ID} and {@code _CLIENT_SECRET}; the login page then
 * offers "Sign in with" the provider. Accounts come from the ID token's claims ({@code
 * user.SignOnAccounts}).
 */
@NullMarked
package org.briefdesk.signon;

import org.jspecify.annotations.NullMarked;
