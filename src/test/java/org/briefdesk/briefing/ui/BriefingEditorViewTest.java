package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.RevisionSummary;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceHit;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
@WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class BriefingEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    BriefingService briefingService;

    @Autowired
    SourceService sourceService;

    private static String nonce() {
        return "v" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private BriefingEditorView open(BriefingDetails briefing) {
        return navigate("briefings/" + briefing.id() + "/edit", BriefingEditorView.class);
    }

    private TextArea body() {
        return $view(TextArea.class).withLabel("Body").single();
    }

    private String checksSummary() {
        return $view(Span.class).withClassName("bd-checks-summary").single().getText();
    }

    private String preview() {
        return $view(Div.class)
                .withClassName("bd-preview")
                .single()
                .getElement()
                .getOuterHTML();
    }

    @Test
    void typing_updates_the_sanitized_preview_the_word_count_and_the_checks() {
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled("Preview " + nonce()));
        open(briefing);

        test(body()).setValue("Ports **reopen** today [@missing-" + nonce() + "] <script>alert(1)</script>");

        assertThat(preview()).contains("<strong>reopen</strong>").doesNotContain("<script");
        assertThat($view(Span.class).withText("5 words").exists()).isTrue();
        assertThat(checksSummary()).startsWith("1 error");
        assertThat($view(Button.class)
                        .withClassName("bd-finding-error")
                        .single()
                        .getText())
                .contains("No source has the key");
    }

    @Test
    void cite_source_inserts_a_verified_quotation_that_the_preview_numbers_and_lists() {
        String word = nonce();
        SourceDetails source = sourceService.add(new SourceDraft(
                null,
                "Canal levels " + word,
                "Harbour Gazette",
                null,
                null,
                LocalDate.of(2025, 5, 2),
                "en",
                Set.of(),
                null,
                new Grade('A', 1),
                "Water in the " + word + " canal rose by forty centimetres overnight."));
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled("Cite " + word));
        open(briefing);
        test(body()).setValue("The canal rose sharply:");

        test($view(Button.class).withText("Cite source").single()).click();
        test($(TextField.class).withLabel("Search sources").single()).setValue(word);
        @SuppressWarnings("unchecked")
        Grid<SourceHit> results = $(Grid.class)
                .withCondition(g -> g.getColumnByKey("grade") != null)
                .single();
        test(results).select(0);
        test($(TextArea.class).withLabel("Passage").single()).setValue("rose by forty\ncentimetres");
        test($(Button.class).withText("Insert quotation").single()).click();

        assertThat(body().getValue())
                .isEqualTo("The canal rose sharply: “rose by forty centimetres” [@" + source.citationKey() + "]");
        assertThat(checksSummary()).isEqualTo("All citations resolve and every quotation is verified.");
        assertThat(preview())
                .contains("Canal levels " + word)
                .contains("Grade A1")
                .contains("source-1");
    }

    @Test
    void a_passage_that_is_not_in_the_source_is_refused_by_the_cite_dialog() {
        String word = nonce();
        sourceService.add(new SourceDraft(
                null,
                "Locks " + word,
                "Harbour Gazette",
                null,
                null,
                null,
                "en",
                Set.of(),
                null,
                Grade.NONE,
                "The " + word + " locks close at night."));
        open(briefingService.create(BriefingDraft.titled("Refused " + word)));

        test($view(Button.class).withText("Cite source").single()).click();
        test($(TextField.class).withLabel("Search sources").single()).setValue(word);
        @SuppressWarnings("unchecked")
        Grid<SourceHit> results = $(Grid.class)
                .withCondition(g -> g.getColumnByKey("grade") != null)
                .single();
        test(results).select(0);
        TextArea passage = $(TextArea.class).withLabel("Passage").single();
        test(passage).setValue("The locks open at night.");
        test($(Button.class).withText("Insert quotation").single()).click();

        assertThat(passage.isInvalid()).isTrue();
        assertThat(body().getValue()).isEmpty();
    }

    @Test
    void saving_shows_the_time_and_history_restores_an_earlier_revision() {
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled("History " + nonce()));
        open(briefing);
        test(body()).setValue("First version.");
        test($view(Button.class).withText("Save").single()).click();
        assertThat($view(Span.class).withClassName("bd-saved").single().getText())
                .startsWith("Saved at ");

        test(body()).setValue("Second version.");
        test($view(Button.class).withText("Save").single()).click();

        test($view(Button.class).withText("History").single()).click();
        @SuppressWarnings("unchecked")
        Grid<RevisionSummary> revisions = $(Grid.class)
                .withCondition(g -> g.getColumnByKey("kind") != null)
                .single();
        test($(Button.class).withText("Compare").single()).click();
        assertThat($(Span.class).withClassName("bd-diff-removed").all())
                .extracting(span -> span.getText().strip())
                .contains("First");
        assertThat($(Span.class).withClassName("bd-diff-added").all())
                .extracting(span -> span.getText().strip())
                .contains("Second");

        int firstSave = -1;
        for (int row = 0; row < test(revisions).size(); row++) {
            if ("First version."
                    .equals(briefingService
                            .revision(briefing.id(), test(revisions).getRow(row).id())
                            .orElseThrow()
                            .body())) {
                firstSave = row;
            }
        }
        test(revisions).select(firstSave);
        test($(Button.class).withText("Restore").single()).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(body().getValue()).isEqualTo("First version.");
        assertThat(briefingService.get(briefing.id()).orElseThrow().body()).isEqualTo("First version.");
    }

    @Test
    @WithUserDetails(value = TestUsers.EDITOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void someone_who_is_not_an_author_cannot_edit_the_draft_and_only_suggests() {
        BriefingDetails briefing = org.briefdesk.RunAs.withRoles(
                () -> briefingService.create(BriefingDraft.titled("Read only " + nonce())), "AUTHOR", "READER");
        open(briefing);

        // What an editor types here waits for the authors as suggestions; the text itself is theirs.
        assertThat($view(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)
                        .withClassName("bd-editor-mode")
                        .single()
                        .getValue())
                .isEqualTo(ModeToggle.SUGGESTING);
        assertThat($view(TextField.class).withLabel("Title").single().isReadOnly())
                .isTrue();
        assertThat(body().isReadOnly()).isFalse();
        assertThat($view(Button.class).withText("Save").exists()).isFalse();
        assertThat($view(Button.class).withText("Save suggestions").single().isEnabled())
                .isTrue();
        test($view(Details.class)
                        .withCondition(details -> "Briefing details".equals(details.getSummaryText()))
                        .single())
                .openDetails();
        assertThat($view(TextArea.class).withLabel("Summary").single().isReadOnly())
                .isTrue();
        assertThat($view(MultiSelectComboBox.class)
                        .withLabel("Co-authors")
                        .single()
                        .isReadOnly())
                .isTrue();
    }

    @Test
    void the_briefing_details_are_kept_by_a_save_whether_or_not_they_were_opened_and_changes_there_are_saved() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Details " + nonce()));
        BriefingDetails briefing = briefingService
                .save(
                        created.id(),
                        created.currentRevisionId(),
                        new BriefingDraft(
                                created.title(),
                                "Ports reopen.",
                                "",
                                Audience.PUBLIC,
                                Set.of("shipping"),
                                Set.of(TestUsers.EDITOR)),
                        null,
                        false)
                .briefing();
        open(briefing);

        test(body()).setValue("Ferries run again.");
        test($view(Button.class).withText("Save").single()).click();
        BriefingDetails saved = briefingService.get(briefing.id()).orElseThrow();
        assertThat(saved.body()).isEqualTo("Ferries run again.");
        assertThat(saved.summary()).isEqualTo("Ports reopen.");
        assertThat(saved.tags()).containsExactly("shipping");
        assertThat(saved.audience()).isEqualTo(Audience.PUBLIC);
        assertThat(saved.coAuthors()).containsExactly(TestUsers.EDITOR);

        test($view(Details.class)
                        .withCondition(details -> "Briefing details".equals(details.getSummaryText()))
                        .single())
                .openDetails();
        TextArea summary = $view(TextArea.class).withLabel("Summary").single();
        TextField tags = $view(TextField.class).withLabel("Tags").single();
        assertThat(summary.getValue()).isEqualTo("Ports reopen.");
        assertThat(tags.getValue()).isEqualTo("shipping");
        assertThat($view(Select.class).withLabel("Audience").single().getValue())
                .isEqualTo(Audience.PUBLIC);
        assertThat($view(MultiSelectComboBox.class)
                        .withLabel("Co-authors")
                        .single()
                        .getValue())
                .containsExactly(TestUsers.EDITOR);
        assertThat($view(Span.class).withClassName("bd-saved").single().getText())
                .as("showing the details changes nothing")
                .startsWith("Saved at ");

        test(summary).setValue("Ports reopened on Monday.");
        test(tags).setValue("shipping, ports");
        assertThat($view(Span.class).withClassName("bd-saved").single().getText())
                .isEqualTo("Unsaved changes");
        test($view(Button.class).withText("Save").single()).click();
        saved = briefingService.get(briefing.id()).orElseThrow();
        assertThat(saved.summary()).isEqualTo("Ports reopened on Monday.");
        assertThat(saved.tags()).containsExactlyInAnyOrder("shipping", "ports");
        assertThat(saved.body()).isEqualTo("Ferries run again.");
        assertThat(saved.coAuthors()).containsExactly(TestUsers.EDITOR);
    }

    @Test
    void going_from_one_briefing_to_another_in_the_same_editor_saves_once_per_click() {
        BriefingDetails first = briefingService.create(BriefingDraft.titled("First " + nonce()));
        BriefingDetails second = briefingService.create(BriefingDraft.titled("Second " + nonce()));
        BriefingEditorView view = open(first);
        assertThat(open(second)).as("the router keeps the same editor").isSameAs(view);
        int before = briefingService.revisions(second.id()).size();

        test(body()).setValue("Only one revision for one click.");
        test($view(Button.class).withText("Save").single()).click();

        assertThat(briefingService.revisions(second.id())).hasSize(before + 1);
        assertThat(briefingService.revisions(first.id())).hasSize(1);
    }

    @Test
    void a_warning_is_accepted_with_a_reason_and_stays_listed_greyed_with_it_and_uncounted() {
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled("Accept " + nonce()));
        open(briefing);
        test(body()).setValue("A strike is very likely, and we have high confidence in that.");
        assertThat(checksSummary()).isEqualTo("0 errors, 1 warning.");

        test($view(Button.class).withText("Accept…").single()).click();
        test($(Button.class).withText("Accept warning").single()).click();
        assertThat($(TextArea.class)
                        .withLabel("Why does this warning not apply?")
                        .exists())
                .as("no reason, nothing accepted: the dialog stays")
                .isTrue();
        test($(TextArea.class).withLabel("Why does this warning not apply?").single())
                .setValue("The sentence quotes the minister's phrasing.");
        test($(Button.class).withText("Accept warning").single()).click();

        assertThat(checksSummary()).isEqualTo("All citations resolve and every quotation is verified.");
        assertThat($view(Div.class).withClassName("bd-finding-accepted").exists())
                .isTrue();
        assertThat($view(Span.class).withClassName("bd-finding-reason").single().getText())
                .isEqualTo("Accepted by " + TestUsers.AUTHOR + ": The sentence quotes the minister's phrasing.");
        assertThat($view(Button.class).withText("Accept…").exists()).isFalse();
    }

    @Test
    void key_judgments_are_added_picked_from_the_yardstick_saved_and_flagged_where_they_hedge() {
        BriefingDetails briefing = briefingService.create(BriefingDraft.titled("Judgments " + nonce()));
        open(briefing);

        test($view(Button.class).withText("Add key judgment").single()).click();
        test($view(TextField.class).withLabel("Key judgment 1").single()).setValue("The port might reopen.");
        @SuppressWarnings("unchecked")
        Select<String> likelihood = $view(Select.class).withLabel("Likelihood").single();
        assertThat(likelihood.getListDataView().getItems())
                .containsExactly(
                        "almost no chance",
                        "very unlikely",
                        "unlikely",
                        "roughly even chance",
                        "likely",
                        "very likely",
                        "almost certain");
        test(likelihood).selectItem("likely (55–80 %)");

        assertThat($view(Button.class).withClassName("bd-finding-warning").all())
                .extracting(Button::getText)
                .contains("“might” in key judgment 1 hedges outside the ICD 203 yardstick: let its likelihood say how"
                        + " likely (for example “likely”) and drop the hedge.");
        assertThat(preview()).contains("Key judgments").contains("<strong>Likely</strong>: The port might reopen.");

        test($view(Button.class).withText("Save").single()).click();
        assertThat(briefingService.get(briefing.id()).orElseThrow().judgments())
                .singleElement()
                .satisfies(judgment -> {
                    assertThat(judgment.text()).isEqualTo("The port might reopen.");
                    assertThat(judgment.likelihood()).isEqualTo("likely");
                    assertThat(judgment.confidence()).isNull();
                });

        // A second one; removing the first makes it number 1.
        test($view(Button.class).withText("Add key judgment").single()).click();
        test($view(TextField.class).withLabel("Key judgment 2").single()).setValue("Shipping rates fall.");
        test($view(Button.class)
                        .withCondition(button -> "Remove key judgment 1"
                                .equals(button.getElement().getAttribute("aria-label")))
                        .single())
                .click();
        assertThat($view(TextField.class).withLabel("Key judgment 1").single().getValue())
                .isEqualTo("Shipping rates fall.");
        assertThat($view(TextField.class).withLabel("Key judgment 2").exists()).isFalse();
    }
}
