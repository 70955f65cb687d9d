package org.briefdesk.tradecraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.briefdesk.IntegrationTest;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The yardstick new briefings start with, as an administrator chooses it (MariaDB). */
@IntegrationTest
class TradecraftSettingsTest {

    @Autowired
    TradecraftSettings settings;

    @Autowired
    BriefingService briefings;

    @Autowired
    ActingUser actingUser;

    @Autowired
    AuditLog auditLog;

    @Test
    void new_briefings_start_with_the_yardstick_an_administrator_chose_and_older_ones_keep_theirs() {
        Yardstick before = actingUser.as(TestUsers.ADMIN, settings::defaultYardstick);
        var older = actingUser.as(TestUsers.AUTHOR, () -> briefings.create(BriefingDraft.titled("Before the change")));
        try {
            actingUser.as(TestUsers.ADMIN, () -> {
                settings.chooseDefaultYardstick(before.other());
                return null;
            });

            var newer =
                    actingUser.as(TestUsers.AUTHOR, () -> briefings.create(BriefingDraft.titled("After the change")));
            assertThat(newer.yardstick()).isEqualTo(before.other());
            assertThat(actingUser.as(
                            TestUsers.AUTHOR,
                            () -> briefings.get(older.id()).orElseThrow().yardstick()))
                    .isEqualTo(before);
            assertThat(actingUser.as(
                            TestUsers.ADMIN,
                            () -> auditLog.search(
                                            new AuditFilter(null, AuditEvent.SETTING_CHANGED, null, null), null, 20)
                                    .entries()))
                    .anySatisfy(entry -> assertThat(entry.detail())
                            .isEqualTo(before.label() + " → " + before.other().label()));
            assertThatThrownBy(() -> actingUser.as(TestUsers.EDITOR, () -> {
                        settings.chooseDefaultYardstick(before);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            actingUser.as(TestUsers.ADMIN, () -> {
                settings.chooseDefaultYardstick(before);
                return null;
            });
        }
        assertThat(actingUser.as(TestUsers.AUTHOR, settings::defaultYardstick)).isEqualTo(before);
    }
}
