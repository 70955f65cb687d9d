package org.briefdesk.briefing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingPresence;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.InProcessBriefingEvents;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two co-authors with the same briefing open, each in their own session and window: each sees the
 * other's avatar, a save by one reaches the other's editor at once, and closing a window, ending a
 * session or a browser going silent takes the avatar away and leaves no listener behind.
 */
@IntegrationTest
class PresenceViewTest {

    private static final String START = "Pilots stopped work.\n\nTalks are on Thursday.\n\nFerries run.";

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingPresence presence;

    @Autowired
    InProcessBriefingEvents events;

    @Autowired
    ActingUser actingUser;

    private BrowserlessApplicationContext app;
    private BriefingDetails briefing;
    private int listenersBefore;
    private int presentBefore;

    @BeforeEach
    void aBriefingWithACoAuthor() {
        listenersBefore = events.listenerCount();
        presentBefore = presence.size();
        briefing = actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Presence " + UUID.randomUUID()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(),
                                    null,
                                    START,
                                    Audience.INTERNAL,
                                    Set.of(),
                                    Set.of(TestUsers.EDITOR)),
                            null,
                            false)
                    .briefing();
        });
        app = SpringBrowserlessApplicationContext.createSecured(applicationContext, "org.briefdesk");
    }

    @AfterEach
    void closeEverything() {
        app.close();
    }

    private BrowserlessUserContext signedIn(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        return ((com.vaadin.browserless.SecuredBrowserlessApplicationContext<
                                org.springframework.security.core.Authentication>)
                        app)
                .newUser(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private BrowserlessUIContext openEditor(BrowserlessUserContext user) {
        BrowserlessUIContext window = user.newWindow();
        window.navigate("briefings/" + briefing.id() + "/edit", BriefingEditorView.class);
        return window;
    }

    /** Makes the window the one the test acts in, with what was pushed to it meanwhile applied. */
    private static BrowserlessUIContext in(BrowserlessUIContext window) {
        window.activate();
        window.roundTrip();
        return window;
    }

    /** The names on the avatars in the editor's header; the group is hidden when nobody else is there. */
    private static List<String> avatars(BrowserlessUIContext window) {
        var groups = in(window).find(AvatarGroup.class).all();
        return groups.isEmpty()
                ? List.of()
                : groups.getFirst().getItems().stream()
                        .map(AvatarGroup.AvatarGroupItem::getName)
                        .toList();
    }

    private static TextArea body(BrowserlessUIContext window) {
        return in(window)
                .find(TextArea.class)
                .withCondition(area -> "Body".equals(area.getLabel()))
                .single();
    }

    private static void save(BrowserlessUIContext window) {
        in(window).test(window.find(Button.class).withText("Save").single()).click();
    }

    private static String newerVersion(BrowserlessUIContext window) {
        var notices =
                in(window).find(Span.class).withClassName("bd-newer-version").all();
        return notices.isEmpty() ? "" : notices.getFirst().getText();
    }

    @Test
    void each_co_author_sees_the_others_avatar_and_closing_a_window_takes_it_away_and_leaves_no_listener() {
        BrowserlessUIContext author = openEditor(signedIn(TestUsers.AUTHOR));
        assertThat(avatars(author)).isEmpty();

        BrowserlessUIContext editor = openEditor(signedIn(TestUsers.EDITOR));

        assertThat(avatars(author)).containsExactly("Test editor");
        assertThat(avatars(editor)).containsExactly("Test author");
        assertThat(presence.size()).isEqualTo(presentBefore + 2);

        editor.close();

        assertThat(avatars(author)).isEmpty();
        author.close();
        assertThat(presence.size()).isEqualTo(presentBefore);
        assertThat(events.listenerCount())
                .as("listeners left after closing both editors")
                .isEqualTo(listenersBefore);
    }

    @Test
    void the_same_person_in_two_windows_shows_once_and_stays_until_both_are_closed() {
        BrowserlessUIContext author = openEditor(signedIn(TestUsers.AUTHOR));
        BrowserlessUserContext editorUser = signedIn(TestUsers.EDITOR);
        BrowserlessUIContext first = openEditor(editorUser);
        BrowserlessUIContext second = openEditor(editorUser);

        assertThat(avatars(author)).containsExactly("Test editor");
        first.close();
        assertThat(avatars(author)).containsExactly("Test editor");
        second.close();
        assertThat(avatars(author)).isEmpty();
    }

    @Test
    void a_save_by_one_co_author_shows_in_the_others_clean_editor_at_once() {
        BrowserlessUIContext author = openEditor(signedIn(TestUsers.AUTHOR));
        BrowserlessUIContext editor = openEditor(signedIn(TestUsers.EDITOR));
        String edited = START.replace("Ferries run.", "Ferries run.\n\nThe port reopens on Monday.");

        editor.test(body(editor)).setValue(edited);
        save(editor);

        assertThat(body(author).getValue()).isEqualTo(edited);
        assertThat(newerVersion(author)).isEmpty();
        assertThat(in(author)
                        .find(Span.class)
                        .withClassName("bd-saved")
                        .single()
                        .getText())
                .isEqualTo("Updated with Test editor’s changes");

        // The author's next save starts from the editor's revision: no merge, nothing lost.
        String extended = edited.replace("Pilots stopped", "Harbour pilots stopped");
        author.test(body(author)).setValue(extended);
        save(author);
        assertThat(body(editor).getValue()).isEqualTo(extended);
        assertThat(actingUser.as(
                        TestUsers.AUTHOR,
                        () -> briefingService.get(briefing.id()).orElseThrow().body()))
                .isEqualTo(extended);
    }

    @Test
    void with_unsaved_changes_the_editor_says_who_saved_a_newer_version_and_merges_on_the_next_save() {
        BrowserlessUIContext author = openEditor(signedIn(TestUsers.AUTHOR));
        BrowserlessUIContext editor = openEditor(signedIn(TestUsers.EDITOR));
        String mine = START.replace("Pilots stopped", "Harbour pilots stopped");
        author.test(body(author)).setValue(mine);

        editor.test(body(editor)).setValue(START.replace("Ferries run.", "Ferries run as usual."));
        save(editor);

        assertThat(body(author).getValue()).isEqualTo(mine);
        assertThat(newerVersion(author)).isEqualTo("Test editor saved a newer version");

        save(author);
        String merged = "Harbour pilots stopped work.\n\nTalks are on Thursday.\n\nFerries run as usual.";
        assertThat(body(author).getValue()).isEqualTo(merged);
        assertThat(newerVersion(author)).isEmpty();
        assertThat(body(editor).getValue()).isEqualTo(merged);
    }

    @Test
    void the_end_of_a_session_ends_its_presence() {
        BrowserlessUIContext author = openEditor(signedIn(TestUsers.AUTHOR));
        BrowserlessUserContext editorUser = signedIn(TestUsers.EDITOR);
        openEditor(editorUser);
        assertThat(avatars(author)).containsExactly("Test editor");

        var httpSession = ((WrappedHttpSession) editorUser.getSession().getSession()).getHttpSession();
        applicationContext
                .getBeansOfType(HttpSessionListener.class)
                .values()
                .forEach(listener -> listener.sessionDestroyed(new HttpSessionEvent(httpSession)));

        assertThat(avatars(author)).isEmpty();
    }

    @Test
    void a_browser_gone_silent_loses_its_avatar_within_seconds() throws InterruptedException {
        BrowserlessUIContext author = openEditor(signedIn(TestUsers.AUTHOR));
        BrowserlessUIContext editor = openEditor(signedIn(TestUsers.EDITOR));
        assertThat(avatars(author)).containsExactly("Test editor");

        // No heartbeat for as long as the browser has been alive: as if it vanished at once.
        editor.getUI().getInternals().setLastHeartbeatTimestamp(0);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!avatars(author).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(avatars(author)).isEmpty();
        author.close();
        assertThat(events.listenerCount())
                .as("the silent browser's listener went with its presence")
                .isEqualTo(listenersBefore);
    }
}
