package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.RevisionSummary;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The editor with unsaved changes when a co-author saves meanwhile: merged with a message, or the
 * conflict view. (A clean editor takes the co-author's save at once; see PresenceViewTest.)
 */
@IntegrationTest
@ViewPackages(packages = "org.briefdesk")
@WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class ConflictViewTest extends SpringBrowserlessTest {

    private static final String CO_AUTHOR = TestUsers.EDITOR;
    private static final String START = "Pilots stopped work.\n\nTalks are on Thursday.\n\nFerries run.";

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    private BriefingDetails briefing;

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A briefing with a co-author, open in the editor of its owner. */
    private void openWithCoAuthor() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Conflict " + nonce()));
        briefing = briefingService
                .save(
                        created.id(),
                        created.currentRevisionId(),
                        new BriefingDraft(created.title(), null, START, Audience.INTERNAL, Set.of(), Set.of(CO_AUTHOR)),
                        null,
                        false)
                .briefing();
        navigate("briefings/" + briefing.id() + "/edit", BriefingEditorView.class);
    }

    /** The co-author saves from the same revision the editor started from. */
    private long coAuthorSaves(String body) {
        return actingUser.as(
                CO_AUTHOR,
                () -> briefingService
                        .save(
                                briefing.id(),
                                briefing.currentRevisionId(),
                                briefing.toDraft().withBody(body),
                                null,
                                false)
                        .revision()
                        .id());
    }

    private TextArea body() {
        return $view(TextArea.class).withLabel("Body").single();
    }

    private void clickSave() {
        test($view(Button.class).withText("Save").single()).click();
    }

    private String savedIndicator() {
        return $view(Span.class).withClassName("bd-saved").single().getText();
    }

    private String currentBody() {
        return briefingService.get(briefing.id()).orElseThrow().body();
    }

    private RevisionSummary newest() {
        return briefingService.revisions(briefing.id()).getFirst();
    }

    @Test
    void a_save_after_a_co_authors_save_elsewhere_merges_loads_the_merged_text_and_says_with_whom() {
        openWithCoAuthor();
        test(body()).setValue(START.replace("Pilots stopped", "Harbour pilots stopped"));

        coAuthorSaves(START.replace("Ferries run.", "Ferries run as usual."));
        clickSave();

        String merged = "Harbour pilots stopped work.\n\nTalks are on Thursday.\n\nFerries run as usual.";
        assertThat(body().getValue()).isEqualTo(merged);
        assertThat(savedIndicator()).startsWith("Merged with Test editor’s changes");
        assertThat(currentBody()).isEqualTo(merged);
        assertThat($(Dialog.class).all()).isEmpty();
    }

    @Test
    void keep_mine_in_the_conflict_view_saves_my_sentence_with_their_other_changes_as_a_new_revision() {
        openWithCoAuthor();
        test(body()).setValue("Pilots stopped work.\n\nTalks are next week.\n\nFerries run, slowly.");

        long theirs = coAuthorSaves("Pilots stopped work at dawn.\n\nTalks are on Friday.\n\nFerries run.");
        clickSave();

        RevisionSummary conflicted = newest();
        assertThat(conflicted.conflicted()).isTrue();
        assertThat(briefingService
                        .revision(briefing.id(), conflicted.id())
                        .orElseThrow()
                        .body())
                .isEqualTo("Pilots stopped work.\n\nTalks are next week.\n\nFerries run, slowly.");
        assertThat($(TextArea.class).withLabel("Test editor’s version").single().getValue())
                .isEqualTo("Talks are on Friday.");
        assertThat($(TextArea.class).withLabel("Your version").single().getValue())
                .isEqualTo("Talks are next week.");
        assertThat($(TextArea.class).withLabel("Before").single().getValue()).isEqualTo("Talks are on Thursday.");

        test($(Button.class).withText("Keep theirs").single()).click();
        test($(Button.class).withText("Keep mine").single()).click();
        test($(Button.class).withText("Save resolution").single()).click();

        String resolved = "Pilots stopped work at dawn.\n\nTalks are next week.\n\nFerries run, slowly.";
        assertThat(currentBody()).isEqualTo(resolved);
        assertThat(body().getValue()).isEqualTo(resolved);
        RevisionSummary resolution = newest();
        assertThat(resolution.conflicted()).isFalse();
        assertThat(resolution.baseRevisionId()).isEqualTo(theirs);
        assertThat(resolution.number()).isEqualTo(conflicted.number() + 1);
        assertThat($view(Button.class).withText("Resolve conflict").exists())
                .as("no visible Resolve conflict button")
                .isFalse();
    }

    @Test
    void key_judgments_changed_on_both_sides_are_shown_readably_and_kept_whole_from_one_side() {
        openWithCoAuthor();
        test($view(Button.class).withText("Add key judgment").single()).click();
        test($view(TextField.class).withLabel("Key judgment 1").single()).setValue("Talks resume next week.");

        actingUser.as(
                CO_AUTHOR,
                () -> briefingService.save(
                        briefing.id(),
                        briefing.currentRevisionId(),
                        briefing.toDraft()
                                .withTradecraft(
                                        null,
                                        null,
                                        java.util.List.of(org.briefdesk.tradecraft.KeyJudgment.create(
                                                "Ferries stop.", "unlikely", org.briefdesk.tradecraft.Confidence.LOW))),
                        null,
                        false));
        clickSave();

        TextArea theirs =
                $(TextArea.class).withLabel("Test editor’s key judgments").single();
        assertThat(theirs.getValue()).isEqualTo("1. unlikely, low confidence: Ferries stop.");
        assertThat($(TextArea.class).withLabel("Your key judgments").single().getValue())
                .isEqualTo("1. no likelihood, no confidence: Talks resume next week.");
        test($(Button.class).withText("Keep theirs").single()).click();
        test($(Button.class).withText("Save resolution").single()).click();

        assertThat(briefingService.get(briefing.id()).orElseThrow().judgments())
                .extracting(org.briefdesk.tradecraft.KeyJudgment::text)
                .containsExactly("Ferries stop.");
        assertThat($view(TextField.class).withLabel("Key judgment 1").single().getValue())
                .isEqualTo("Ferries stop.");
    }

    @Test
    void keep_theirs_in_the_conflict_view_takes_their_sentence_and_keeps_my_other_changes() {
        openWithCoAuthor();
        test(body()).setValue("Pilots stopped work, I hear.\n\nTalks are next week.\n\nFerries run.");

        coAuthorSaves("Pilots stopped work.\n\nTalks are on Friday.\n\nFerries run.");
        clickSave();
        test($(Button.class).withText("Keep theirs").single()).click();
        test($(Button.class).withText("Save resolution").single()).click();

        assertThat(currentBody()).isEqualTo("Pilots stopped work, I hear.\n\nTalks are on Friday.\n\nFerries run.");
        assertThat(briefingService.revisions(briefing.id()))
                .filteredOn(RevisionSummary::conflicted)
                .singleElement()
                .satisfies(kept -> assertThat(briefingService
                                .revision(briefing.id(), kept.id())
                                .orElseThrow()
                                .body())
                        .contains("Talks are next week."));
    }

    @Test
    void an_edit_by_hand_in_the_conflict_view_is_what_gets_saved() {
        openWithCoAuthor();
        test(body()).setValue("Pilots stopped work.\n\nTalks are next week.\n\nFerries run.");

        coAuthorSaves("Pilots stopped work.\n\nTalks are on Friday.\n\nFerries run.");
        clickSave();
        test($(TextArea.class).withLabel("Result").single()).setValue("Talks are on Friday or next week.");
        test($(Button.class).withText("Save resolution").single()).click();

        assertThat(currentBody())
                .isEqualTo("Pilots stopped work.\n\nTalks are on Friday or next week.\n\nFerries run.");
    }

    @Test
    void closing_the_conflict_view_keeps_my_text_in_the_editor_and_the_current_text_untouched() {
        openWithCoAuthor();
        String theirs = "Pilots stopped work.\n\nTalks are on Friday.\n\nFerries run.";
        String mine = "Pilots stopped work.\n\nTalks are next week.\n\nFerries run.";
        test(body()).setValue(mine);
        coAuthorSaves(theirs);

        clickSave();
        test($(Button.class).withText("Close").single()).click();

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(body().getValue()).isEqualTo(mine);
        assertThat(currentBody()).isEqualTo(theirs);
        assertThat(savedIndicator()).contains("your text is kept as revision " + newest().number());
        Button resolve = $view(Button.class).withText("Resolve conflict").single();
        assertThat(resolve.isVisible()).isTrue();

        test(resolve).click();
        assertThat($(Button.class).withText("Keep mine").all()).hasSize(1);
    }

    private List<RevisionSummary> myConflictedRevisions() {
        return briefingService.revisions(briefing.id()).stream()
                .filter(RevisionSummary::conflicted)
                .filter(revision -> revision.author().equals(TestUsers.AUTHOR))
                .toList();
    }

    private String bodyOf(RevisionSummary revision) {
        return briefingService
                .revision(briefing.id(), revision.id())
                .orElseThrow()
                .body();
    }

    @Test
    void typing_on_after_a_conflict_autosaves_into_one_conflicted_revision_and_leaving_keeps_the_last_words() {
        openWithCoAuthor();
        String mine = "Pilots stopped work.\n\nTalks are next week.\n\nFerries run.";
        test(body()).setValue(mine);
        coAuthorSaves("Pilots stopped work.\n\nTalks are on Friday.\n\nFerries run.");
        clickSave();
        test($(Button.class).withText("Close").single()).click();
        RevisionSummary shown = newest();
        assertThat(shown.conflicted()).isTrue();

        // Three pauses in typing, each followed by the autosave.
        BriefingEditorView editor = (BriefingEditorView) getCurrentView();
        String typed = mine;
        for (String more : List.of(" Maybe later.", " Or never.", " Nobody knows.")) {
            typed += more;
            test(body()).setValue(typed);
            editor.save(true);
        }

        List<RevisionSummary> kept = myConflictedRevisions();
        assertThat(kept)
                .as("the save's conflicted revision and one for the typing since")
                .hasSize(2);
        assertThat(kept.getLast().id()).isEqualTo(shown.id());
        assertThat(bodyOf(shown)).isEqualTo(mine);
        assertThat(bodyOf(kept.getFirst())).isEqualTo(typed);
        assertThat(savedIndicator())
                .contains("your text is kept as revision " + kept.getFirst().number());

        // More typing, then the author leaves before the autosave: the last words are stored too.
        String last = typed + " The end.";
        test(body()).setValue(last);
        navigate(BriefingsView.class);

        kept = myConflictedRevisions();
        assertThat(kept).hasSize(2);
        assertThat(kept.getLast().id()).isEqualTo(shown.id());
        assertThat(bodyOf(kept.getFirst())).isEqualTo(last);
        assertThat(currentBody()).contains("Talks are on Friday.");
    }

    @Test
    void the_merged_text_names_everyone_whose_changes_were_taken_in() {
        assertThat(Saving.mergedText(List.of(new org.briefdesk.user.UserDirectory.Person("erin", "Erin"))))
                .isEqualTo("Merged with Erin’s changes");
        assertThat(Saving.mergedText(List.of(
                        new org.briefdesk.user.UserDirectory.Person("erin", "Erin"),
                        new org.briefdesk.user.UserDirectory.Person("bob", "Bob"))))
                .isEqualTo("Merged with Erin and Bob’s changes");
    }
}
