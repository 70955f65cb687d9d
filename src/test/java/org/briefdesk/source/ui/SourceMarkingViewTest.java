package org.briefdesk.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.marking.Tlp;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A source's TLP marking (issue #17): shown on its page in FIRST's colours, set in its form. */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
@WithUserDetails(value = org.briefdesk.user.TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class SourceMarkingViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sourceService;

    private String add(Tlp tlp) {
        long n = System.nanoTime();
        return sourceService
                .add(new SourceDraft(
                        null,
                        "Marking " + n,
                        "Harbour Gazette",
                        null,
                        null,
                        LocalDate.of(2025, 8, 1),
                        "en",
                        Set.of(),
                        null,
                        Grade.NONE,
                        "A report on the patrols. Report " + n + ".",
                        tlp,
                        null))
                .citationKey();
    }

    private Span marking() {
        return $view(Span.class).withClassName("bd-tlp").single();
    }

    @Test
    void a_marked_source_shows_its_marking_as_first_writes_it() {
        navigate("sources/" + add(Tlp.AMBER_STRICT), SourceView.class);

        assertThat(marking().getText()).isEqualTo("TLP:AMBER+STRICT");
        assertThat(marking().getClassNames()).contains("bd-tlp-amber-strict");
    }

    @Test
    void an_unmarked_source_says_it_counts_as_clear_and_the_form_marks_it() {
        String key = add(null);
        navigate("sources/" + key, SourceView.class);
        assertThat(marking().getText()).isEqualTo("TLP:CLEAR");
        assertThat(getCurrentView().getElement().getOuterHTML()).contains("unmarked: counts as TLP:CLEAR");

        test($view(Button.class).withText("Edit").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<Tlp> field = $(ComboBox.class).withCaption("TLP marking").single();
        test(field).selectItem("TLP:GREEN — " + Tlp.GREEN.meaning());
        test($(Button.class).withText("Save changes").single()).click();

        assertThat(sourceService.findByKey(key).orElseThrow().marking()).isEqualTo(Tlp.GREEN);
        assertThat(sourceService.findByKey(key).orElseThrow().marked()).isTrue();
    }
}
