package org.briefdesk.comment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One comment in a thread, with the users it mentions. Never changed once written. */
@Entity
@Table(name = "comment_message")
class CommentMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "thread_id", nullable = false, updatable = false)
    private long threadId;

    @Column(name = "author", nullable = false, updatable = false, length = 64)
    private String author;

    @Column(name = "text", nullable = false, updatable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "message_id"))
    @Column(name = "username", nullable = false, length = 64)
    private Set<String> mentions = new LinkedHashSet<>();

    @SuppressWarnings("NullAway.Init")
    protected CommentMessage() {}

    CommentMessage(long threadId, String author, String text, Collection<String> mentions, Instant createdAt) {
        this.threadId = threadId;
        this.author = author;
        this.text = text;
        this.mentions.addAll(mentions);
        this.createdAt = createdAt;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long threadId() {
        return threadId;
    }

    String author() {
        return author;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<String> mentions() {
        return Set.copyOf(mentions);
    }
}
