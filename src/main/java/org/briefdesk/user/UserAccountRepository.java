package org.briefdesk.user;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.briefdesk.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findBySsoSubject(String ssoSubject);

    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findAllByOrderByUsernameAsc();

    /**
     * The enabled administrators, locked for the rest of the transaction, so that two admins
     * demoting each other at the same moment cannot leave the system without one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true")
    List<UserAccount> lockEnabledWithRole(Role role);
}
