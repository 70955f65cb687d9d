package org.briefdesk.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.security.CurrentUser;
import org.briefdesk.security.Role;
import org.briefdesk.security.Roles;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on briefings (PRODUCT section 4). The briefing's authors and the editors read and write
 * them; nobody comments on a published or retracted briefing (its text is frozen), and readers never
 * see them. Threads on a passage are re-found in the current text on every read, and shown as
 * detached when the passage is gone. Every change (a thread, a reply, resolve, reopen) is published
 * as {@link org.briefdesk.briefing.BriefingEvents.CommentsChanged} once it commits, so that the
 * comment panels open on the briefing show it at once.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CommentService {

    private static final Logger log = LoggerFactory.getLogger(CommentService.class);
    private static final String MAY_WRITE = "hasRole('" + Roles.AUTHOR + "')";

    private final CommentThreadRepository threads;
    private final CommentMessageRepository messages;
    private final CommentWriter writer;
    private final BriefingService briefingService;
    private final UserDirectory userDirectory;
    private final CurrentUser currentUser;
    private final Clock clock;

    CommentService(
            CommentThreadRepository threads,
            CommentMessageRepository messages,
            CommentWriter writer,
            BriefingService briefingService,
            UserDirectory userDirectory,
            CurrentUser currentUser,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.writer = writer;
        this.briefingService = briefingService;
        this.userDirectory = userDirectory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The briefing's threads, oldest first, each placed in the briefing's current text. */
    public List<CommentThreadDetails> threads(long briefingId) {
        BriefingDetails briefing = requireReadable(briefingId);
        List<CommentThread> found = threads.findByBriefingIdOrderByStartedAtAscIdAsc(briefingId);
        Map<Long, List<CommentMessage>> byThread = new HashMap<>();
        if (!found.isEmpty()) {
            messages.findByThreadIdInOrderByCreatedAtAscIdAsc(
                            found.stream().map(CommentThread::id).toList())
                    .forEach(message -> byThread.computeIfAbsent(message.threadId(), id -> new ArrayList<>())
                            .add(message));
        }
        Map<String, String> names = new HashMap<>();
        return found.stream()
                .map(thread -> toDetails(thread, briefing, byThread.getOrDefault(thread.id(), List.of()), names))
                .toList();
    }

    /** One thread, if it exists and the caller may read the briefing's comments. */
    public Optional<CommentThreadDetails> thread(long threadId) {
        return threads.findById(threadId)
                .flatMap(thread -> readable(thread.briefingId()).map(briefing -> details(thread, briefing)));
    }

    /** How many of the briefing's threads are open (not resolved); 0 for a caller who may not read them. */
    public long openCount(long briefingId) {
        return readable(briefingId)
                .map(briefing -> threads.countByBriefingIdAndResolvedAtIsNull(briefingId))
                .orElse(0L);
    }

    /** Whether the caller may comment on the briefing now. */
    public boolean mayComment(long briefingId) {
        return readable(briefingId).filter(this::commentable).isPresent();
    }

    /** The people a comment on the briefing may mention: its authors and the editors, by user name. */
    public List<UserDirectory.Person> mentionable(long briefingId) {
        BriefingDetails briefing = requireReadable(briefingId);
        Map<String, UserDirectory.Person> people = new LinkedHashMap<>();
        userDirectory.find(briefing.owner()).ifPresent(person -> people.put(person.username(), person));
        briefing.coAuthors()
                .forEach(coAuthor ->
                        userDirectory.find(coAuthor).ifPresent(person -> people.put(person.username(), person)));
        userDirectory.editors().forEach(person -> people.putIfAbsent(person.username(), person));
        return people.values().stream()
                .sorted(java.util.Comparator.comparing(UserDirectory.Person::username))
                .toList();
    }

    /**
     * Starts a thread on the passage {@code anchor} (see {@link PassageAnchor#capture}), or on the whole
     * briefing when it is null. Users {@code @mentioned} in the text are notified.
     *
     * @throws ActionRefusedException when the caller may not comment now, or the text or passage is
     *     not acceptable
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public CommentThreadDetails startThread(long briefingId, @Nullable PassageAnchor anchor, String text) {
        String me = currentUser.requireUsername();
        BriefingDetails briefing = requireCommentable(briefingId);
        CommentThread thread = writer.startThread(briefing, anchor, text, me, clock.instant());
        log.info("Briefing {}: {} started comment thread {}", briefing.slug(), me, thread.id());
        return details(thread, briefing);
    }

    /**
     * Replies to a thread (a resolved one too). The thread's other participants are notified, and
     * users {@code @mentioned} in the reply.
     */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public CommentThreadDetails reply(long threadId, String text) {
        String me = currentUser.requireUsername();
        CommentThread thread = requireThread(threadId);
        BriefingDetails briefing = requireCommentable(thread.briefingId());
        Instant now = clock.instant();
        Set<String> mentioned = writer.add(thread, briefing, text, me, now);
        writer.notifyReply(thread, briefing, text, me, mentioned);
        return details(thread, briefing);
    }

    /** Marks the thread resolved; it stays, with who resolved it and when, and can be reopened. */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public CommentThreadDetails resolve(long threadId) {
        String me = currentUser.requireUsername();
        CommentThread thread = requireThread(threadId);
        BriefingDetails briefing = requireCommentable(thread.briefingId());
        if (!thread.resolved()) {
            thread.resolve(me, clock.instant());
            threads.flush();
            writer.changed(thread, me);
        }
        return details(thread, briefing);
    }

    /** Opens a resolved thread again. */
    @PreAuthorize(MAY_WRITE)
    @Transactional
    public CommentThreadDetails reopen(long threadId) {
        String me = currentUser.requireUsername();
        CommentThread thread = requireThread(threadId);
        BriefingDetails briefing = requireCommentable(thread.briefingId());
        if (thread.resolved()) {
            thread.reopen();
            threads.flush();
            writer.changed(thread, me);
        }
        return details(thread, briefing);
    }

    // ------------------------------------------------------------------ rights

    /** The briefing, if the caller may read its comments: its authors and the editors. */
    private Optional<BriefingDetails> readable(long briefingId) {
        String me = currentUser.requireUsername();
        return briefingService
                .get(briefingId)
                .filter(briefing -> isAuthor(briefing, me) || currentUser.hasRole(Role.EDITOR));
    }

    private BriefingDetails requireReadable(long briefingId) {
        return readable(briefingId)
                .orElseThrow(() -> new ActionRefusedException("No such briefing, or you may not see its comments."));
    }

    private boolean commentable(BriefingDetails briefing) {
        return currentUser.hasRole(Role.AUTHOR)
                && briefing.status() != BriefingStatus.PUBLISHED
                && briefing.status() != BriefingStatus.RETRACTED;
    }

    private BriefingDetails requireCommentable(long briefingId) {
        BriefingDetails briefing = requireReadable(briefingId);
        if (!currentUser.hasRole(Role.AUTHOR)) {
            throw new ActionRefusedException("Only authors and editors comment on briefings.");
        }
        if (!commentable(briefing)) {
            throw new ActionRefusedException("Comments are closed: this edition is "
                    + briefing.status().label().toLowerCase(java.util.Locale.ROOT)
                    + ". Revise the briefing to discuss a new edition.");
        }
        return briefing;
    }

    private CommentThread requireThread(long threadId) {
        return threads.findById(threadId)
                .orElseThrow(() -> new ActionRefusedException("That comment thread no longer exists."));
    }

    private static boolean isAuthor(BriefingDetails briefing, String username) {
        return briefing.owner().equals(username) || briefing.coAuthors().contains(username);
    }

    // ------------------------------------------------------------------ details

    private CommentThreadDetails details(CommentThread thread, BriefingDetails briefing) {
        return toDetails(
                thread, briefing, messages.findByThreadIdOrderByCreatedAtAscIdAsc(thread.id()), new HashMap<>());
    }

    private CommentThreadDetails toDetails(
            CommentThread thread, BriefingDetails briefing, List<CommentMessage> comments, Map<String, String> names) {
        PassageAnchor anchor = thread.anchor();
        TextRange range = anchor == null
                ? null
                : AnchorLocator.locate(briefing.body(), anchor).orElse(null);
        ThreadPlacement placement = anchor == null
                ? ThreadPlacement.GENERAL
                : range == null ? ThreadPlacement.DETACHED : ThreadPlacement.ANCHORED;
        return new CommentThreadDetails(
                thread.id(),
                thread.briefingId(),
                anchor,
                placement,
                range,
                thread.startedBy(),
                thread.startedAt(),
                thread.resolvedBy(),
                thread.resolvedAt(),
                comments.stream()
                        .map(message -> new CommentDetails(
                                message.id(),
                                message.author(),
                                names.computeIfAbsent(message.author(), writer::name),
                                message.text(),
                                message.createdAt(),
                                message.mentions().stream().sorted().toList()))
                        .toList());
    }
}
