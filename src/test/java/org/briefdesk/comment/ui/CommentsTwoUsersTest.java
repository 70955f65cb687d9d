package org.briefdesk.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
 * shows it, she opens it, replies and resolves the thread, and bob is told of the reply.
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

    private static Button button(BrowserlessUIContext window, String text) {
        return window.find(Button.class).withText(text).single();
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
        @SuppressWarnings("unchecked")
        ComboBox<Object> mention = bob.find(ComboBox.class).withLabel("Mention").single();
        // Another test of the run may have created alice first, under her full name.
        String aliceName = actingUser.as(
                "admin",
                () -> userService.list().stream()
                        .filter(u -> u.username().equals("alice"))
                        .findFirst()
                        .orElseThrow()
                        .displayName());
        bob.test(mention).selectItem(aliceName + " (@alice)");
        TextArea text = bob.find(TextArea.class).withLabel("New comment").single();
        assertThat(text.getValue()).isEqualTo("@alice ");
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
