package org.briefdesk.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stores threads and comments with their mentions and tells the people concerned, and the open
 * editors once the transaction commits. Runs inside the caller's transaction, after the caller has
 * checked who may write: the comment service, and the workflow (through {@link
 * ChangeRequestThreads}) for the comment of a request for changes.
 */
@Component
class CommentWriter {

    private static final int EXCERPT = 200;

    private final CommentThreadRepository threads;
    private final CommentMessageRepository messages;
    private final UserDirectory userDirectory;
    private final NotificationService notifications;
    private final BriefingEvents events;

    CommentWriter(
            CommentThreadRepository threads,
            CommentMessageRepository messages,
            UserDirectory userDirectory,
            NotificationService notifications,
            BriefingEvents events) {
        this.threads = threads;
        this.messages = messages;
        this.userDirectory = userDirectory;
        this.notifications = notifications;
        this.events = events;
    }

    CommentThread startThread(
            BriefingDetails briefing, @Nullable PassageAnchor anchor, String text, String author, Instant now) {
        String comment = checkedText(text);
        if (anchor != null) {
            CommentRules.passageProblem(anchor).ifPresent(problem -> {
                throw new ActionRefusedException(problem);
            });
        }
        CommentThread thread = threads.saveAndFlush(new CommentThread(briefing.id(), anchor, author, now));
        add(thread, briefing, comment, author, now);
        return thread;
    }

    /** Adds a comment to the thread and notifies those it mentions; returns who was mentioned. */
    Set<String> add(CommentThread thread, BriefingDetails briefing, String text, String author, Instant now) {
        String comment = checkedText(text);
        Set<String> mentioned = mentions(briefing, comment);
        messages.save(new CommentMessage(thread.id(), author, comment, mentioned, now));
        changed(thread, author);
        if (!mentioned.isEmpty()) {
            notifications.post(
                    mentioned,
                    NotificationKind.MENTION,
                    name(author) + " mentioned you on “" + briefing.title() + "”: " + excerpt(comment),
                    link(thread),
                    briefing.title());
        }
        return mentioned;
    }

    /**
     * Tells the editors that have the briefing open that the thread changed, once the transaction
     * commits (nothing is told of a change that rolled back).
     */
    void changed(CommentThread thread, String actor) {
        events.publish(new BriefingEvents.CommentsChanged(thread.briefingId(), thread.id(), actor));
    }

    /** Tells the thread's other participants of a reply (those it mentions already heard of it). */
    void notifyReply(
            CommentThread thread, BriefingDetails briefing, String text, String author, Collection<String> mentioned) {
        Set<String> participants = new LinkedHashSet<>();
        participants.add(thread.startedBy());
        messages.findByThreadIdOrderByCreatedAtAscIdAsc(thread.id())
                .forEach(message -> participants.add(message.author()));
        participants.remove(author);
        participants.removeAll(mentioned);
        if (!participants.isEmpty()) {
            notifications.post(
                    List.copyOf(participants),
                    NotificationKind.REPLY,
                    name(author) + " replied on “" + briefing.title() + "”: " + excerpt(text.strip()),
                    link(thread),
                    briefing.title());
        }
    }

    /**
     * The users a text mentions who exist and may read the briefing's comments (its authors and the
     * editors); other {@code @words} stay plain text.
     */
    Set<String> mentions(BriefingDetails briefing, String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String username : Mentions.in(text)) {
            boolean author =
                    briefing.owner().equals(username) || briefing.coAuthors().contains(username);
            if ((author && userDirectory.find(username).isPresent()) || userDirectory.isEditor(username)) {
                found.add(username);
            }
        }
        return found;
    }

    static String link(CommentThread thread) {
        return "briefings/" + thread.briefingId() + "/edit?comment=" + thread.id();
    }

    String name(String username) {
        return userDirectory
                .find(username)
                .map(UserDirectory.Person::displayName)
                .orElse(username);
    }

    private static String checkedText(String text) {
        CommentRules.textProblem(text).ifPresent(problem -> {
            throw new ActionRefusedException(problem);
        });
        return text.strip();
    }

    private static String excerpt(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "…";
    }
}
