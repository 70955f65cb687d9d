package org.briefdesk.tradecraft;

import java.time.Clock;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yardstick new briefings start with: chosen by an administrator on the Tradecraft page, or,
 * until one does, {@code BRIEFDESK_YARDSTICK} (ICD 203 unless set). Each briefing can still use the
 * other one.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class TradecraftSettings {

    static final String DEFAULT_YARDSTICK = "default-yardstick";

    private final AppSettingRepository settings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Yardstick configured;

    TradecraftSettings(
            AppSettingRepository settings,
            CurrentUser currentUser,
            AuditLog auditLog,
            Clock clock,
            @Value("${briefdesk.tradecraft.yardstick:ICD_203}") String configured) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
        this.configured = Yardstick.parse(configured)
                .orElseThrow(() ->
                        new IllegalStateException("BRIEFDESK_YARDSTICK is ICD_203 or PHIA, not “" + configured + "”"));
    }

    /** The yardstick a new briefing starts with. */
    public Yardstick defaultYardstick() {
        return settings.findById(DEFAULT_YARDSTICK)
                .flatMap(setting -> Yardstick.parse(setting.value()))
                .orElse(configured);
    }

    /** Chooses the yardstick new briefings start with; briefings written already keep theirs. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void chooseDefaultYardstick(Yardstick yardstick) {
        String me = currentUser.requireUsername();
        Yardstick before = defaultYardstick();
        settings.findById(DEFAULT_YARDSTICK)
                .ifPresentOrElse(
                        setting -> setting.change(yardstick.name(), me, clock.instant()),
                        () -> settings.save(new AppSetting(DEFAULT_YARDSTICK, yardstick.name(), me, clock.instant())));
        if (before != yardstick) {
            auditLog.record(
                    AuditEvent.SETTING_CHANGED,
                    me,
                    "setting:" + DEFAULT_YARDSTICK,
                    before.label() + " → " + yardstick.label());
        }
    }
}
