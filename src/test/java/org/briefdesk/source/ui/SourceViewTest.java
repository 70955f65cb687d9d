package org.briefdesk.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A source page's "Cited by" names only the briefings the reader may open (issue #20); a source
 * imported without its text says so and what to do (issue #19).
 */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
class SourceViewTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sourceService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    private String key;
    private BriefingDetails draft;

    /** A source, and a draft of the test author that cites it. */
    @BeforeEach
    void aDraftCitingASource() {
        long n = System.nanoTime();
        actingUser.as(TestUsers.AUTHOR, () -> {
            key = sourceService
                    .add(new SourceDraft(
                            null,
                            "Keleva patrol costs " + n,
                            "Harbour Gazette",
                            null,
                            null,
                            LocalDate.of(2025, 8, 1),
                            "en",
                            Set.of(),
                            null,
                            Grade.NONE,
                            "The patrols cost nineteen million so far. Report " + n + "."))
                    .citationKey();
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Who pays for the patrols " + n));
            draft = briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            created.toDraft().withBody("The patrols are costly [@" + key + "]."),
                            null,
                            false)
                    .briefing();
            return null;
        });
    }

    private String page() {
        return getCurrentView().getElement().getOuterHTML();
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_sees_that_an_unpublished_briefing_cites_the_source_but_not_its_title() {
        navigate("sources/" + key, SourceView.class);

        assertThat(page()).contains("1 unpublished briefing you cannot open.").doesNotContain(draft.title());
        assertThat($view(Anchor.class).all()).noneMatch(link -> link.getHref().startsWith("briefings/"));
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_author_sees_the_draft_with_a_link_to_its_editor() {
        navigate("sources/" + key, SourceView.class);

        assertThat($view(Anchor.class).withText(draft.title()).single().getHref())
                .isEqualTo("briefings/" + draft.id() + "/edit");
        assertThat(page()).doesNotContain("you cannot open");
    }

    @Test
    @WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_source_without_text_says_it_cannot_be_quoted_and_how_to_add_the_text() {
        String missing = actingUser.as(
                TestUsers.AUTHOR,
                () -> sourceService
                        .add(new SourceDraft(
                                null,
                                "A harbour history without text " + System.nanoTime(),
                                "Harbour Press",
                                "Duarte, Ines; van der Berg, Jan",
                                null,
                                null,
                                "en",
                                Set.of(),
                                null,
                                Grade.NONE,
                                ""))
                        .citationKey());

        navigate("sources/" + missing, SourceView.class);

        assertThat($view(H3.class).all())
                .extracting(H3::getText)
                .contains("Text missing")
                .doesNotContain("Versions");
        assertThat(page())
                .contains("Ines Duarte and Jan van der Berg")
                .contains("nothing quoted from it can be checked")
                .contains("Choose Edit and paste the article's text");
    }
}
