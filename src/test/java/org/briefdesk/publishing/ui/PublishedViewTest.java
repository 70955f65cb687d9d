package org.briefdesk.publishing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.publishing.PublishedSummary;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The list of published briefings, and "Export all" for exactly the roles that may use it. */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class PublishedViewTest extends SpringBrowserlessTest {

    @Autowired
    PublishedFixture fixture;

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_sees_the_published_briefings_linking_to_their_reading_pages_but_no_export_all() {
        PublishedFixture.Made made = fixture.published("Listed " + PublishedFixture.nonce(), Audience.INTERNAL);

        navigate(PublishedView.class);

        @SuppressWarnings("unchecked")
        Grid<PublishedSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive();
        assertThat(grid.getGenericDataView().getItems())
                .filteredOn(item -> item.slug().equals(made.slug()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.edition()).isEqualTo(1);
                    assertThat(item.retracted()).isFalse();
                });
        Anchor link = (Anchor) test(grid).getCellComponent(indexOf(grid, made.slug()), "title");
        assertThat(link.getText()).isEqualTo(made.title());
        assertThat(link.getHref()).isEqualTo("briefings/" + made.slug());
        assertThat(((com.vaadin.flow.component.html.Span)
                                test(grid).getCellComponent(indexOf(grid, made.slug()), "marking"))
                        .getText())
                .isEqualTo("TLP:CLEAR");
        assertThat($(Anchor.class).withText("Export all (.zip)").exists()).isFalse();
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_editor_may_export_everything() {
        fixture.published("Exported " + PublishedFixture.nonce(), Audience.PUBLIC);

        navigate(PublishedView.class);

        assertThat($(Anchor.class).withText("Export all (.zip)").exists()).isTrue();
    }

    private static int indexOf(Grid<PublishedSummary> grid, String slug) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).slug().equals(slug)) {
                return i;
            }
        }
        throw new AssertionError("Not listed: " + slug);
    }
}
