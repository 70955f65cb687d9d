package org.briefdesk.briefing.ui;

import java.util.Objects;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.SaveConflict;
import org.jspecify.annotations.Nullable;

/**
 * A save that overlapped someone else's: the text is stored as a conflicted revision, the editor
 * keeps it with its base (so the next save merges again), the toolbar offers "Resolve conflict", and
 * the conflict view saves the resolution on the current revision.
 */
final class Conflicts {

    private final BriefingService briefingService;
    private final SaveBar saveBar;
    private final Saving saving;

    private @Nullable SaveConflict pending;
    /** The conflicted revision the pending conflict was first shown with: it stays as it is. */
    private @Nullable Long shownAs;
    /** The conflicted autosave that keeps what was typed since, replaced by the next one. */
    private @Nullable Long typing;

    Conflicts(BriefingService briefingService, SaveBar saveBar, Saving saving) {
        this.briefingService = briefingService;
        this.saveBar = saveBar;
        this.saving = saving;
    }

    boolean pending() {
        return pending != null;
    }

    /** The conflicted autosave that typing through the open conflict goes on replacing, if any. */
    @Nullable
    Long typing() {
        return typing;
    }

    /**
     * A save conflicted. Typing on through an open conflict is kept in one conflicted revision, not
     * one per autosave; an explicit save opens the conflict view.
     */
    void conflicted(SaveConflict conflict, boolean openView, boolean typingThrough) {
        if (typingThrough && !Objects.equals(conflict.yours().id(), shownAs)) {
            typing = conflict.yours().id();
        }
        if (pending == null) {
            shownAs = conflict.yours().id();
        }
        pending = conflict;
        saveBar.showResolveConflict();
        saveBar.say("Overlaps " + conflict.theirNames() + "’s changes · your text is kept as revision "
                + conflict.yours().number());
        if (openView) {
            open(conflict);
        }
    }

    void clear() {
        pending = null;
        shownAs = null;
        typing = null;
        saveBar.hideResolveConflict();
    }

    /** "Resolve conflict": opens the conflict view; with unsaved typing since the conflict, merges that first. */
    void resolve() {
        if (saving.dirty() || pending == null) {
            saving.save(false);
        } else {
            open(pending);
        }
    }

    private void open(SaveConflict conflict) {
        new ConflictDialog(conflict, resolution -> saveResolution(conflict, resolution)).open();
    }

    private void saveResolution(SaveConflict conflict, BriefingDraft resolution) {
        Long briefingId = saving.briefingId();
        if (briefingId == null) {
            return;
        }
        try {
            var result = briefingService.save(
                    briefingId,
                    conflict.currentRevisionId(),
                    resolution,
                    "Resolved the overlap with " + conflict.theirNames() + "’s changes",
                    false);
            switch (result.outcome()) {
                case SAVED, UNCHANGED -> {
                    clear();
                    saving.show(result.briefing());
                    saveBar.say("Conflict resolved · saved at "
                            + ViewerTime.format(
                                    Saving.SAVED_AT, result.briefing().updatedAt()));
                    Notifications.success("Conflict resolved and saved.");
                }
                case MERGED -> saving.merged(result);
                // Someone saved again while the view was open: the resolution is kept and compared anew.
                case CONFLICT -> {
                    saving.keep(resolution, conflict.currentRevisionId());
                    conflicted(Objects.requireNonNull(result.conflict()), true, false);
                }
            }
        } catch (ActionRefusedException refused) {
            Notifications.error(refused.getMessage());
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
        }
    }
}
