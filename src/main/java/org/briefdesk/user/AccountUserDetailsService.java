package org.briefdesk.user;

import org.briefdesk.security.BriefdeskPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in from the database. Spring Security checks the password and the enabled flag. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(AccountRules.normalizeUsername(username))
                .map(account -> new BriefdeskPrincipal(
                        account.id(),
                        account.username(),
                        account.displayName(),
                        account.passwordHash(),
                        account.enabled(),
                        account.roles()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
