package org.briefdesk.comment;

import java.time.Instant;
import java.util.List;

/** One comment of a thread: who wrote it (user name and display name), when, and whom it mentions. */
public record CommentDetails(
        long id, String author, String authorName, String text, Instant createdAt, List<String> mentions) {

    public CommentDetails {
        mentions = List.copyOf(mentions);
    }
}
