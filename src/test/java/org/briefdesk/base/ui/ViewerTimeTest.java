package org.briefdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingHit;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Lists show times in the reader's browser time zone, whatever the server's (issue #18). */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
@WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ViewerTimeTest extends SpringBrowserlessTest {

    /** UTC+14 all year: never the same hour as the server's UTC, and most of the day another date. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Autowired
    BriefingService briefingService;

    /** What the browser says when the page loads, as Vaadin keeps it: here, its zone. */
    private static void browserIn(ZoneId zone) {
        UI ui = UI.getCurrent();
        String offset = String.valueOf(
                -zone.getRules().getOffset(java.time.Instant.now()).getTotalSeconds() / 60);
        ui.getInternals()
                .setExtendedClientDetails(new ExtendedClientDetails(
                        ui,
                        "1280",
                        "800",
                        "1280",
                        "800",
                        "1280",
                        "800",
                        offset,
                        offset,
                        "0",
                        "false",
                        zone.getId(),
                        String.valueOf(System.currentTimeMillis()),
                        "false",
                        "1",
                        "briefdesk",
                        "Linux x86_64",
                        "light",
                        "lumo"));
    }

    @Test
    void the_briefings_list_shows_when_each_was_updated_in_the_browsers_time_zone() {
        String title = "Time zones " + UUID.randomUUID().toString().substring(0, 8);
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled(title));
        browserIn(KIRITIMATI);

        navigate("briefings", com.vaadin.flow.component.Component.class);
        @SuppressWarnings("unchecked")
        Grid<BriefingHit> grid = $(Grid.class).single();
        int row = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).briefing().id() == briefing.id()) {
                row = i;
            }
        }
        assertThat(row).as("the new briefing is listed").isNotNegative();

        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);
        assertThat(test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey("updated"))))
                .isEqualTo(shown.withZone(KIRITIMATI).format(briefing.updatedAt()))
                .isNotEqualTo(shown.withZone(ZoneId.systemDefault()).format(briefing.updatedAt()));
        assertThat(ViewerTime.zone()).isEqualTo(KIRITIMATI);
    }
}
