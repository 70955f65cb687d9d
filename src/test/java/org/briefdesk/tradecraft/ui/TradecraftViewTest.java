package org.briefdesk.tradecraft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.briefdesk.IntegrationTest;
import org.briefdesk.tradecraft.TradecraftSettings;
import org.briefdesk.tradecraft.Yardstick;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Tradecraft page: everyone reads the yardsticks and markings; an administrator sets the default. */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class TradecraftViewTest extends SpringBrowserlessTest {

    @Autowired
    TradecraftSettings settings;

    @Autowired
    ActingUser actingUser;

    @SuppressWarnings("unchecked")
    private Select<Yardstick> standard() {
        return $view(Select.class).withLabel("New briefings start with").single();
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_author_reads_both_yardsticks_and_the_markings_but_cannot_change_the_default() {
        navigate(TradecraftView.class);

        assertThat(standard().isReadOnly()).isTrue();
        assertThat($view(Grid.class).all())
                .extracting(grid -> ((Grid<?>) grid).getAriaLabel().orElse(""))
                .containsExactly("ICD 203 yardstick", "PHIA probability yardstick", "TLP markings");
        @SuppressWarnings("unchecked")
        Grid<Yardstick.Term> phia = $view(Grid.class)
                .withCondition(grid -> "PHIA probability yardstick"
                        .equals(((Grid<?>) grid).getAriaLabel().orElse("")))
                .single();
        assertThat(test(phia).getCellText(0, 1)).isEqualTo("≤ 5 %");
        assertThat(test(phia).getCellText(6, 1)).isEqualTo("≥ 95 %");
    }

    @Test
    @WithUserDetails(value = TestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_administrator_changes_the_default_yardstick() {
        Yardstick before = settings.defaultYardstick();
        try {
            navigate(TradecraftView.class);
            test(standard()).selectItem(before.other().label());
            assertThat(settings.defaultYardstick()).isEqualTo(before.other());
        } finally {
            settings.chooseDefaultYardstick(before);
        }
    }
}
