package org.briefdesk.suggestion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The editor and the author, each in their own session: the editor reviewing suggests in the
 * editor's Suggesting mode, the author sees the suggestions in the panel and the preview, accepts
 * one, rejects the other, and the timeline names both decisions.
 */
@IntegrationTest
class SuggestionsPanelTest {

    private static final String TEXT =
            "Ports reopened on Monday. Talks resume on Thursday in Geneva.\n\nFerries run again.";

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    ActingUser actingUser;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void start() {
        app = SpringBrowserlessApplicationContext.createSecured(applicationContext, "org.briefdesk");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private BrowserlessUIContext windowOf(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        return app.newUser(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
                .newWindow();
    }

    private static TextArea body(BrowserlessUIContext window) {
        return window.find(TextArea.class).withLabel("Body").single();
    }

    private static Button button(BrowserlessUIContext window, String text) {
        return window.find(Button.class).withText(text).single();
    }

    private static Button labelled(BrowserlessUIContext window, String label) {
        return window.find(Button.class)
                .withCondition(b -> b.getAriaLabel().orElse("").equals(label))
                .single();
    }

    private static String preview(BrowserlessUIContext window) {
        return window.find(Div.class)
                .withClassName("bd-preview")
                .single()
                .getElement()
                .getProperty("innerHTML");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> mode(BrowserlessUIContext window) {
        return window.find(RadioButtonGroup.class)
                .withClassName("bd-editor-mode")
                .single();
    }

    private long briefingInReview() {
        long id = fixture.draft("Suggested " + PublishedFixture.nonce(), TEXT);
        actingUser.as(TestUsers.AUTHOR, () -> workflow.submit(id, null));
        return id;
    }

    private String storedText(long id) {
        return actingUser.as(
                TestUsers.AUTHOR, () -> briefingService.get(id).orElseThrow().body());
    }

    @Test
    void the_editor_suggests_and_the_author_accepts_one_and_rejects_the_other() {
        long id = briefingInReview();

        // The editor reviewing starts in Suggesting: she may not edit the text, only suggest.
        BrowserlessUIContext editor = windowOf(TestUsers.EDITOR);
        editor.navigate("briefings/" + id + "/edit", Component.class);
        assertThat(mode(editor).getValue()).isEqualTo("Suggesting");
        assertThat(body(editor).isReadOnly()).isFalse();
        assertThat(editor.find(TextField.class).withLabel("Title").single().isReadOnly())
                .isTrue();
        editor.test(body(editor)).setValue(TEXT.replace("Monday", "Tuesday").replace("Ferries run", "Ferries sail"));
        editor.test(editor.find(TextField.class)
                        .withCondition(f -> f.getAriaLabel().orElse("").equals("Note for the authors"))
                        .single())
                .setValue("Dates from the port authority");
        editor.test(button(editor, "Save suggestions")).click();

        assertThat(storedText(id)).isEqualTo(TEXT);
        assertThat(body(editor).getValue())
                .as("the editor shows the stored text again")
                .isEqualTo(TEXT);
        assertThat(button(editor, "Suggestions (2)").isVisible()).isTrue();
        assertThat(preview(editor))
                .contains("<span class=\"bd-suggested-delete\" title=\"Suggested by Test editor")
                .contains("Dates from the port authority")
                .containsPattern("bd-suggested-insert\"[^>]*>Tuesday</span>")
                .containsPattern("bd-suggested-delete\"[^>]*>run</span>");
        actingUser.as(TestUsers.EDITOR, () -> workflow.requestChanges(id, "See my suggestions."));

        // The author edits by default, sees both in text order, accepts the first and rejects the second.
        BrowserlessUIContext author = windowOf(TestUsers.AUTHOR);
        author.activate();
        author.navigate("briefings/" + id + "/edit", Component.class);
        assertThat(mode(author).getValue()).isEqualTo("Editing");
        assertThat(preview(author)).as("marked as soon as the editor opens").contains("bd-suggested-insert");
        assertThat(author.find(Div.class).withClassName("bd-suggestion").all())
                .extracting(card -> card.getElement().getAttribute("aria-label"))
                .containsExactly(
                        "Test editor: Replace “Monday” with “Tuesday”", "Test editor: Replace “run” with “sail”");
        author.test(labelled(author, "Accept: Replace “Monday” with “Tuesday”")).click();
        author.test(labelled(author, "Reject: Replace “run” with “sail”")).click();

        String expected = TEXT.replace("Monday", "Tuesday");
        assertThat(storedText(id)).isEqualTo(expected);
        assertThat(body(author).getValue()).isEqualTo(expected);
        assertThat(author.find(Div.class).withClassName("bd-suggestion").exists())
                .isFalse();
        assertThat(author.find(Details.class)
                        .withCondition(d -> d.getSummaryText().equals("History (2)"))
                        .exists())
                .isTrue();
        assertThat(preview(author)).doesNotContain("bd-suggested");

        author.test(button(author, "History")).click();
        Dialog history = author.find(Dialog.class).single();
        assertThat(author.find(Div.class, history)
                        .withClassName("bd-timeline-step")
                        .all())
                .extracting(step -> step.getElement().getTextRecursively())
                .anySatisfy(line -> assertThat(line)
                        .contains("Test author · accepted Test editor’s suggestion")
                        .contains("Replace “Monday” with “Tuesday”"))
                .anySatisfy(line -> assertThat(line)
                        .contains("Test author · rejected Test editor’s suggestion")
                        .contains("Replace “run” with “sail”"))
                .anySatisfy(line -> assertThat(line).contains("Test editor · suggested 2 changes"));
    }

    @Test
    void an_outdated_suggestion_shows_what_it_was_made_on_and_can_only_be_rejected() {
        long id = briefingInReview();
        BriefingDetails inReview =
                actingUser.as(TestUsers.AUTHOR, () -> briefingService.get(id).orElseThrow());
        actingUser.as(TestUsers.EDITOR, () -> {
            var suggestions = applicationContext.getBean(org.briefdesk.suggestion.SuggestionService.class);
            suggestions.suggest(id, inReview.currentRevisionId(), TEXT.replace("Geneva", "Vienna"), null);
            return workflow.requestChanges(id, "Venue.");
        });
        actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails now = briefingService.get(id).orElseThrow();
            return briefingService.save(
                    id,
                    now.currentRevisionId(),
                    now.toDraft().withBody(TEXT.replace("in Geneva", "in Bern")),
                    null,
                    false);
        });

        BrowserlessUIContext author = windowOf(TestUsers.AUTHOR);
        author.navigate("briefings/" + id + "/edit", Component.class);

        Div card = author.find(Div.class).withClassName("bd-outdated").single();
        assertThat(author.find(Paragraph.class, card)
                        .withClassName("bd-suggestion-outdated")
                        .single()
                        .getText())
                .startsWith("Outdated: this passage changed since.")
                .contains("Talks resume on Thursday in Geneva.");
        assertThat(labelled(author, "Accept: Replace “Geneva” with “Vienna”").isEnabled())
                .isFalse();
        author.test(labelled(author, "Reject: Replace “Geneva” with “Vienna”")).click();
        assertThat(author.find(Div.class).withClassName("bd-suggestion").exists())
                .isFalse();
        assertThat(storedText(id)).isEqualTo(TEXT.replace("in Geneva", "in Bern"));
    }

    @Test
    void an_author_switches_to_suggesting_proposes_a_change_and_switches_back() {
        long id = fixture.draft("Own suggestion " + PublishedFixture.nonce(), TEXT);
        BrowserlessUIContext author = windowOf(TestUsers.AUTHOR);
        author.navigate("briefings/" + id + "/edit", Component.class);
        assertThat(mode(author).getValue()).isEqualTo("Editing");

        author.test(mode(author)).selectItem("Suggesting");

        assertThat(author.find(TextField.class).withLabel("Title").single().isReadOnly())
                .isTrue();
        author.test(author.find(Details.class)
                        .withCondition(d -> d.getSummaryText().equals("Briefing details"))
                        .single())
                .openDetails();
        assertThat(author.find(TextArea.class).withLabel("Summary").single().isReadOnly())
                .as("the details cannot be suggested, so they cannot be changed here")
                .isTrue();
        author.test(body(author)).setValue(TEXT.replace("Ferries", "Boats"));
        author.test(button(author, "Save suggestions")).click();
        assertThat(storedText(id)).isEqualTo(TEXT);
        assertThat(author.find(Div.class).withClassName("bd-suggestion").all()).hasSize(1);

        author.test(mode(author)).selectItem("Editing");
        assertThat(button(author, "Save").isEnabled()).isTrue();
        assertThat(author.find(TextArea.class).withLabel("Summary").single().isReadOnly())
                .isFalse();
        author.test(body(author)).setValue(TEXT + " Typed as an edit.");
        author.test(button(author, "Save")).click();
        assertThat(storedText(id)).isEqualTo(TEXT + " Typed as an edit.");
    }
}
