package org.briefdesk.mail;

import java.util.List;
import java.util.Optional;
import org.briefdesk.notification.NotificationKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, Long> {

    List<MailPreference> findByUsername(String username);

    Optional<MailPreference> findByUsernameAndKind(String username, NotificationKind kind);
}
