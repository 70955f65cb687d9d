package org.briefdesk.signin;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByUsernameAndCodeHash(String username, String codeHash);

    long countByUsernameAndUsedAtIsNull(String username);

    @Modifying
    @Query("delete from RecoveryCode c where c.username = :username")
    void deleteAllOf(String username);
}
