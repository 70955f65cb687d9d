package org.briefdesk.comment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.ui.ErrorMessages;
import org.briefdesk.base.ui.Notifications;
import org.briefdesk.briefing.BriefingDetails;
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

/**
 * The comments of the briefing in the editor: a toggle ("Comments (2)", the open threads), the
 * "Comment" action that starts a thread on the selected passage, and the panel with the threads,
 * their replies, resolve and reopen. Passages are found again in the editor's current text; a thread
 * whose passage is gone says so and selects nothing.
 */
class CommentsPanel implements EditorPanelContribution.Panel {

    static final String COMMENT_PARAMETER = "comment";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final CommentService comments;
    private final EditorPanelContribution.Editor editor;
    private final Button toggle = new Button();
    private final Button comment = new Button("Comment", VaadinIcon.COMMENT_O.create());
    private final Div panel = new Div();
    private final Div composer = new Div();
    private final Div threadList = new Div();
    private final Paragraph closed = new Paragraph();

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
        threadList.addClassName("bd-comment-threads");
        panel.add(header, closed, composer, threadList);
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
        }
        refresh();
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
        TextArea text = new TextArea("New comment");
        text.setWidthFull();
        text.setMaxLength(CommentRules.TEXT_MAX);
        text.setPlaceholder("Type @ and a name, or pick one under Mention");
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
        HorizontalLayout buttons = new HorizontalLayout(mentionPicker(text), post, cancel);
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

    /**
     * A list of the people who can be mentioned; picking one puts {@code @username} into the text at
     * the end, so the mention is plain text the author can still edit.
     */
    private ComboBox<UserDirectory.Person> mentionPicker(TextArea text) {
        ComboBox<UserDirectory.Person> picker = new ComboBox<>("Mention");
        picker.setItems(mentionable);
        picker.setItemLabelGenerator(person -> person.displayName() + " (@" + person.username() + ")");
        picker.setClearButtonVisible(true);
        picker.addClassName("bd-mention-picker");
        picker.addValueChangeListener(event -> {
            UserDirectory.Person person = event.getValue();
            if (person == null) {
                return;
            }
            String value = text.getValue();
            String spacer = value.isEmpty() || Character.isWhitespace(value.charAt(value.length() - 1)) ? "" : " ";
            text.setValue(value + spacer + "@" + person.username() + " ");
            picker.clear();
            text.focus();
        });
        return picker;
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
                                + briefing.status().label().toLowerCase(java.util.Locale.ROOT) + ".");
        closed.setVisible(!mayComment);
        if (!built) {
            return;
        }
        threadList.removeAll();
        if (threads.isEmpty()) {
            Paragraph empty =
                    new Paragraph("No comments yet. Select a passage and choose “Comment”, or add a general comment.");
            empty.addClassName("bd-empty-state");
            threadList.add(empty);
            return;
        }
        List<CommentThreadDetails> ordered = new ArrayList<>(threads);
        ordered.sort(Comparator.comparing(CommentThreadDetails::resolved));
        ordered.forEach(thread -> threadList.add(createThread(thread)));
    }

    private Component createThread(CommentThreadDetails thread) {
        Div box = new Div();
        box.addClassName("bd-comment-thread");
        box.getElement().setAttribute("data-thread", Long.toString(thread.id()));
        if (thread.resolved()) {
            box.addClassName("bd-resolved");
        }
        if (selectedThread != null && selectedThread == thread.id()) {
            box.addClassName("bd-selected");
        }
        box.add(createPassage(thread));
        for (CommentDetails message : thread.comments()) {
            box.add(createMessage(message));
        }
        if (thread.resolved()) {
            Span resolved = new Span("Resolved by " + nameOf(thread, thread.resolvedBy()) + ", "
                    + WHEN.format(java.util.Objects.requireNonNull(thread.resolvedAt())));
            resolved.addClassName("bd-comment-resolved");
            box.add(resolved);
        }
        if (mayComment) {
            box.add(createReply(thread));
        }
        return box;
    }

    private Component createPassage(CommentThreadDetails thread) {
        PassageAnchor anchor = thread.anchor();
        if (anchor == null) {
            Span general = new Span("On the whole briefing");
            general.addClassName("bd-comment-passage");
            return general;
        }
        Optional<TextRange> range = AnchorLocator.locate(editor.text(), anchor);
        if (range.isEmpty()) {
            Span detached = new Span("Detached: “" + shorten(anchor.quote(), 160) + "” is no longer in the text");
            detached.addClassNames("bd-comment-passage", "bd-detached");
            return detached;
        }
        Button passage = new Button("“" + shorten(anchor.quote(), 160) + "”", click -> focus(thread));
        passage.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        passage.addClassName("bd-comment-passage");
        passage.setTooltipText("Select the passage in the text");
        return passage;
    }

    private Component createMessage(CommentDetails message) {
        Span author = new Span(message.authorName());
        author.addClassName("bd-comment-author");
        Span when = new Span(WHEN.format(message.createdAt()));
        when.addClassName("bd-comment-when");
        Paragraph text = new Paragraph(message.text());
        text.addClassName("bd-comment-text");
        Div item = new Div(author, when, text);
        item.addClassName("bd-comment");
        return item;
    }

    private Component createReply(CommentThreadDetails thread) {
        TextArea reply = new TextArea("Reply");
        reply.setWidthFull();
        reply.setMaxLength(CommentRules.TEXT_MAX);
        reply.setPlaceholder("Reply, and @mention someone if they should see it");
        Button send = new Button(
                "Reply",
                click -> run(reply, () -> {
                    comments.reply(thread.id(), reply.getValue());
                    selectedThread = thread.id();
                    refresh();
                }));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button status = thread.resolved()
                ? new Button("Reopen", click -> act(() -> comments.reopen(thread.id())))
                : new Button("Resolve", VaadinIcon.CHECK.create(), click -> act(() -> comments.resolve(thread.id())));
        status.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(mentionPicker(reply), send, status);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        Div box = new Div(reply, buttons);
        box.addClassName("bd-comment-reply");
        return box;
    }

    /** Highlights the thread in the panel and selects its passage in the text, if it is still there. */
    private void focus(CommentThreadDetails thread) {
        selectedThread = thread.id();
        refresh();
        threadList
                .getChildren()
                .filter(child ->
                        Long.toString(thread.id()).equals(child.getElement().getAttribute("data-thread")))
                .findFirst()
                .ifPresent(box -> box.getElement().executeJs("this.scrollIntoView({block: 'nearest'})"));
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
