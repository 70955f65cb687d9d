package org.briefdesk.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.base.ui.ViewerTime;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingEvents;
import org.briefdesk.briefing.ui.EditorPanelContribution;
import org.briefdesk.comment.AnchorLocator;
import org.briefdesk.comment.CommentDetails;
import org.briefdesk.comment.CommentRules;
import org.briefdesk.comment.CommentService;
import org.briefdesk.comment.CommentThreadDetails;
import org.briefdesk.comment.PassageAnchor;
import org.briefdesk.comment.TextRange;
import org.briefdesk.user.UserDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The comments of the briefing in the editor: a toggle ("Comments (2)", the open threads), the
 * "Comment" action that starts a thread on the selected passage, and the panel with the threads,
 * their replies, resolve and reopen. Passages are found again in the editor's current text; a thread
 * whose passage is gone says so and selects nothing.
 *
 * <p>What others do shows at once: the editor hands on {@link BriefingEvents.CommentsChanged}, and
 * the panel updates each thread where it stands, so that a reply being written (its text, the cursor
 * in it) and the reader's place in the list stay as they are.
 */
class CommentsPanel implements EditorPanelContribution.Panel {

    static final String COMMENT_PARAMETER = "comment";

    private static final Logger log = LoggerFactory.getLogger(CommentsPanel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT);

    private final CommentService comments;
    private final EditorPanelContribution.Editor editor;
    private final Button toggle = new Button();
    private final Button comment = new Button("Comment", VaadinIcon.COMMENT_O.create());
    private final Div panel = new Div();
    private final Div composer = new Div();
    private final Paragraph empty =
            new Paragraph("No comments yet. Select a passage and choose “Comment”, or add a general comment.");
    private final Div threadList = new Div();
    private final Paragraph closed = new Paragraph();
    /** The threads shown, by id; each keeps its components from one update to the next. */
    private final Map<Long, ThreadCard> cards = new HashMap<>();

    private final MentionCompletion mentions;

    private @Nullable BriefingDetails briefing;
    private List<CommentThreadDetails> threads = List.of();
    private List<UserDirectory.Person> mentionable = List.of();
    private @Nullable Long selectedThread;
    private boolean mayComment;
    /** Whether the panel's content is made: only once it is first opened, most editors never do. */
    private boolean built;

    CommentsPanel(CommentService comments, EditorPanelContribution.Editor editor) {
        this.comments = comments;
        this.editor = editor;
        this.mentions = new MentionCompletion(() -> mentionable);
        toggle.setIcon(VaadinIcon.COMMENTS_O.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(click -> setOpen(!panel.isVisible()));
        comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        comment.setTooltipText("Comment on the selected passage");
        comment.addClickListener(click -> commentOnSelection());
        panel.addClassName("bd-comments");
        panel.getElement().setAttribute("role", "complementary");
        panel.getElement().setAttribute("aria-label", "Comments");
        panel.setVisible(false);
    }

    /** The header, the composer and the threads, with their reply forms. */
    private void build() {
        built = true;
        Button general = new Button("General comment", VaadinIcon.PLUS.create(), click -> openComposer(null));
        general.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> setOpen(false));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close comments");
        HorizontalLayout header = new HorizontalLayout(new H3("Comments"), general, close);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(header.getComponentAt(0));
        closed.addClassName("bd-comments-closed");
        composer.addClassName("bd-comment-composer");
        composer.setVisible(false);
        empty.addClassName("bd-empty-state");
        empty.setVisible(false);
        threadList.addClassName("bd-comment-threads");
        panel.add(header, closed, composer, empty, threadList);
        refresh();
    }

    @Override
    public List<Component> toolbar() {
        return List.of(comment, toggle);
    }

    @Override
    public Component panel() {
        return panel;
    }

    @Override
    public void briefingShown(BriefingDetails details) {
        boolean other = briefing == null || briefing.id() != details.id();
        briefing = details;
        if (other) {
            mentionable = comments.mentionable(details.id());
            cards.clear();
            threadList.removeAll();
            composer.removeAll();
            composer.setVisible(false);
            selectedThread = null;
        }
        refresh();
    }

    @Override
    public void briefingEvent(BriefingEvents.Event event) {
        if (!(event instanceof BriefingEvents.CommentsChanged)
                || briefing == null
                || event.briefingId() != briefing.id()) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException failure) {
            // Someone else's comment could not be read now (the database is away, say): the panel
            // shows it with the next update or action of this user, who is not interrupted.
            log.warn("Comments of briefing {} not updated", event.briefingId(), failure);
        }
    }

    @Override
    public void opened(QueryParameters parameters) {
        parameters.getSingleParameter(COMMENT_PARAMETER).ifPresent(value -> {
            long threadId;
            try {
                threadId = Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                return;
            }
            refresh();
            Optional<CommentThreadDetails> thread =
                    threads.stream().filter(t -> t.id() == threadId).findFirst();
            setOpen(true);
            if (thread.isEmpty()) {
                Notifications.error("That comment is not on this briefing, or no longer exists.");
                return;
            }
            focus(thread.get());
        });
    }

    // ------------------------------------------------------------------ actions

    private void setOpen(boolean open) {
        if (open && !built) {
            build();
        }
        panel.setVisible(open);
        toggle.getElement().setAttribute("aria-pressed", Boolean.toString(open));
    }

    private void commentOnSelection() {
        if (briefing == null) {
            return;
        }
        if (!mayComment) {
            Notifications.error(closed.getText());
            return;
        }
        String text = editor.text();
        int start = editor.selectionStart();
        int end = editor.selectionEnd();
        PassageAnchor anchor = start < end ? PassageAnchor.capture(text, start, end) : null;
        if (anchor != null && anchor.quote().isEmpty()) {
            anchor = null;
        }
        openComposer(anchor);
    }

    /** Opens the form for a new thread on the passage, or on the whole briefing when it is null. */
    private void openComposer(@Nullable PassageAnchor anchor) {
        if (!mayComment) {
            Notifications.error(closed.getText());
            return;
        }
        setOpen(true);
        composer.removeAll();
        Span on = anchor == null
                ? new Span("On the whole briefing")
                : new Span("On “" + shorten(anchor.quote(), 160) + "”");
        on.addClassName("bd-comment-passage");
        Optional<String> problem = anchor == null ? Optional.empty() : CommentRules.passageProblem(anchor);
        TextArea text = commentField("New comment", "Type @ and a name to mention someone");
        Button post = new Button("Post comment", click -> {
            if (briefing == null) {
                return;
            }
            long briefingId = briefing.id();
            run(text, () -> {
                CommentThreadDetails started = comments.startThread(briefingId, anchor, text.getValue());
                composer.setVisible(false);
                composer.removeAll();
                selectedThread = started.id();
                refresh();
            });
        });
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button("Cancel", click -> {
            composer.setVisible(false);
            composer.removeAll();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout buttons = new HorizontalLayout(post, cancel);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        composer.add(on, text, buttons);
        problem.ifPresent(message -> {
            text.setInvalid(true);
            text.setErrorMessage(message);
            post.setEnabled(false);
        });
        composer.setVisible(true);
        text.focus();
    }

    /** A text field for a comment, with completion of {@code @mentions}. */
    private TextArea commentField(String label, String placeholder) {
        TextArea text = new TextArea(label);
        text.setWidthFull();
        text.setMaxLength(CommentRules.TEXT_MAX);
        text.setPlaceholder(placeholder);
        // The server keeps up with the typing, so that nothing typed depends on the field's next blur.
        text.setValueChangeMode(ValueChangeMode.LAZY);
        mentions.attachTo(text);
        return text;
    }

    /** Runs an action of the panel; a refusal shows on the field it concerns. */
    private void run(TextArea field, Runnable action) {
        Optional<String> problem = CommentRules.textProblem(field.getValue());
        if (problem.isPresent()) {
            field.setInvalid(true);
            field.setErrorMessage(problem.get());
            return;
        }
        try {
            action.run();
        } catch (ActionRefusedException refused) {
            field.setInvalid(true);
            field.setErrorMessage(refused.getMessage());
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (ActionRefusedException refused) {
            Notifications.error(refused.getMessage());
        } catch (RuntimeException failure) {
            Notifications.error(ErrorMessages.forUser(failure));
        }
    }

    // ------------------------------------------------------------------ rendering

    private void refresh() {
        if (briefing == null) {
            return;
        }
        long briefingId = briefing.id();
        try {
            threads = comments.threads(briefingId);
            mayComment = comments.mayComment(briefingId);
        } catch (ActionRefusedException refused) {
            threads = List.of();
            mayComment = false;
        }
        long open = threads.stream().filter(t -> !t.resolved()).count();
        toggle.setText("Comments (" + open + ")");
        toggle.setAriaLabel("Comments, " + open + " open");
        comment.setEnabled(mayComment);
        closed.setText(
                mayComment
                        ? ""
                        : "Comments are closed: this edition is "
                                + briefing.status().label().toLowerCase(Locale.ROOT) + ".");
        closed.setVisible(!mayComment);
        if (!built) {
            return;
        }
        empty.setVisible(threads.isEmpty());
        List<CommentThreadDetails> ordered = new ArrayList<>(threads);
        ordered.sort(Comparator.comparing(CommentThreadDetails::resolved));
        List<ThreadCard> wanted = new ArrayList<>();
        for (CommentThreadDetails thread : ordered) {
            ThreadCard card = cards.computeIfAbsent(thread.id(), ThreadCard::new);
            card.show(thread);
            wanted.add(card);
        }
        arrange(wanted);
    }

    /**
     * Puts the threads in order, open ones first, moving only those out of place. A thread someone
     * is writing in is never moved, as moving it in the page would take the cursor out of the reply:
     * then only new threads are added, after those they follow, and the order is set right at the
     * next update.
     */
    private void arrange(List<ThreadCard> wanted) {
        List<Component> boxes =
                wanted.stream().map(card -> (Component) card.box).toList();
        boolean mayMove = cards.values().stream().noneMatch(ThreadCard::busy);
        for (int i = 0; i < boxes.size(); i++) {
            Component box = boxes.get(i);
            List<Component> shown = threadList.getChildren().toList();
            if (i < shown.size() && shown.get(i) == box) {
                continue;
            }
            if (!shown.contains(box)) {
                threadList.addComponentAtIndex(mayMove ? i : after(boxes, i, shown), box);
            } else if (mayMove) {
                threadList.remove(box);
                threadList.addComponentAtIndex(i, box);
            }
        }
    }

    /** Where a new thread goes among those shown: after the nearest one that comes before it. */
    private static int after(List<Component> boxes, int i, List<Component> shown) {
        for (int before = i - 1; before >= 0; before--) {
            int index = shown.indexOf(boxes.get(before));
            if (index >= 0) {
                return index + 1;
            }
        }
        return 0;
    }

    /** One thread in the panel, updated where it stands. */
    private final class ThreadCard {

        private final long id;
        private final Div box = new Div();
        private final Div messages = new Div();
        private final Set<Long> shownMessages = new HashSet<>();
        private final Span resolvedNote = new Span();
        private Component passage = new Span();
        private String passageState = "";
        private @Nullable CommentThreadDetails thread;

        // Made when the thread can first be replied to.
        private @Nullable Div replyBox;
        private @Nullable TextArea reply;
        private @Nullable Button status;
        private boolean replyFocused;

        ThreadCard(long id) {
            this.id = id;
            box.addClassName("bd-comment-thread");
            box.getElement().setAttribute("data-thread", Long.toString(id));
            resolvedNote.addClassName("bd-comment-resolved");
            box.add(passage, messages, resolvedNote);
        }

        void show(CommentThreadDetails details) {
            thread = details;
            box.setClassName("bd-resolved", details.resolved());
            box.setClassName("bd-selected", Objects.equals(selectedThread, details.id()));
            showPassage(details);
            for (CommentDetails message : details.comments()) {
                if (shownMessages.add(message.id())) {
                    messages.add(createMessage(message));
                }
            }
            resolvedNote.setVisible(details.resolved());
            resolvedNote.setText(
                    details.resolved()
                            ? "Resolved by " + nameOf(details, details.resolvedBy()) + ", "
                                    + ViewerTime.format(WHEN, Objects.requireNonNull(details.resolvedAt()))
                            : "");
            if (mayComment && replyBox == null) {
                createReply();
            }
            if (replyBox != null) {
                replyBox.setVisible(mayComment);
                Button button = Objects.requireNonNull(status);
                String action = details.resolved() ? "Reopen" : "Resolve";
                if (!action.equals(button.getText())) {
                    button.setText(action);
                    button.setIcon(details.resolved() ? null : VaadinIcon.CHECK.create());
                }
            }
        }

        /** Whether someone is writing a reply here: it has text or the cursor, or a mention list open. */
        boolean busy() {
            return reply != null && (replyFocused || !reply.getValue().isEmpty() || mentions.isOpenFor(reply));
        }

        private void showPassage(CommentThreadDetails details) {
            PassageAnchor anchor = details.anchor();
            Optional<TextRange> range = anchor == null ? Optional.empty() : AnchorLocator.locate(editor.text(), anchor);
            String state = anchor == null ? "general" : range.isPresent() ? "anchored" : "detached";
            if (state.equals(passageState)) {
                return;
            }
            Component shown;
            if (anchor == null) {
                Span general = new Span("On the whole briefing");
                general.addClassName("bd-comment-passage");
                shown = general;
            } else if (range.isEmpty()) {
                Span detached = new Span("Detached: “" + shorten(anchor.quote(), 160) + "” is no longer in the text");
                detached.addClassNames("bd-comment-passage", "bd-detached");
                shown = detached;
            } else {
                Button button = new Button("“" + shorten(anchor.quote(), 160) + "”", click -> {
                    if (thread != null) {
                        focus(thread);
                    }
                });
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                button.addClassName("bd-comment-passage");
                button.setTooltipText("Select the passage in the text");
                shown = button;
            }
            box.replace(passage, shown);
            passage = shown;
            passageState = state;
        }

        private void createReply() {
            TextArea field = commentField("Reply", "Reply, and @mention someone if they should see it");
            field.addFocusListener(focus -> replyFocused = true);
            field.addBlurListener(blur -> replyFocused = false);
            Button send = new Button(
                    "Reply",
                    click -> run(field, () -> {
                        comments.reply(id, field.getValue());
                        field.clear();
                        field.setInvalid(false);
                        selectedThread = id;
                        refresh();
                    }));
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button resolveOrReopen = new Button(
                    "",
                    click -> act(() -> {
                        if (thread != null && thread.resolved()) {
                            comments.reopen(id);
                        } else {
                            comments.resolve(id);
                        }
                    }));
            resolveOrReopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout buttons = new HorizontalLayout(send, resolveOrReopen);
            buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
            buttons.setWrap(true);
            Div created = new Div(field, buttons);
            created.addClassName("bd-comment-reply");
            box.add(created);
            reply = field;
            status = resolveOrReopen;
            replyBox = created;
        }
    }

    private static Component createMessage(CommentDetails message) {
        Span author = new Span(message.authorName());
        author.addClassName("bd-comment-author");
        Span when = new Span(ViewerTime.format(WHEN, message.createdAt()));
        when.addClassName("bd-comment-when");
        Paragraph text = new Paragraph(message.text());
        text.addClassName("bd-comment-text");
        Div item = new Div(author, when, text);
        item.addClassName("bd-comment");
        return item;
    }

    /** Highlights the thread in the panel and selects its passage in the text, if it is still there. */
    private void focus(CommentThreadDetails thread) {
        selectedThread = thread.id();
        refresh();
        ThreadCard card = cards.get(thread.id());
        if (card != null) {
            card.box.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        }
        PassageAnchor anchor = thread.anchor();
        if (anchor == null) {
            return;
        }
        AnchorLocator.locate(editor.text(), anchor)
                .ifPresentOrElse(
                        range -> editor.select(range.start(), range.end()),
                        () -> Notifications.error("The passage of this comment is no longer in the text."));
    }

    private static String nameOf(CommentThreadDetails thread, @Nullable String username) {
        if (username == null) {
            return "";
        }
        return thread.comments().stream()
                .filter(message -> message.author().equals(username))
                .map(CommentDetails::authorName)
                .findFirst()
                .orElse(username);
    }

    private static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }
}
