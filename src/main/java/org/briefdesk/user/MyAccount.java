package org.briefdesk.user;

import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user changes about their own account: for now, their e-mail address. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MyAccount {

    private final UserAccountRepository users;
    private final EmailAddresses emailAddresses;
    private final CurrentUser currentUser;

    MyAccount(UserAccountRepository users, EmailAddresses emailAddresses, CurrentUser currentUser) {
        this.users = users;
        this.emailAddresses = emailAddresses;
        this.currentUser = currentUser;
    }

    /** The caller's e-mail address, if they gave one. */
    public Optional<String> email() {
        return users.findByUsername(currentUser.requireUsername()).flatMap(UserAccount::email);
    }

    /**
     * Sets, changes or (when blank) removes the caller's e-mail address; recorded in the audit log.
     *
     * @return the address as stored (in lower case), or empty when removed
     * @throws ActionRefusedException if the address is not valid or another account has it
     */
    @Transactional
    public Optional<String> changeEmail(String email) {
        UserAccount account = users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new ActionRefusedException("Your account no longer exists."));
        emailAddresses.change(account, email, null);
        return account.email();
    }
}
