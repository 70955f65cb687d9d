package org.briefdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.TestClock;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.briefdesk.user.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Every kind of event the application records so far lands in the audit log, on MariaDB. */
@IntegrationTest
class AuditLogTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserService userService;

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    ActingUser actingUser;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private List<AuditEntry> entries(String actor, AuditEvent kind) {
        return actingUser.as(
                TestUsers.ADMIN,
                () -> auditLog.search(new AuditFilter(actor, kind, null, null), null, 100)
                        .entries());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void sign_in_failed_sign_in_and_sign_out_are_recorded_with_the_client_address() throws Exception {
        UserSummary user = actingUser.as(
                TestUsers.ADMIN,
                () -> userService.create(
                        new UserDraft(unique("audit"), "Audit", "audit-password-1", Set.of(Role.READER))));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login")
                        .param("username", user.username())
                        .param("password", "not-the-password")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.7");
                            return request;
                        }))
                .andExpect(unauthenticated());
        mvc.perform(post("/login")
                        .param("username", user.username())
                        .param("password", "audit-password-1")
                        .session(session)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.8");
                            return request;
                        }))
                .andExpect(authenticated());
        mvc.perform(post("/logout").session(session).with(csrf()).with(request -> {
            request.setRemoteAddr("192.0.2.9");
            return request;
        }));

        assertThat(entries(user.username(), AuditEvent.SIGN_IN_FAILED))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.clientAddress()).isEqualTo("192.0.2.7");
                    assertThat(entry.target()).isEqualTo("user:" + user.username());
                });
        assertThat(entries(user.username(), AuditEvent.SIGN_IN))
                .singleElement()
                .satisfies(entry -> assertThat(entry.clientAddress()).isEqualTo("192.0.2.8"));
        assertThat(entries(user.username(), AuditEvent.SIGN_OUT))
                .singleElement()
                .satisfies(entry -> assertThat(entry.clientAddress()).isEqualTo("192.0.2.9"));
    }

    @Test
    void user_administration_is_recorded_with_the_administrator_as_actor() {
        String username = unique("audited");
        actingUser.as(TestUsers.ADMIN, () -> {
            UserSummary user =
                    userService.create(new UserDraft(username, "Audited", "audit-password-1", EnumSet.of(Role.AUTHOR)));
            userService.setEnabled(user.id(), false);
            userService.setEnabled(user.id(), true);
            userService.assignRoles(user.id(), EnumSet.of(Role.AUTHOR, Role.EDITOR));
            userService.resetPassword(user.id(), "another-password-2");
            return null;
        });

        List<AuditEntry> mine = new ArrayList<>();
        for (AuditEvent kind : List.of(
                AuditEvent.USER_CREATED,
                AuditEvent.USER_DISABLED,
                AuditEvent.USER_ENABLED,
                AuditEvent.ROLES_CHANGED,
                AuditEvent.PASSWORD_RESET)) {
            List<AuditEntry> found = entries(TestUsers.ADMIN, kind).stream()
                    .filter(entry -> entry.target().equals("user:" + username))
                    .toList();
            assertThat(found).as(kind.name()).hasSize(1);
            mine.addAll(found);
        }
        assertThat(mine)
                .filteredOn(entry -> entry.kind() == AuditEvent.ROLES_CHANGED)
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("from Author to Author, Editor"));
        assertThat(mine)
                .filteredOn(entry -> entry.kind() == AuditEvent.USER_CREATED)
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("roles: Author"));
    }

    @Test
    void saved_and_restored_revisions_and_workflow_steps_are_recorded_but_autosaves_are_not() {
        BriefingDetails created = actingUser.as(
                TestUsers.AUTHOR, () -> briefingService.create(BriefingDraft.titled("Audited " + UUID.randomUUID())));
        String target = "briefing:" + created.slug();
        actingUser.as(TestUsers.AUTHOR, () -> {
            var saved = briefingService.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(created.title(), null, "Checked text.", Audience.INTERNAL, Set.of(), Set.of()),
                    "First draft",
                    false);
            briefingService.save(
                    created.id(),
                    saved.briefing().currentRevisionId(),
                    new BriefingDraft(created.title(), null, "Typing on", Audience.INTERNAL, Set.of(), Set.of()),
                    null,
                    true);
            briefingService.restore(created.id(), saved.revision().id());
            workflow.submit(created.id(), null);
            return null;
        });
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(created.id()));

        assertThat(entries(TestUsers.AUTHOR, AuditEvent.REVISION_SAVED))
                .filteredOn(entry -> entry.target().equals(target))
                .extracting(AuditEntry::detail)
                .containsExactly("revision 2: First draft", "revision 1, created");
        assertThat(entries(TestUsers.AUTHOR, AuditEvent.REVISION_RESTORED))
                .filteredOn(entry -> entry.target().equals(target))
                .extracting(AuditEntry::detail)
                .containsExactly("revision 2 restored as revision 4");
        assertThat(entries(TestUsers.AUTHOR, AuditEvent.WORKFLOW_TRANSITION))
                .filteredOn(entry -> entry.target().equals(target))
                .extracting(AuditEntry::detail)
                .containsExactly("Submit for review: Draft → In review");
        assertThat(entries(TestUsers.EDITOR, AuditEvent.WORKFLOW_TRANSITION))
                .filteredOn(entry -> entry.target().equals(target))
                .extracting(AuditEntry::detail)
                .containsExactly("Approve: In review → Approved");
    }

    @Test
    void the_kinds_for_publishing_are_recorded_the_same_way() {
        String actor = unique("publisher");
        for (AuditEvent kind :
                List.of(AuditEvent.PUBLISHED, AuditEvent.REVISED, AuditEvent.RETRACTED, AuditEvent.EXPORT_ALL)) {
            auditLog.record(kind, actor, "briefing:some-slug", kind.label());
        }

        for (AuditEvent kind :
                List.of(AuditEvent.PUBLISHED, AuditEvent.REVISED, AuditEvent.RETRACTED, AuditEvent.EXPORT_ALL)) {
            assertThat(entries(actor, kind)).singleElement().satisfies(entry -> {
                assertThat(entry.target()).isEqualTo("briefing:some-slug");
                assertThat(entry.detail()).isEqualTo(kind.label());
            });
        }
    }

    @Test
    void an_entry_written_in_a_transaction_that_rolls_back_is_gone_and_one_in_a_read_only_transaction_stays() {
        String actor = unique("tx");
        try {
            transactions.executeWithoutResult(status -> {
                auditLog.record(AuditEvent.PUBLISHED, actor, "briefing:rolled-back", "");
                throw new IllegalStateException("the action failed");
            });
        } catch (IllegalStateException expected) {
            // The action's failure rolls its audit entry back with it.
        }
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> auditLog.record(AuditEvent.EXPORT_ALL, actor, "briefings", ""));

        assertThat(entries(actor, null)).extracting(AuditEntry::kind).containsExactly(AuditEvent.EXPORT_ALL);
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats_and_filters_narrow_them() {
        String actor = unique("pager");
        Instant start = clock.instant();
        for (int i = 0; i < 23; i++) {
            // Every third entry at the same instant as the one before, to exercise the tie-breaker.
            if (i % 3 != 0) {
                clock.advance(Duration.ofSeconds(1));
            }
            auditLog.record(
                    i % 2 == 0 ? AuditEvent.SIGN_IN : AuditEvent.SIGN_OUT, actor, "user:" + actor, "#" + i, null);
        }

        List<String> seen = new ArrayList<>();
        AuditCursor cursor = null;
        do {
            AuditCursor after = cursor;
            AuditPage page = actingUser.as(
                    TestUsers.ADMIN, () -> auditLog.search(new AuditFilter(actor, null, null, null), after, 5));
            assertThat(page.entries().size()).isLessThanOrEqualTo(5);
            page.entries().forEach(entry -> seen.add(entry.detail()));
            cursor = page.older();
        } while (cursor != null);
        List<String> expected = new ArrayList<>();
        for (int i = 22; i >= 0; i--) {
            expected.add("#" + i);
        }
        assertThat(seen).containsExactlyElementsOf(expected);

        assertThat(entries(actor, AuditEvent.SIGN_OUT)).hasSize(11);
        Instant middle = start.plusSeconds(8);
        AuditPage late = actingUser.as(
                TestUsers.ADMIN, () -> auditLog.search(new AuditFilter(actor, null, middle, null), null, 100));
        AuditPage early = actingUser.as(
                TestUsers.ADMIN, () -> auditLog.search(new AuditFilter(actor, null, null, middle), null, 100));
        assertThat(late.entries().size() + early.entries().size()).isEqualTo(23);
        assertThat(late.entries())
                .allSatisfy(entry -> assertThat(entry.occurredAt()).isAfterOrEqualTo(middle));
        assertThat(early.entries())
                .allSatisfy(entry -> assertThat(entry.occurredAt()).isBefore(middle));
    }

    @Test
    void control_and_direction_characters_are_written_out_and_long_values_cut() {
        String actor = unique("evil");
        auditLog.record(AuditEvent.SIGN_IN_FAILED, actor, "user:admin\u202Egpj.exe", "line\nbreak" + "x".repeat(2000));

        assertThat(entries(actor, AuditEvent.SIGN_IN_FAILED)).singleElement().satisfies(entry -> {
            assertThat(entry.target()).isEqualTo("user:admin\\u202Egpj.exe");
            assertThat(entry.detail())
                    .startsWith("line\\u000Abreak")
                    .hasSize(1000)
                    .endsWith("…");
        });
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "AUTHOR", "READER"})
    void only_administrators_read_the_audit_log() {
        assertThatThrownBy(() -> auditLog.search(AuditFilter.all(), null, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
