package org.briefdesk.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A feature's part of the application's sign-in: two-factor codes, single sign-on. Each bean of this
 * type is applied to the application's filter chain, so that security needs to know none of them.
 */
public interface SignInChain {

    void customize(HttpSecurity http) throws Exception;
}
