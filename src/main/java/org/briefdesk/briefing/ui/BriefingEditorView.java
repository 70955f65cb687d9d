package org.briefdesk.briefing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.DatabaseOutage;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.NoSuchPageException;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.briefing.CheckReport;
import org.briefdesk.briefing.SaveConflict;
import org.briefdesk.citation.Finding;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Roles;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The briefing editor: Markdown on the left, the live sanitized preview and the checks panel on the
 * right, a toolbar with "Cite source", history, and saving (Ctrl+S, autosave after a pause). In
 * Suggesting mode (offered by a panel, see {@link EditorPanelContribution.Suggesting}) what is typed
 * is not applied: Save turns it into suggestions for the authors, and the text goes back to the
 * stored one.
 */
@Route("briefings/:briefingId/edit")
@PageTitle("Briefing")
@RolesAllowed({Roles.AUTHOR, Roles.EDITOR})
class BriefingEditorView extends Main implements BeforeEnterObserver {

    static final String ID_PARAMETER = "briefingId";

    static final String EDITING = "Editing";
    static final String SUGGESTING = "Suggesting";

    /** Autosave this long after the last keystroke. */
    static final long AUTOSAVE_DELAY_SECONDS = 5;

    /** While the database cannot be reached, autosave tries again this often. */
    static final long OUTAGE_RETRY_SECONDS = 20;

    private static final ScheduledExecutorService AUTOSAVE_TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("briefdesk-autosave").factory());
    private static final DateTimeFormatter SAVED_AT =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final BriefingService briefingService;
    private final SourceService sourceService;
    private final UserDirectory userDirectory;
    private final BriefingWorkflowService workflow;
    private final WorkflowBar workflowBar;
    private final List<EditorPanelContribution> contributions;
    private List<EditorPanelContribution.Panel> panels = List.of();
    private final BriefingEvents events;
    private final BriefingPresence presence;
    private final CurrentUser currentUser;

    private final TextField title = new TextField("Title");
    /** Summary, tags, audience and co-authors while their form is not built (it is, once opened). */
    private BriefingMetadataForm.Values metadata = new BriefingMetadataForm.Values("", "", Audience.INTERNAL, Set.of());

    private @Nullable BriefingMetadataForm metadataForm;
    /** The Markdown text and the edits made there by the toolbar, citations and findings. */
    private final MarkdownText text = new MarkdownText(this::editedOutsideTheKeyboard);

    private final TextArea body = text.area();
    private final PreviewAndChecks previewAndChecks = new PreviewAndChecks(text::select);
    private final Span status = new Span();
    private final AvatarGroup others = new AvatarGroup();
    private final SaveBar saveBar = new SaveBar(() -> save(false), this::openHistory, this::resolveConflict);
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();

    /** The open briefing's Suggesting mode, when a panel offers one. */
    private EditorPanelContribution.@Nullable Suggesting suggesting;

    /** Whether what is typed becomes suggestions rather than the text. */
    private boolean suggestingMode;

    /** The briefing open here: its text is in the editor, and its other details are in the fields. */
    private @Nullable Open briefing;

    private @Nullable Long baseRevisionId;
    private boolean dirty;
    private @Nullable ScheduledFuture<?> pendingAutosave;
    private @Nullable SaveConflict pendingConflict;
    /** The conflicted revision the pending conflict was first shown with: it stays as it is. */
    private @Nullable Long conflictShownAs;
    /** The conflicted autosave that keeps what was typed since, replaced by the next one. */
    private @Nullable Long conflictTyping;

    private boolean databaseUnreachable;
    /** Set when another briefing is shown, so that its default mode is chosen afresh. */
    private boolean briefingChanged;
    /** Listening to this briefing's events and counted as present, while attached. */
    private @Nullable AutoCloseable following;
    /** The browser's copy of what is typed here, for an editable briefing. */
    private @Nullable BrowserCopy copy;

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
            CurrentUser currentUser) {
        this.briefingService = briefingService;
        this.contributions = List.copyOf(contributions);
        this.sourceService = sourceService;
        this.userDirectory = userDirectory;
        this.workflow = workflow;
        this.events = events;
        this.presence = presence;
        this.currentUser = currentUser;
        this.workflowBar = new WorkflowBar(workflow, userDirectory, this::reload);
        addClassNames("bd-view", "bd-editor");
        setSizeFull();
        configureFields();
    }

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
        showOthers();
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
            case BriefingEvents.PresenceChanged changed -> showOthers();
            case BriefingEvents.CommentsChanged changed -> {
                // The comments panel shows it; the text is not concerned.
            }
            // The suggestions panel updates itself; the preview's marks and the checks follow.
            case BriefingEvents.SuggestionsChanged changed -> refreshPreview();
            // Another user's workflow step (an approval, a request for changes) shows at once;
            // unsaved text is never replaced.
            case BriefingEvents.Transitioned transitioned -> {
                if (!dirty && pendingConflict == null) {
                    reload();
                }
            }
            case BriefingEvents.Saved saved -> coAuthorSaved(saved);
        }
    }

    /** The avatars of the others who have this briefing open (each person once, however many tabs). */
    private void showOthers() {
        if (briefing == null) {
            return;
        }
        String me = currentUser.username().orElse("");
        var people = presence.present(briefing.id()).stream()
                .filter(person -> !person.username().equals(me))
                .toList();
        others.setItems(people.stream()
                .map(person -> new AvatarGroup.AvatarGroupItem(person.displayName()))
                .toList());
        others.setVisible(!people.isEmpty());
        String label =
                people.isEmpty() ? "Nobody else has this briefing open" : "Also here: " + SaveConflict.names(people);
        // The group's own aria-label counts the people; the names are in each avatar and here.
        others.getElement().setAttribute("title", label);
    }

    /**
     * A newer revision by someone else (or by me in another tab). Without unsaved changes the editor
     * takes it at once, keeping the cursor where it was in the text around it; with unsaved changes
     * (or a conflict being resolved) it says so, and the next save merges from the base revision.
     */
    private void coAuthorSaved(BriefingEvents.Saved saved) {
        if (briefing == null || Objects.equals(baseRevisionId, saved.revisionId())) {
            return;
        }
        if (dirty || pendingConflict != null) {
            saveBar.newerVersion(saved.authorName() + " saved a newer version");
            return;
        }
        var latest = briefingService.get(briefing.id()).orElse(null);
        if (latest == null || Objects.equals(latest.currentRevisionId(), baseRevisionId)) {
            return;
        }
        String before = body.getValue();
        load(latest);
        saveBar.say("Updated with " + saved.authorName() + "’s changes");
        text.keepCursor(before);
    }

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
            show(found.get());
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

    private void show(BriefingDetails details) {
        removeAll();
        metadataForm = null;
        saveBar.hideNewerVersion();
        saveBar.hideResolveConflict();
        panels = contributions.stream().map(c -> c.create(editorAccess())).toList();
        suggesting = panels.stream()
                .flatMap(panel -> panel.suggesting().stream())
                .findFirst()
                .orElse(null);
        suggestingMode = false;
        briefingChanged = true;
        add(createHeader(), workflowBar, createMetadata(), createToolbar(), createWorkArea());
        copy = null;
        load(details);
        if (details.editableByMe()) {
            copy = new BrowserCopy(title, body, currentUser.requireUsername(), details.id());
            copy.open(baseRevisionId, kept -> kept.ifPresent(this::offerKept));
        }
        if (details.editableByMe() || suggestingMode) {
            // Keyboard users start in the text, not thirty Tab presses away in the top bar.
            body.focus();
        }
        // The same view may go on to another briefing: follow that one from now on.
        getUI().ifPresent(this::follow);
    }

    private void load(BriefingDetails details) {
        this.briefing = Open.of(details);
        this.baseRevisionId = details.currentRevisionId();
        title.setValue(details.title());
        metadata = BriefingMetadataForm.Values.of(details);
        body.setValue(details.body());
        status.removeAll();
        status.add(StatusBadge.of(details.status()));
        boolean editable = details.editableByMe();
        chooseMode(details);
        if (metadataForm != null) {
            metadataForm.show(metadata, editable && !suggestingMode);
        }
        dirty = false;
        saveBar.hideNewerVersion();
        workflowBar.show(details, () -> {
            if (dirty) {
                save(false);
            }
        });
        // The panels first: the preview shows their marks (the suggestions) and checks.
        panels.forEach(panel -> panel.briefingShown(details));
        refreshPreview();
        if (copy != null) {
            // The editor shows a stored revision now, with nothing unsaved.
            copy.dropOn(baseRevisionId);
        }
    }

    /**
     * Offers back what the browser kept and the server never saved (a node that died, a crashed
     * browser), unless it is what the briefing holds anyway. Restoring saves it the ordinary way, on
     * the revision it was written on: it merges, or becomes a conflicted revision, never overwrites.
     */
    private void offerKept(BrowserCopy.Kept kept) {
        if (briefing == null
                || (kept.title().equals(title.getValue()) && kept.body().equals(body.getValue()))) {
            if (copy != null) {
                copy.dropOn(baseRevisionId);
            }
            return;
        }
        new RestoreKeptDialog(
                        kept,
                        () -> {
                            title.setValue(kept.title());
                            body.setValue(kept.body());
                            baseRevisionId = kept.base();
                            dirty = true;
                            refreshPreview();
                            save(false);
                        },
                        () -> {
                            if (copy != null) {
                                copy.dropOn(baseRevisionId);
                            }
                        })
                .open();
    }

    /**
     * Editing or Suggesting: those who may not edit the text but may suggest (an editor reviewing)
     * only suggest; those who may do both start as the panel says and switch with the toggle.
     */
    private void chooseMode(BriefingDetails details) {
        boolean editable = details.editableByMe();
        boolean maySuggest = suggesting != null && suggesting.available(details);
        if (!maySuggest) {
            suggestingMode = false;
        } else if (!editable || (briefingChanged && suggesting.byDefault(details))) {
            suggestingMode = true;
        }
        briefingChanged = false;
        mode.setVisible(maySuggest);
        mode.setItemEnabledProvider(item -> editable || item.equals(SUGGESTING));
        mode.setValue(suggestingMode ? SUGGESTING : EDITING);
        title.setReadOnly(!editable || suggestingMode);
        body.setReadOnly(!editable && !suggestingMode);
        saveBar.editable(editable || suggestingMode);
        saveBar.suggesting(suggestingMode);
        body.getElement().getClassList().set("bd-suggesting", suggestingMode);
    }

    /** The toggle moved: what was typed is saved the way it was typed, then the mode changes. */
    private void switchMode(boolean toSuggesting) {
        if (toSuggesting == suggestingMode || briefing == null) {
            return;
        }
        if (dirty) {
            save(false);
            if (dirty) {
                mode.setValue(suggestingMode ? SUGGESTING : EDITING);
                return;
            }
        }
        suggestingMode = toSuggesting;
        briefingService.get(briefing.id()).ifPresent(this::chooseMode);
        saveBar.say(
                suggestingMode
                        ? "Suggesting: what you type becomes suggestions for the authors"
                        : "Editing: what you type changes the text");
    }

    /** What contributed panels (the comments) see of the editor. */
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
                if (dirty) {
                    save(false);
                }
                return !dirty && pendingConflict == null;
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

    /** Shows the briefing as stored now, for example after a workflow step. */
    private void reload() {
        if (briefing != null) {
            briefingService.get(briefing.id()).ifPresent(this::load);
        }
    }

    /**
     * Sets up the fields that stay while the view goes from briefing to briefing, with their
     * listeners: once, so that one keystroke or one Ctrl+S never counts twice.
     */
    private void configureFields() {
        title.setWidthFull();
        title.setMaxLength(org.briefdesk.briefing.BriefingRules.TITLE_MAX);
        title.addClassName("bd-editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(event -> changed(event.isFromClient()));
        others.addClassName("bd-presence");
        others.setMaxItemsVisible(5);
        others.setI18n(new AvatarGroup.AvatarGroupI18n()
                .setOneActiveUser("One other person has this briefing open")
                .setManyActiveUsers("{count} other people have this briefing open"));
        body.setWidthFull();
        body.setHeightFull();
        body.addClassName("bd-editor-body");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(500);
        body.addValueChangeListener(event -> {
            changed(event.isFromClient());
            refreshPreview();
        });
        // The first keystroke after a pause says "unsaved changes" at once (the text itself follows
        // after the lazy pause): a co-author's save arriving meanwhile must not replace it.
        body.getElement().addEventListener("input", event -> changed(true)).throttle(1000);
        Shortcuts.addShortcutListener(this, () -> save(false), Key.KEY_S, KeyModifier.CONTROL)
                .listenOn(this);
        mode.setItems(EDITING, SUGGESTING);
        mode.setAriaLabel("Mode");
        mode.addClassName("bd-editor-mode");
        mode.setVisible(false);
        mode.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                switchMode(SUGGESTING.equals(event.getValue()));
            }
        });
    }

    private Component createHeader() {
        others.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(title, others, status);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    /** "Briefing details", closed; the form inside is built when it is first opened. */
    private Component createMetadata() {
        Details details = new Details("Briefing details");
        details.setWidthFull();
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && metadataForm == null) {
                BriefingMetadataForm form = new BriefingMetadataForm(userDirectory, this::changed);
                form.show(metadata, briefing != null && briefing.editableByMe());
                metadataForm = form;
                details.add(form);
            }
        });
        return details;
    }

    private Component createToolbar() {
        Button cite = new Button(
                "Cite source",
                VaadinIcon.BOOK.create(),
                click -> new CiteSourceDialog(sourceService, text::insertAtCursor).open());
        cite.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout formatting = new HorizontalLayout(mode);
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

    /** After the toolbar, a citation or a finding changed the text: as if it had been typed. */
    private void editedOutsideTheKeyboard() {
        changed(true);
        refreshPreview();
    }

    // ------------------------------------------------------------------ preview and checks

    /**
     * The preview and checks of the text as it is now, with what the panels add: the suggestions'
     * marks in the preview, and what accepting each would make the checks find.
     */
    private void refreshPreview() {
        Long id = briefing == null ? null : briefing.id();
        String markdown = body.getValue();
        try {
            CheckReport report = briefingService.check(id, markdown);
            List<Finding> added = new ArrayList<>();
            String html = report.preview().html();
            for (EditorPanelContribution.Panel panel : panels) {
                added.addAll(panel.checks(markdown, report.findings()));
                var marks = panel.previewMarks(markdown).orElse(null);
                if (marks != null) {
                    html = marks.html(briefingService
                            .check(id, marks.markdown())
                            .preview()
                            .html());
                }
            }
            previewAndChecks.show(report, html, added);
        } catch (RuntimeException failure) {
            if (DatabaseOutage.isOutage(failure)) {
                previewAndChecks.waitForDatabase();
            } else {
                Notifications.error(ErrorMessages.forUser(failure));
            }
            return;
        }
        saveBar.words(countWords(markdown));
    }

    private static int countWords(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    // ------------------------------------------------------------------ saving

    private void changed(boolean fromUser) {
        if (!fromUser || briefing == null || !(briefing.editableByMe() || suggestingMode)) {
            return;
        }
        dirty = true;
        if (suggestingMode) {
            // Suggestions are sent when their author says so (or leaves), not after every pause.
            saveBar.say("Unsaved suggestions");
            return;
        }
        saveBar.say("Unsaved changes");
        scheduleAutosave();
    }

    private void scheduleAutosave() {
        scheduleAutosave(AUTOSAVE_DELAY_SECONDS);
    }

    private void scheduleAutosave(long delaySeconds) {
        cancelAutosave();
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        pendingAutosave = AUTOSAVE_TIMER.schedule(
                () -> ui.access(() -> {
                    if (dirty) {
                        save(true);
                    }
                }),
                delaySeconds,
                TimeUnit.SECONDS);
    }

    private void cancelAutosave() {
        if (pendingAutosave != null) {
            pendingAutosave.cancel(false);
            pendingAutosave = null;
        }
    }

    private BriefingDraft currentDraft() {
        BriefingMetadataForm.Values values = metadataForm == null ? metadata : metadataForm.values();
        Set<String> tagSet = Arrays.stream(values.tags().split(","))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new BriefingDraft(
                title.getValue(), values.summary(), body.getValue(), values.audience(), tagSet, values.coAuthors());
    }

    /**
     * Saves the editor's state. If others saved meanwhile, the server merges: a clean merge loads the
     * merged text and says whose changes it took in; overlapping changes keep the text as a
     * conflicted revision and open the conflict view (an autosave only marks the conflict). On any
     * failure, and after a conflict, the text stays in the editor, untouched.
     */
    void save(boolean autosave) {
        if (briefing != null && suggestingMode) {
            saveSuggestions();
            return;
        }
        if (briefing == null || !briefing.editableByMe()) {
            return;
        }
        cancelAutosave();
        try {
            // Typing on through an open conflict is kept in one conflicted revision, not one per autosave.
            boolean typingThroughConflict = autosave && pendingConflict != null;
            var result = typingThroughConflict
                    ? briefingService.autosaveDuringConflict(
                            briefing.id(), baseRevisionId, currentDraft(), conflictTyping)
                    : briefingService.save(
                            briefing.id(),
                            baseRevisionId,
                            currentDraft(),
                            autosave ? null : saveBar.message(),
                            autosave);
            databaseUnreachable = false;
            if (!autosave) {
                saveBar.clearMessage();
            }
            switch (result.outcome()) {
                case SAVED, UNCHANGED -> saved(result, autosave ? "Autosaved at " : "Saved at ");
                case MERGED -> merged(result);
                case CONFLICT -> {
                    SaveConflict conflict = Objects.requireNonNull(result.conflict());
                    if (typingThroughConflict
                            && !Objects.equals(conflict.yours().id(), conflictShownAs)) {
                        conflictTyping = conflict.yours().id();
                    }
                    conflicted(conflict, !autosave);
                }
            }
        } catch (ActionRefusedException refused) {
            saveBar.say("Not saved");
            Notifications.error(refused.getMessage());
        } catch (RuntimeException failure) {
            notSaved(failure, autosave);
        }
    }

    /**
     * Stores what was typed as suggestions against the revision it was typed on, then shows the
     * stored text again (the preview marks the suggestions). On failure the typing stays.
     */
    private void saveSuggestions() {
        if (briefing == null || suggesting == null || !dirty) {
            return;
        }
        if (baseRevisionId == null) {
            Notifications.error("Save the briefing once before suggesting changes to it.");
            return;
        }
        try {
            String said = suggesting.suggest(baseRevisionId, body.getValue(), saveBar.message());
            saveBar.clearMessage();
            dirty = false;
            reload();
            saveBar.say(said + " at " + SAVED_AT.format(java.time.Instant.now()));
            Notifications.success(said + ".");
        } catch (ActionRefusedException refused) {
            saveBar.say("Suggestions not saved");
            Notifications.error(refused.getMessage());
        } catch (RuntimeException failure) {
            saveBar.say("Suggestions not saved");
            Notifications.error(ErrorMessages.forSave(failure));
        }
    }

    /**
     * The text stays in the editor, unsaved. If the database cannot be reached, autosave tries again
     * until it can; the message shows once, not at every attempt.
     */
    private void notSaved(RuntimeException failure, boolean autosave) {
        if (!DatabaseOutage.isOutage(failure)) {
            saveBar.say("Not saved");
            Notifications.error(ErrorMessages.forUser(failure));
            return;
        }
        saveBar.say("Not saved · the database cannot be reached");
        if (!autosave || !databaseUnreachable) {
            Notifications.error(ErrorMessages.forSave(failure));
        }
        databaseUnreachable = true;
        scheduleAutosave(OUTAGE_RETRY_SECONDS);
    }

    private void saved(BriefingService.SaveResult result, String label) {
        briefing = Open.of(result.briefing());
        baseRevisionId = result.briefing().currentRevisionId();
        if (copy != null) {
            copy.saved(
                    baseRevisionId, result.briefing().title(), result.briefing().body());
        }
        dirty = false;
        saveBar.hideNewerVersion();
        clearConflict();
        var when = result.revision() == null
                ? result.briefing().updatedAt()
                : result.revision().createdAt();
        saveBar.say(label + SAVED_AT.format(when));
    }

    private void merged(BriefingService.SaveResult result) {
        clearConflict();
        load(result.briefing());
        String text = mergedText(result.mergedWith());
        var when = result.revision() == null
                ? result.briefing().updatedAt()
                : result.revision().createdAt();
        saveBar.say(text + " · saved at " + SAVED_AT.format(when));
        Notifications.success(text + ".");
    }

    /** "Merged with Erin's changes", from display names. */
    static String mergedText(List<UserDirectory.Person> people) {
        return people.isEmpty()
                ? "Merged with your changes from another window"
                : "Merged with " + SaveConflict.names(people) + "’s changes";
    }

    private void conflicted(SaveConflict conflict, boolean openView) {
        // The text is stored (as a conflicted revision) but the editor keeps it and its base: the
        // next save merges again, and nothing reloads over it.
        if (pendingConflict == null) {
            conflictShownAs = conflict.yours().id();
        }
        pendingConflict = conflict;
        dirty = false;
        saveBar.showResolveConflict();
        saveBar.say("Overlaps " + conflict.theirNames() + "’s changes · your text is kept as revision "
                + conflict.yours().number());
        if (openView) {
            openConflict(conflict);
        }
    }

    private void clearConflict() {
        pendingConflict = null;
        conflictShownAs = null;
        conflictTyping = null;
        saveBar.hideResolveConflict();
    }

    /** Opens the conflict view; with unsaved typing since the conflict, merges that first. */
    private void resolveConflict() {
        if (dirty || pendingConflict == null) {
            save(false);
        } else {
            openConflict(pendingConflict);
        }
    }

    private void openConflict(SaveConflict conflict) {
        new ConflictDialog(conflict, resolution -> saveResolution(conflict, resolution)).open();
    }

    private void saveResolution(SaveConflict conflict, BriefingDraft resolution) {
        if (briefing == null) {
            return;
        }
        try {
            var result = briefingService.save(
                    briefing.id(),
                    conflict.currentRevisionId(),
                    resolution,
                    "Resolved the overlap with " + conflict.theirNames() + "’s changes",
                    false);
            switch (result.outcome()) {
                case SAVED, UNCHANGED -> {
                    clearConflict();
                    load(result.briefing());
                    saveBar.say("Conflict resolved · saved at "
                            + SAVED_AT.format(result.briefing().updatedAt()));
                    Notifications.success("Conflict resolved and saved.");
                }
                case MERGED -> merged(result);
                // Someone saved again while the view was open: the resolution is kept and compared anew.
                case CONFLICT -> {
                    setBodyFromDraft(resolution);
                    baseRevisionId = conflict.currentRevisionId();
                    conflicted(Objects.requireNonNull(result.conflict()), true);
                }
            }
        } catch (ActionRefusedException refused) {
            Notifications.error(refused.getMessage());
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
        }
    }

    /** Puts a draft into the fields, as the author's unsaved text. */
    private void setBodyFromDraft(BriefingDraft draft) {
        title.setValue(draft.title());
        BriefingMetadataForm.Values values = metadataForm == null ? metadata : metadataForm.values();
        metadata = values.withDraft(draft);
        if (metadataForm != null) {
            metadataForm.show(metadata, briefing != null && briefing.editableByMe());
        }
        body.setValue(draft.body());
        refreshPreview();
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
                            load(restored);
                            saveBar.say("Restored at " + SAVED_AT.format(restored.updatedAt()));
                        })
                .open();
    }

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
        if (dirty) {
            save(true);
        }
        cancelAutosave();
        unfollow();
    }
}
