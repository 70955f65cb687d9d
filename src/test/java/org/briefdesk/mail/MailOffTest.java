package org.briefdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without SPRING_MAIL_HOST (as in every other test context): nothing is queued, the bell works as before. */
@IntegrationTest
class MailOffTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService userService;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailPreferences preferences;

    @Autowired
    OutboxMailRepository outbox;

    @Autowired
    DigestItemRepository digestItems;

    @Autowired
    ActingUser actingUser;

    @Test
    void with_no_smtp_server_configured_a_notification_queues_no_mail_and_nothing_sends() {
        String username = "mo-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.admin(() -> userService.create(new UserDraft(
                username, "Mail Off", "a-long-enough-password", Set.of(Role.EDITOR), username + "@example.org")));

        actingUser.as(TestUsers.AUTHOR, () -> {
            notifications.post(
                    List.of(username), NotificationKind.REVIEW_REQUESTED, "Please review", "briefings/1/edit");
            notifications.post(List.of(username), NotificationKind.APPROVED, "Approved", "briefings/1/edit");
            return null;
        });

        assertThat(outbox.findByRecipientOrderByIdAsc(username)).isEmpty();
        assertThat(digestItems.existsByRecipient(username)).isFalse();
        assertThat(context.getBeanNamesForType(OutboxSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(NotificationMailer.class)).isEmpty();
        assertThat(actingUser.as(username, () -> notifications.mine())).hasSize(2);
        assertThat(actingUser.as(username, () -> preferences.digestTime())).isEmpty();
    }
}
