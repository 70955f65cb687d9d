package org.briefdesk.briefing.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.DatabaseOutage;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.SaveConflict;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;

/**
 * Saving what is typed in the editor: on Save or Ctrl+S, after a pause in typing (autosave), and on
 * leaving; in Suggesting mode, as suggestions instead. It knows the open briefing, the revision the
 * text started from, and whether anything is unsaved. If others saved meanwhile the server merges: a
 * clean merge loads the merged text and says whose changes it took in; overlapping changes go to
 * {@link Conflicts}. On any failure the text stays in the editor, untouched.
 */
final class Saving {

    static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm");

    /** What saving reads from the editor's fields and shows in them. */
    interface Fields {

        BriefingDraft draft();

        /** Shows a stored briefing: after a merge, a resolved conflict, suggestions saved. */
        void show(BriefingDetails briefing);

        /** Puts a draft into the fields as unsaved text. */
        void showDraft(BriefingDraft draft);
    }

    private final BriefingService briefingService;
    private final SaveBar saveBar;
    private final Fields fields;
    private final Autosave autosave = new Autosave(() -> {
        if (dirty()) {
            save(true);
        }
    });
    private final Conflicts conflicts;

    private @Nullable Long briefingId;
    private boolean editable;
    private @Nullable Long base;
    private boolean dirty;
    private boolean databaseUnreachable;
    /** The browser's copy of what is typed here, for an editable briefing. */
    private @Nullable BrowserCopy copy;
    /** Where what is typed goes in Suggesting mode; null while editing. */
    private EditorPanelContribution.@Nullable Suggesting suggesting;

    Saving(BriefingService briefingService, SaveBar saveBar, Fields fields) {
        this.briefingService = briefingService;
        this.saveBar = saveBar;
        this.fields = fields;
        this.conflicts = new Conflicts(briefingService, saveBar, this);
    }

    // ------------------------------------------------------------------ what the editor tells

    /** A stored revision is in the fields now, with nothing unsaved. */
    void loaded(BriefingDetails details) {
        briefingId = details.id();
        editable = details.editableByMe();
        base = details.currentRevisionId();
        dirty = false;
        saveBar.hideNewerVersion();
        if (copy != null) {
            copy.dropOn(base);
        }
    }

    /** Another briefing is opened: nothing of the last one is carried over. */
    void opening() {
        copy = null;
        suggesting = null;
        conflicts.clear();
    }

    /** The browser's copy of what is typed, once the briefing is shown. */
    void copy(BrowserCopy browserCopy) {
        this.copy = browserCopy;
    }

    /** Whether what is typed becomes suggestions (to {@code to}) rather than the text. */
    void suggestInstead(EditorPanelContribution.@Nullable Suggesting to) {
        this.suggesting = to;
    }

    /** Something was typed (or changed by a toolbar action, a citation, a finding). */
    void changed(boolean fromUser) {
        if (!fromUser || briefingId == null || !(editable || suggesting != null)) {
            return;
        }
        dirty = true;
        if (suggesting != null) {
            // Suggestions are sent when their author says so (or leaves), not after every pause.
            saveBar.say("Unsaved suggestions");
            return;
        }
        saveBar.say("Unsaved changes");
        autosave.schedule();
    }

    /** What the browser kept is not wanted (or is what is stored anyway): it is dropped. */
    void dropCopy() {
        if (copy != null) {
            copy.dropOn(base);
        }
    }

    /** The browser kept text written on revision {@code keptBase}: it is in the fields; save it. */
    void saveKept(long keptBase) {
        base = keptBase;
        dirty = true;
        save(false);
    }

    /** Leaving the editor keeps what was typed since the last save. */
    void leaving() {
        if (dirty) {
            save(true);
        }
        autosave.cancel();
    }

    @Nullable
    Long briefingId() {
        return briefingId;
    }

    @Nullable
    Long base() {
        return base;
    }

    boolean dirty() {
        return dirty;
    }

    /** Unsaved text, or a conflict not resolved yet: what arrives from others must not replace it. */
    boolean busy() {
        return dirty || conflicts.pending();
    }

    void resolveConflict() {
        conflicts.resolve();
    }

    // ------------------------------------------------------------------ saving

    /** Saves the fields (or stores them as suggestions); see the class comment. */
    void save(boolean isAutosave) {
        if (briefingId == null) {
            return;
        }
        if (suggesting != null) {
            saveSuggestions(briefingId, suggesting);
            return;
        }
        if (!editable) {
            return;
        }
        autosave.cancel();
        try {
            // Typing on through an open conflict is kept in one conflicted revision, not one per autosave.
            boolean typingThrough = isAutosave && conflicts.pending();
            var result = typingThrough
                    ? briefingService.autosaveDuringConflict(briefingId, base, fields.draft(), conflicts.typing())
                    : briefingService.save(
                            briefingId, base, fields.draft(), isAutosave ? null : saveBar.message(), isAutosave);
            databaseUnreachable = false;
            if (!isAutosave) {
                saveBar.clearMessage();
            }
            switch (result.outcome()) {
                case SAVED, UNCHANGED -> saved(result, isAutosave ? "Autosaved at " : "Saved at ");
                case MERGED -> merged(result);
                case CONFLICT -> {
                    // The text is stored (as a conflicted revision) but the editor keeps it and its
                    // base: the next save merges again, and nothing reloads over it.
                    dirty = false;
                    conflicts.conflicted(Objects.requireNonNull(result.conflict()), !isAutosave, typingThrough);
                }
            }
        } catch (ActionRefusedException refused) {
            saveBar.say("Not saved");
            Notifications.error(refused.getMessage());
        } catch (RuntimeException failure) {
            notSaved(failure, isAutosave);
        }
    }

    /**
     * Stores what was typed as suggestions against the revision it was typed on, then shows the
     * stored text again (the preview marks the suggestions). On failure the typing stays.
     */
    private void saveSuggestions(long id, EditorPanelContribution.Suggesting to) {
        if (!dirty) {
            return;
        }
        if (base == null) {
            Notifications.error("Save the briefing once before suggesting changes to it.");
            return;
        }
        try {
            String said = to.suggest(base, fields.draft().body(), saveBar.message());
            saveBar.clearMessage();
            dirty = false;
            briefingService.get(id).ifPresent(fields::show);
            saveBar.say(said + " at " + ViewerTime.format(SAVED_AT, Instant.now()));
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
    private void notSaved(RuntimeException failure, boolean isAutosave) {
        if (!DatabaseOutage.isOutage(failure)) {
            saveBar.say("Not saved");
            Notifications.error(ErrorMessages.forUser(failure));
            return;
        }
        saveBar.say("Not saved · the database cannot be reached");
        if (!isAutosave || !databaseUnreachable) {
            Notifications.error(ErrorMessages.forSave(failure));
        }
        databaseUnreachable = true;
        autosave.schedule(Autosave.OUTAGE_RETRY_SECONDS);
    }

    private void saved(BriefingService.SaveResult result, String label) {
        BriefingDetails stored = result.briefing();
        editable = stored.editableByMe();
        base = stored.currentRevisionId();
        if (copy != null) {
            copy.saved(base, stored.title(), stored.body());
        }
        dirty = false;
        saveBar.hideNewerVersion();
        conflicts.clear();
        var when = result.revision() == null
                ? stored.updatedAt()
                : result.revision().createdAt();
        saveBar.say(label + ViewerTime.format(SAVED_AT, when));
    }

    /** Merged with others' changes on the server: the merged text is shown, and whose changes it has. */
    void merged(BriefingService.SaveResult result) {
        conflicts.clear();
        fields.show(result.briefing());
        String text = mergedText(result.mergedWith());
        var when = result.revision() == null
                ? result.briefing().updatedAt()
                : result.revision().createdAt();
        saveBar.say(text + " · saved at " + ViewerTime.format(SAVED_AT, when));
        Notifications.success(text + ".");
    }

    /** "Merged with Erin's changes", from display names. */
    static String mergedText(List<UserDirectory.Person> people) {
        return people.isEmpty()
                ? "Merged with your changes from another window"
                : "Merged with " + SaveConflict.names(people) + "’s changes";
    }

    /** Shows a stored briefing (a resolved conflict). */
    void show(BriefingDetails details) {
        fields.show(details);
    }

    /** Keeps a draft in the fields as unsaved text written on {@code onRevision} (a resolution that conflicted again). */
    void keep(BriefingDraft draft, long onRevision) {
        fields.showDraft(draft);
        base = onRevision;
        dirty = false;
    }
}
