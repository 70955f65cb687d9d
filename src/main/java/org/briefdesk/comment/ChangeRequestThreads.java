package org.briefdesk.comment;

import java.time.Instant;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.ChangeRequestListener;
import org.springframework.stereotype.Component;

/**
 * The comment of a request for changes becomes a general thread, so that the authors can reply to
 * it and resolve it like any other comment. The workflow has already checked the editor's right.
 */
@Component
class ChangeRequestThreads implements ChangeRequestListener {

    private final BriefingService briefingService;
    private final CommentWriter writer;

    ChangeRequestThreads(BriefingService briefingService, CommentWriter writer) {
        this.briefingService = briefingService;
        this.writer = writer;
    }

    @Override
    public void changesRequested(long briefingId, String editor, String comment, Instant requestedAt) {
        var briefing =
                briefingService.get(briefingId).orElseThrow(() -> new ActionRefusedException("No such briefing."));
        writer.startThread(briefing, null, comment, editor, requestedAt);
    }
}
