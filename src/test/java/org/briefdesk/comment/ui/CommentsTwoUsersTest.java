package org.briefdesk.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.shared.JsonConstants;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.InProcessBriefingEvents;
import org.briefdesk.comment.CommentService;
import org.briefdesk.comment.CommentThreadDetails;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.notification.NotificationSummary;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two people, each in their own session: bob comments on a sentence mentioning {@code @alice}, her bell
 * shows it, she opens it, replies and resolves the thread, and bob is told of the reply. What one of
 * them does shows in the other's open panel at once, and a reply being written there stays.
 */
@IntegrationTest
class CommentsTwoUsersTest {

    private static final String SENTENCE = "Talks resume on Thursday in Geneva.";
    private static final String BODY = "Ports reopened on Monday. " + SENTENCE + " Ferries run again.";

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    ActingUser actingUser;

    @Autowired
    InProcessBriefingEvents events;

    private SecuredBrowserlessApplicationContext<Authentication> app;

    @BeforeEach
    void start() {
        actingUser.as("admin", () -> {
            for (String name : List.of("alice", "bob")) {
                if (userService.list().stream().noneMatch(u -> u.username().equals(name))) {
                    String display = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                    userService.create(new UserDraft(name, display, TestUsers.PASSWORD, Set.of(Role.AUTHOR)));
                }
            }
            return null;
        });
        app = SpringBrowserlessApplicationContext.createSecured(applicationContext, "org.briefdesk");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private BrowserlessUIContext windowOf(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        return app.newUser(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
                .newWindow();
    }

    /** What the browser reports when the user selects a passage of the text. */
    private static void selectInBody(TextArea body, int start, int end) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("element.inputElement.selectionStart", start);
        data.put("element.inputElement.selectionEnd", end);
        // The editor listens with a debounce: the browser sends the event when the selection settles.
        data.put(JsonConstants.EVENT_DATA_PHASE, JsonConstants.EVENT_PHASE_TRAILING);
        body.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(body.getElement(), "select", data));
    }

    /** What the browser reports as the user types in a comment field, the cursor at the end. */
    private static void typeIn(BrowserlessUIContext window, TextArea field, String text) {
        window.test(field).setValue(text);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(MentionCompletion.VALUE, text);
        data.put(MentionCompletion.CARET, text.length());
        data.put(JsonConstants.EVENT_DATA_PHASE, JsonConstants.EVENT_PHASE_TRAILING);
        fire(field, "input", data);
    }

    /** A key pressed in a comment field while the list of people is open. */
    private static void press(TextArea field, String key) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(MentionCompletion.KEY, key);
        data.put(MentionCompletion.VALUE, field.getValue());
        data.put(MentionCompletion.CARET, field.getValue().length());
        data.put(MentionCompletion.KEY_FILTER, true);
        fire(field, "keydown", data);
    }

    private static void fire(TextArea field, String type, ObjectNode data) {
        field.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), type, data));
    }

    @SuppressWarnings("unchecked")
    private static ListBox<Object> mentionList(BrowserlessUIContext window) {
        assertThat(mentionsOpen(window))
                .as("the list of people to mention is open")
                .isTrue();
        return window.find(ListBox.class)
                .withCondition(list -> list.getAriaLabel().orElse("").equals("People to mention"))
                .single();
    }

    private static boolean mentionsOpen(BrowserlessUIContext window) {
        return window.find(Popover.class).all().stream().anyMatch(Popover::isOpened);
    }

    /** Another test of the run may have created the user first, under a full name. */
    private String displayName(String username) {
        return actingUser.as(
                "admin",
                () -> userService.list().stream()
                        .filter(u -> u.username().equals(username))
                        .findFirst()
                        .orElseThrow()
                        .displayName());
    }

    private static Button button(BrowserlessUIContext window, String text) {
        return window.find(Button.class).withText(text).single();
    }

    /** Makes the window the one the test acts in, with what was pushed to it meanwhile applied. */
    private static BrowserlessUIContext in(BrowserlessUIContext window) {
        window.activate();
        window.roundTrip();
        return window;
    }

    private BriefingDetails briefingOfAliceWithBob(String title) {
        return actingUser.as("alice", () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled(title + " " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(created.title(), null, BODY, Audience.INTERNAL, Set.of(), Set.of("bob")),
                            null,
                            false)
                    .briefing();
        });
    }

    private static Div threadBox(BrowserlessUIContext window, long threadId) {
        return window.find(Div.class)
                .withClassName("bd-comment-thread")
                .withAttribute("data-thread", Long.toString(threadId))
                .single();
    }

    private static boolean shows(BrowserlessUIContext window, Component within, String text) {
        return window.find(Paragraph.class, within).withText(text).exists();
    }

    @Test
    void bobs_open_panel_shows_alices_thread_reply_and_resolution_at_once_and_keeps_the_reply_he_is_writing() {
        BriefingDetails briefing = briefingOfAliceWithBob("Live comments");
        CommentThreadDetails earlier = actingUser.as(
                "bob", () -> comments.startThread(briefing.id(), null, "Do we have a map of the strait?"));
        int listenersBefore = events.listenerCount();

        // bob has the panel open and is writing a reply to his thread, mentioning alice.
        BrowserlessUIContext bob = windowOf("bob");
        bob.navigate("briefings/" + briefing.id() + "/edit", Component.class);
        bob.test(button(bob, "Comments (1)")).click();
        TextArea draft = bob.find(TextArea.class, threadBox(bob, earlier.id()))
                .withLabel("Reply")
                .single();
        typeIn(bob, draft, "@al");
        press(draft, "Enter");
        assertThat(draft.getValue()).isEqualTo("@alice ");
        String halfWritten = "@alice I found one from 2019, but the ferry lines";
        typeIn(bob, draft, halfWritten);

        // alice, in her own browser, comments on the sentence.
        BrowserlessUIContext alice = windowOf("alice");
        alice.navigate("briefings/" + briefing.id() + "/edit", Component.class);
        int start = BODY.indexOf(SENTENCE);
        selectInBody(alice.find(TextArea.class).withLabel("Body").single(), start, start + SENTENCE.length());
        alice.test(button(alice, "Comment")).click();
        alice.test(alice.find(TextArea.class).withLabel("New comment").single()).setValue("Is Geneva confirmed?");
        alice.test(button(alice, "Post comment")).click();

        in(bob);
        assertThat(button(bob, "Comments (2)").isVisible()).isTrue();
        assertThat(bob.find(Button.class).withText("“" + SENTENCE + "”").exists())
                .isTrue();
        assertThat(bob.find(Paragraph.class).withText("Is Geneva confirmed?").exists())
                .isTrue();
        assertThat(bob.find(Div.class).withClassName("bd-comment-thread").all())
                .as("bob's thread first, where he left it, then alice's")
                .extracting(div -> div.getElement().getAttribute("data-thread"))
                .startsWith(Long.toString(earlier.id()));

        // alice answers bob's thread, then resolves it.
        in(alice);
        Div hers = threadBox(alice, earlier.id());
        alice.test(alice.find(TextArea.class, hers).withLabel("Reply").single())
                .setValue("There is one in the shared folder.");
        alice.test(alice.find(Button.class, hers).withText("Reply").single()).click();

        in(bob);
        Div his = threadBox(bob, earlier.id());
        assertThat(shows(bob, his, "There is one in the shared folder.")).isTrue();
        assertThat(bob.find(TextArea.class, his).withLabel("Reply").single())
                .as("the reply bob is writing is still the same field")
                .isSameAs(draft);
        assertThat(draft.getValue()).isEqualTo(halfWritten);

        in(alice);
        alice.test(alice.find(Button.class, threadBox(alice, earlier.id()))
                        .withText("Resolve")
                        .single())
                .click();

        in(bob);
        his = threadBox(bob, earlier.id());
        assertThat(button(bob, "Comments (1)").isVisible()).isTrue();
        assertThat(his.getClassNames()).contains("bd-resolved");
        assertThat(bob.find(Span.class, his)
                        .withCondition(span -> span.getText().startsWith("Resolved by " + displayName("alice") + ", "))
                        .exists())
                .isTrue();
        assertThat(bob.find(Button.class, his).withText("Reopen").exists()).isTrue();
        assertThat(draft.getValue()).isEqualTo(halfWritten);

        // bob finishes and posts his reply; it reaches alice's panel the same way.
        typeIn(bob, draft, halfWritten + " changed since.");
        bob.test(bob.find(Button.class, his).withText("Reply").single()).click();
        assertThat(draft.getValue()).isEmpty();
        assertThat(bob.find(Div.class).withClassName("bd-comment-thread").all())
                .as("with nothing being written, the resolved thread goes after the open one")
                .extracting(div -> div.getElement().getAttribute("data-thread"))
                .endsWith(Long.toString(earlier.id()))
                .hasSize(2);

        in(alice);
        assertThat(shows(alice, threadBox(alice, earlier.id()), halfWritten + " changed since."))
                .isTrue();

        bob.close();
        alice.close();
        assertThat(events.listenerCount())
                .as("listeners left after both editors closed")
                .isEqualTo(listenersBefore);
    }

    @Test
    void typing_at_and_letters_offers_only_people_who_may_be_mentioned_and_enter_takes_the_first() {
        BriefingDetails briefing = briefingOfAliceWithBob("Mentions");

        BrowserlessUIContext bob = windowOf("bob");
        bob.navigate("briefings/" + briefing.id() + "/edit", Component.class);
        bob.test(button(bob, "Comments (0)")).click();
        bob.test(button(bob, "General comment")).click();
        TextArea text = bob.find(TextArea.class).withLabel("New comment").single();

        // The editors may be mentioned, and the briefing's authors; another author or a reader not.
        typeIn(bob, text, "Please check, @t");
        assertThat(bob.test(mentionList(bob)).getSuggestions())
                .contains(displayName(TestUsers.EDITOR) + " (@" + TestUsers.EDITOR + ")")
                .noneMatch(label -> label.contains("(@" + TestUsers.AUTHOR + ")"))
                .noneMatch(label -> label.contains("(@" + TestUsers.READER + ")"))
                .noneMatch(label -> label.contains("(@" + TestUsers.ADMIN + ")"));

        // Escape closes the list and leaves the text; typing on opens it again, narrowed.
        press(text, "Escape");
        assertThat(mentionsOpen(bob)).isFalse();
        assertThat(text.getValue()).isEqualTo("Please check, @t");
        typeIn(bob, text, "Please check, @t-ed");
        // Other tests of the run may add editors such as t-editor2: they come after.
        assertThat(bob.test(mentionList(bob)).getSuggestions())
                .startsWith(displayName(TestUsers.EDITOR) + " (@" + TestUsers.EDITOR + ")")
                .allMatch(label -> label.contains("(@t-ed"));
        press(text, "Enter");
        assertThat(text.getValue()).isEqualTo("Please check, @" + TestUsers.EDITOR + " ");
        assertThat(mentionsOpen(bob)).isFalse();

        // Nobody matches: no list.
        typeIn(bob, text, text.getValue() + "and @zz");
        assertThat(mentionsOpen(bob)).isFalse();

        long mentionsBefore = mentionsOf(TestUsers.EDITOR, briefing);
        typeIn(bob, text, "Please check, @" + TestUsers.EDITOR + " the figures.");
        bob.test(button(bob, "Post comment")).click();
        assertThat(mentionsOf(TestUsers.EDITOR, briefing)).isEqualTo(mentionsBefore + 1);
    }

    private long mentionsOf(String username, BriefingDetails briefing) {
        return actingUser.as(
                username,
                () -> notifications.mine().stream()
                        .filter(n -> n.kind() == NotificationKind.MENTION)
                        .filter(n -> n.link().startsWith("briefings/" + briefing.id() + "/edit?comment="))
                        .count());
    }

    @Test
    void bob_comments_on_a_sentence_mentioning_alice_who_opens_it_from_her_bell_replies_and_resolves_it() {
        BriefingDetails briefing = actingUser.as("alice", () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Strait talks " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(created.title(), null, BODY, Audience.INTERNAL, Set.of(), Set.of("bob")),
                            null,
                            false)
                    .briefing();
        });

        long unreadBefore = actingUser.as("alice", () -> notifications.unreadCount());

        // Bob selects the sentence, chooses "Comment", mentions Alice from the list and posts.
        BrowserlessUIContext bob = windowOf("bob");
        bob.navigate("briefings/" + briefing.id() + "/edit", Component.class);
        TextArea body = bob.find(TextArea.class).withLabel("Body").single();
        int start = BODY.indexOf(SENTENCE);
        selectInBody(body, start, start + SENTENCE.length());
        bob.test(button(bob, "Comment")).click();
        assertThat(bob.find(Span.class).withText("On “" + SENTENCE + "”").exists())
                .isTrue();
        // He types "@al" and picks Alice from the list offered under the field.
        TextArea text = bob.find(TextArea.class).withLabel("New comment").single();
        typeIn(bob, text, "@al");
        bob.test(mentionList(bob)).selectItem(displayName("alice") + " (@alice)");
        assertThat(text.getValue()).isEqualTo("@alice ");
        assertThat(mentionsOpen(bob)).isFalse();
        bob.test(text).setValue(text.getValue() + "is Geneva confirmed?");
        bob.test(button(bob, "Post comment")).click();
        assertThat(button(bob, "Comments (1)").isVisible()).isTrue();
        assertThat(bob.find(Paragraph.class)
                        .withText("@alice is Geneva confirmed?")
                        .exists())
                .isTrue();

        // Alice's bell shows the mention; she opens it and lands on the thread.
        BrowserlessUIContext alice = windowOf("alice");
        alice.navigate("", Component.class);
        Button bell = alice.find(Button.class)
                .withCondition(
                        b -> b.getAriaLabel().orElse("").equals("Notifications, " + (unreadBefore + 1) + " unread"))
                .single();
        PopoverTester.forTarget(bell).clickTarget();
        Button notification = alice.find(Button.class)
                // "Bob", or bob's full name when another test of the run created him first.
                .withCondition(b -> b.getText().startsWith("Bob")
                        && b.getText().contains(" mentioned you on “" + briefing.title() + "”"))
                .single();
        alice.test(notification).click();

        Div thread = alice.find(Div.class).withClassName("bd-selected").single();
        assertThat(thread.getClassNames()).contains("bd-comment-thread");
        assertThat(alice.find(Button.class, thread)
                        .withText("“" + SENTENCE + "”")
                        .exists())
                .isTrue();
        TextArea reply = alice.find(TextArea.class, thread).withLabel("Reply").single();
        alice.test(reply).setValue("Yes, the ministry confirmed it this morning.");
        alice.test(alice.find(Button.class, thread).withText("Reply").single()).click();
        Div updated = alice.find(Div.class).withClassName("bd-selected").single();
        alice.test(alice.find(Button.class, updated).withText("Resolve").single())
                .click();

        assertThat(button(alice, "Comments (0)").isVisible()).isTrue();
        assertThat(alice.find(Button.class).withText("Reopen").exists()).isTrue();
        List<CommentThreadDetails> threads = actingUser.as("bob", () -> comments.threads(briefing.id()));
        assertThat(threads).singleElement().satisfies(t -> {
            assertThat(t.resolved()).isTrue();
            assertThat(t.resolvedBy()).isEqualTo("alice");
            assertThat(t.comments())
                    .extracting(c -> c.author() + ": " + c.text())
                    .containsExactly(
                            "bob: @alice is Geneva confirmed?", "alice: Yes, the ministry confirmed it this morning.");
        });
        List<NotificationSummary> bobs = actingUser.as("bob", () -> notifications.mine());
        assertThat(bobs)
                .filteredOn(n -> n.link()
                        .equals("briefings/" + briefing.id() + "/edit?comment="
                                + threads.getFirst().id()))
                .extracting(NotificationSummary::kind)
                .containsExactly(NotificationKind.REPLY);
    }

    @Test
    void a_thread_whose_passage_was_deleted_shows_as_detached_and_general_comments_need_no_selection() {
        BriefingDetails briefing = actingUser.as("alice", () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Detached " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            created.toDraft().withBody(BODY),
                            null,
                            false)
                    .briefing();
        });
        int start = BODY.indexOf(SENTENCE);
        actingUser.as(
                "alice",
                () -> comments.startThread(
                        briefing.id(),
                        org.briefdesk.comment.PassageAnchor.capture(BODY, start, start + SENTENCE.length()),
                        "Check the venue."));
        actingUser.as(
                "alice",
                () -> briefingService.save(
                        briefing.id(),
                        briefing.currentRevisionId(),
                        briefing.toDraft().withBody(BODY.replace(SENTENCE + " ", "")),
                        null,
                        false));

        BrowserlessUIContext alice = windowOf("alice");
        alice.navigate("briefings/" + briefing.id() + "/edit", Component.class);
        alice.test(button(alice, "Comments (1)")).click();
        assertThat(alice.find(Span.class)
                        .withText("Detached: “" + SENTENCE + "” is no longer in the text")
                        .exists())
                .isTrue();

        alice.test(button(alice, "Comment")).click();
        assertThat(alice.find(Span.class).withText("On the whole briefing").exists())
                .isTrue();
        alice.test(button(alice, "Post comment")).click();
        TextArea text = alice.find(TextArea.class).withLabel("New comment").single();
        assertThat(text.getErrorMessage()).isEqualTo("Write a comment first: it is empty.");
        alice.test(text).setValue("Add a map of the strait.");
        alice.test(button(alice, "Post comment")).click();
        assertThat(button(alice, "Comments (2)").isVisible()).isTrue();
        assertThat(alice.find(Paragraph.class)
                        .withText("Add a map of the strait.")
                        .exists())
                .isTrue();
    }
}
