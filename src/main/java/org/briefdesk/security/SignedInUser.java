package org.briefdesk.security;

/**
 * A principal of another kind (the single sign-on provider's user) that stands for a Briefdesk
 * account: {@link CurrentUser} reads the account from it as from a {@link BriefdeskPrincipal}.
 */
public interface SignedInUser {

    BriefdeskPrincipal account();
}
