package org.briefdesk.comment.ui;

import org.briefdesk.briefing.ui.EditorPanelContribution;
import org.briefdesk.comment.CommentService;

/** Puts the comments panel and the "Comment" action into the briefing editor. */
@org.springframework.stereotype.Component
class CommentsContribution implements EditorPanelContribution {

    private final CommentService comments;

    CommentsContribution(CommentService comments) {
        this.comments = comments;
    }

    @Override
    public Panel create(Editor editor) {
        return new CommentsPanel(comments, editor);
    }
}
