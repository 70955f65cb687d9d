package org.briefdesk.signin;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorKeyRepository extends JpaRepository<TwoFactorKey, String> {}
