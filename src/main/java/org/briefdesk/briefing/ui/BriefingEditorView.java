package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.base.ui.NoSuchPageException;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.BriefingRules;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.marking.ui.TlpLabel;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The briefing editor: Markdown on the left, the live sanitized preview and the checks on the right
 * ({@link PreviewAndChecks}), the toolbar with the formatting ({@link MarkdownText}), "Cite source",
 * the panels other features add, Editing / Suggesting ({@link ModeToggle}) and the save state
 * ({@link SaveBar}, {@link Saving}, {@link Conflicts}). This class puts them together, opens the
 * briefing the route names, and hands on what others do to it ({@link Following}).
 */
@Route("briefings/:briefingId/edit")
@PageTitle("Briefing")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class BriefingEditorView extends Main implements BeforeEnterObserver, Saving.Fields {

    static final String ID_PARAMETER = "briefingId";

    private final BriefingService briefingService;
    private final SourceService sourceService;
    private final UserDirectory userDirectory;
    private final BriefingWorkflowService workflow;
    private final List<EditorPanelContribution> contributions;
    private final BriefingEvents events;
    private final BriefingPresence presence;
    private final CurrentUser currentUser;

    private final TextField title = new TextField("Title");
    /** The Markdown text and the edits made there by the toolbar, citations and findings. */
    private final MarkdownText text = new MarkdownText(this::editedOutsideTheKeyboard);

    private final TextArea body = text.area();
    private final Span status = new Span();
    private final PreviewAndChecks previewAndChecks;
    private final OthersHere others;
    private final WorkflowBar workflowBar;
    private final SaveBar saveBar;
    private final Saving saving;
    private final ModeToggle mode;

    private List<EditorPanelContribution.Panel> panels = List.of();
    private final DetailsSection details;
    private final KeyJudgmentsSection judgments;
    /** The briefing open here: its text is in the editor, and its other details are in the fields. */
    private @Nullable Open briefing;
    /** Listening to this briefing's events and counted as present, while attached. */
    private @Nullable AutoCloseable following;

    private record Open(long id, boolean editableByMe) {

        static Open of(BriefingDetails details) {
            return new Open(details.id(), details.editableByMe());
        }
    }

    BriefingEditorView(
            BriefingService briefingService,
            SourceService sourceService,
            UserDirectory userDirectory,
            BriefingWorkflowService workflow,
            BriefingEvents events,
            List<EditorPanelContribution> contributions,
            BriefingPresence presence,
            BriefingChecks checks,
            CurrentUser currentUser) {
        this.briefingService = briefingService;
        this.contributions = List.copyOf(contributions);
        this.sourceService = sourceService;
        this.userDirectory = userDirectory;
        this.workflow = workflow;
        this.events = events;
        this.presence = presence;
        this.currentUser = currentUser;
        this.previewAndChecks = new PreviewAndChecks(checks, new PreviewAndChecks.Selection() {
            @Override
            public void select(int start, int end) {
                text.select(start, end);
            }

            @Override
            public void selectInJudgment(String judgmentId, int start, int end) {
                judgments.select(judgmentId, start, end);
            }
        });
        this.others = new OthersHere(presence, currentUser);
        this.workflowBar = new WorkflowBar(workflow, userDirectory, this::reload);
        this.saveBar = new SaveBar(() -> save(false), this::openHistory, () -> saving().resolveConflict());
        this.saving = new Saving(briefingService, saveBar, this);
        this.mode = new ModeToggle(title, body, saveBar, saving, this::reload);
        this.details = new DetailsSection(userDirectory, this::detailsChanged);
        this.judgments = new KeyJudgmentsSection(sourceService, this::editedOutsideTheKeyboard);
        addClassNames("bd-view", "bd-editor");
        setSizeFull();
        configureFields();
    }

    private Saving saving() {
        return saving;
    }

    // ------------------------------------------------------------------ opening a briefing

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(ID_PARAMETER).orElse(""));
        } catch (NumberFormatException notANumber) {
            leave(event, noSuchBriefing());
            return;
        }
        var query = event.getLocation().getQueryParameters();
        if (briefing != null && briefing.id() == id) {
            // Opened again (a notification's link): keep what is being typed, pass the link on.
            panels.forEach(panel -> panel.opened(query));
            return;
        }
        Optional<BriefingDetails> found = briefingService.get(id);
        if (found.isEmpty()) {
            leave(event, noSuchBriefing());
        } else if (!briefingService.worksOn(id)) {
            // Published, so open to read; the editor, its history and comments are for those who work on it.
            leave(
                    event,
                    new NoSuchPageException(
                            "Not in the editor",
                            "Only its authors and the editors open “"
                                    + found.get().title() + "” in the editor. Its published edition is open to you.",
                            "Read the published briefing",
                            "briefings/" + found.get().slug()));
        } else {
            open(found.get());
            panels.forEach(panel -> panel.opened(query));
        }
    }

    private static NoSuchPageException noSuchBriefing() {
        return new NoSuchPageException(
                "No such briefing, or you may not open it.", "Back to the briefings", "briefings");
    }

    /** Lets go of any briefing shown before and shows the error page instead. */
    private void leave(BeforeEnterEvent event, NoSuchPageException reason) {
        unfollow();
        briefing = null;
        removeAll();
        event.rerouteToError(reason, reason.getMessage());
    }

    private void open(BriefingDetails found) {
        removeAll();
        saveBar.hideNewerVersion();
        saving.opening();
        panels = contributions.stream().map(c -> c.create(editorAccess())).toList();
        mode.opening(panels.stream()
                .flatMap(panel -> panel.suggesting().stream())
                .findFirst()
                .orElse(null));
        add(createHeader(), workflowBar, details.create(), judgments.component(), createToolbar(), createWorkArea());
        show(found);
        if (found.editableByMe()) {
            BrowserCopy copy = new BrowserCopy(title, body, currentUser.requireUsername(), found.id());
            saving.copy(copy);
            copy.open(saving.base(), kept -> kept.ifPresent(this::offerKept));
        }
        if (found.editableByMe() || mode.suggesting()) {
            // Keyboard users start in the text, not thirty Tab presses away in the top bar.
            body.focus();
        }
        // The same view may go on to another briefing: follow that one from now on.
        getUI().ifPresent(this::follow);
    }

    /** Shows a stored briefing in the fields, with nothing unsaved. */
    @Override
    public void show(BriefingDetails stored) {
        this.briefing = Open.of(stored);
        title.setValue(stored.title());
        body.setValue(stored.body());
        status.removeAll();
        status.add(StatusBadge.of(stored.status()), TlpLabel.of(stored.tlp()));
        saving.loaded(stored);
        mode.show(stored);
        details.show(stored, stored.editableByMe() && !mode.suggesting());
        judgments.show(stored.judgments(), stored.yardstick(), stored.editableByMe() && !mode.suggesting());
        workflowBar.show(stored, () -> {
            if (saving.dirty()) {
                saving.save(false);
            }
        });
        // The panels first: the preview shows their marks (the suggestions) and checks.
        panels.forEach(panel -> panel.briefingShown(stored));
        refreshPreview();
    }

    /** Puts a draft into the fields, as the author's unsaved text. */
    @Override
    public void showDraft(BriefingDraft draft) {
        title.setValue(draft.title());
        boolean editable = briefing != null && briefing.editableByMe();
        details.showDraft(draft, editable);
        if (draft.judgments() != null) {
            judgments.show(draft.judgments(), details.values().yardstick(), editable && !mode.suggesting());
        }
        body.setValue(draft.body());
        refreshPreview();
    }

    @Override
    public BriefingDraft draft() {
        BriefingMetadataForm.Values values = details.values();
        Set<String> tagSet = Arrays.stream(values.tags().split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new BriefingDraft(
                        title.getValue(),
                        values.summary(),
                        body.getValue(),
                        values.audience(),
                        tagSet,
                        values.coAuthors())
                .withTradecraft(values.tlp(), values.yardstick(), judgments.values());
    }

    private Optional<BriefingDetails> stored() {
        return briefing == null ? Optional.empty() : briefingService.get(briefing.id());
    }

    /** Shows the briefing as stored now, for example after a workflow step. */
    private void reload() {
        stored().ifPresent(this::show);
    }

    /**
     * Offers back what the browser kept and the server never saved (a node that died, a crashed
     * browser), unless it is what the briefing holds anyway. Restoring saves it the ordinary way, on
     * the revision it was written on: it merges, or becomes a conflicted revision, never overwrites.
     */
    private void offerKept(BrowserCopy.Kept kept) {
        if (briefing == null
                || (kept.title().equals(title.getValue()) && kept.body().equals(body.getValue()))) {
            saving.dropCopy();
            return;
        }
        new RestoreKeptDialog(
                        kept,
                        () -> {
                            title.setValue(kept.title());
                            body.setValue(kept.body());
                            refreshPreview();
                            saving.saveKept(kept.base());
                        },
                        saving::dropCopy)
                .open();
    }

    // ------------------------------------------------------------------ what others do

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        follow(attachEvent.getUI());
    }

    /**
     * Listens to the open briefing and counts this editor as present, replacing what it followed
     * before (the same view is reused when the route goes to another briefing).
     */
    private void follow(UI ui) {
        unfollow();
        if (briefing == null) {
            return;
        }
        following = Following.follow(ui, briefing.id(), events, presence, this::on, this::leave);
        others.show(briefing.id());
    }

    private void unfollow() {
        AutoCloseable previous = following;
        following = null;
        Following.close(previous);
    }

    private void on(BriefingEvents.Event event) {
        if (briefing == null || event.briefingId() != briefing.id()) {
            return;
        }
        panels.forEach(panel -> panel.briefingEvent(event));
        switch (event) {
            case BriefingEvents.PresenceChanged changed -> others.show(briefing.id());
            case BriefingEvents.CommentsChanged changed -> {
                // The comments panel shows it; the text is not concerned.
            }
            // The suggestions panel updates itself; the preview's marks and the checks follow.
            case BriefingEvents.SuggestionsChanged changed -> refreshPreview();
            // Another user's workflow step (an approval, a request for changes) shows at once;
            // unsaved text is never replaced.
            case BriefingEvents.Transitioned transitioned -> {
                if (!saving.busy()) {
                    reload();
                }
            }
            case BriefingEvents.Saved saved -> coAuthorSaved(saved);
        }
    }

    /**
     * A newer revision by someone else (or by me in another tab). Without unsaved changes the editor
     * takes it at once, keeping the cursor where it was in the text around it; with unsaved changes
     * (or a conflict being resolved) it says so, and the next save merges from the base revision.
     */
    private void coAuthorSaved(BriefingEvents.Saved saved) {
        if (briefing == null || Objects.equals(saving.base(), saved.revisionId())) {
            return;
        }
        if (saving.busy()) {
            saveBar.newerVersion(saved.authorName() + " saved a newer version");
            return;
        }
        var latest = stored().orElse(null);
        if (latest == null || Objects.equals(latest.currentRevisionId(), saving.base())) {
            return;
        }
        String before = body.getValue();
        show(latest);
        saveBar.say("Updated with " + saved.authorName() + "’s changes");
        text.keepCursor(before);
    }

    /** What contributed panels (the comments, the suggestions) see of the editor. */
    private EditorPanelContribution.Editor editorAccess() {
        return new EditorPanelContribution.Editor() {
            @Override
            public String text() {
                return body.getValue();
            }

            @Override
            public int selectionStart() {
                return text.selectionStart();
            }

            @Override
            public int selectionEnd() {
                return text.selectionEnd();
            }

            @Override
            public void select(int start, int end) {
                text.select(start, end);
            }

            @Override
            public boolean saveChanges() {
                if (saving.dirty()) {
                    saving.save(false);
                }
                return !saving.busy();
            }

            @Override
            public void reload() {
                BriefingEditorView.this.reload();
            }

            @Override
            public void refreshChecks() {
                refreshPreview();
            }
        };
    }

    // ------------------------------------------------------------------ layout

    /**
     * Sets up the fields that stay while the view goes from briefing to briefing, with their
     * listeners: once, so that one keystroke or one Ctrl+S never counts twice.
     */
    private void configureFields() {
        title.setWidthFull();
        title.setMaxLength(BriefingRules.TITLE_MAX);
        title.addClassName("bd-editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(event -> saving.changed(event.isFromClient()));
        body.setWidthFull();
        body.setHeightFull();
        body.addClassName("bd-editor-body");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(500);
        body.addValueChangeListener(event -> {
            saving.changed(event.isFromClient());
            refreshPreview();
        });
        // The first keystroke after a pause says "unsaved changes" at once (the text itself follows
        // after the lazy pause): a co-author's save arriving meanwhile must not replace it.
        body.getElement()
                .addEventListener("input", event -> saving.changed(true))
                .throttle(1000);
        Shortcuts.addShortcutListener(this, () -> save(false), Key.KEY_S, KeyModifier.CONTROL)
                .listenOn(this);
    }

    private Component createHeader() {
        HorizontalLayout header = new HorizontalLayout(title, others.component(), status);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    private Component createToolbar() {
        Button cite = new Button(
                "Cite source",
                VaadinIcon.BOOK.create(),
                click -> new CiteSourceDialog(sourceService, text::insertAtCursor).open());
        cite.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout formatting = new HorizontalLayout(mode.component());
        text.formattingButtons().forEach(formatting::add);
        formatting.add(cite);
        panels.forEach(panel -> panel.toolbar().forEach(formatting::add));
        formatting.setSpacing(false);
        HorizontalLayout toolbar = new HorizontalLayout(formatting, saveBar.component());
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private Component createWorkArea() {
        SplitLayout split = new SplitLayout(body, previewAndChecks.component());
        split.setSplitterPosition(50);
        split.setSizeFull();
        split.addClassName("bd-editor-split");
        HorizontalLayout work = new HorizontalLayout(split);
        panels.forEach(panel -> work.add(panel.panel()));
        work.setWidthFull();
        work.addClassName("bd-editor-work");
        return work;
    }

    // ------------------------------------------------------------------ the rest of the toolbar

    /** After the toolbar, a citation or a finding changed the text: as if it had been typed. */
    private void editedOutsideTheKeyboard() {
        saving.changed(true);
        refreshPreview();
    }

    /** A detail changed: saved like the text; a new yardstick changes the likelihoods offered. */
    private void detailsChanged(boolean fromUser) {
        saving.changed(fromUser);
        judgments.yardstick(details.values().yardstick());
        if (fromUser) {
            refreshPreview();
        }
    }

    private void refreshPreview() {
        previewAndChecks.refresh(briefing == null ? null : briefing.id(), draft(), panels);
        saveBar.words(countWords(body.getValue()));
    }

    private static int countWords(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private void openHistory() {
        if (briefing == null) {
            return;
        }
        List<EditorPanelContribution.TimelineEntry> entries = new ArrayList<>();
        panels.forEach(panel -> entries.addAll(panel.timeline()));
        new HistoryDialog(
                        briefingService,
                        workflow,
                        userDirectory,
                        briefing.id(),
                        briefing.editableByMe(),
                        entries,
                        restored -> {
                            show(restored);
                            saveBar.say("Restored at " + ViewerTime.format(Saving.SAVED_AT, restored.updatedAt()));
                        })
                .open();
    }

    /** Saves now, as Save, Ctrl+S or (with {@code autosave}) the pause after typing does. */
    void save(boolean autosave) {
        saving.save(autosave);
    }

    // ------------------------------------------------------------------ leaving

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
        super.onDetach(detachEvent);
    }

    /**
     * Leaving the editor (another view, a closed tab) keeps what was typed since the last save, and
     * ends listening and presence.
     */
    private void leave() {
        saving.leaving();
        unfollow();
    }
}
