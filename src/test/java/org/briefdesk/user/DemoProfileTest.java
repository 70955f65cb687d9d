package org.briefdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingSummary;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.marking.Tlp;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.publishing.FrozenEdition;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.security.BriefdeskPrincipal;
import org.briefdesk.security.Role;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.JudgmentChange;
import org.briefdesk.tradecraft.KeyJudgments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The demo profile of the embedded run (PRODUCT section 7): its users, and briefings in every state. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoProfileTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("briefdesk-demo").toString();
        registry.add("briefdesk.data-dir", () -> dataDir);
    }

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserAccountRepository users;

    @Autowired
    BriefingService briefings;

    @Autowired
    org.briefdesk.briefing.BriefingChecks checks;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    PublishedEditions published;

    @Autowired
    WebApplicationContext webContext;

    @Autowired
    SourceService sources;

    @Autowired
    NotificationService notifications;

    @Test
    void seeds_alice_bob_erin_and_adam_with_the_demo_password_addresses_and_no_generated_admin() {
        assertRoles("alice", Role.AUTHOR);
        assertRoles("bob", Role.AUTHOR);
        assertRoles("erin", Role.EDITOR);
        assertRoles("adam", Role.ADMIN);
        assertThat(users.existsByUsername(FirstAdminBootstrap.DEFAULT_ADMIN_USERNAME))
                .isFalse();
        for (String demo : List.of("alice", "bob", "erin", "adam")) {
            assertThat(users.findByUsername(demo).orElseThrow().email()).contains(demo + "@briefdesk.example");
        }
    }

    @Test
    void seeds_a_briefing_in_each_state_written_reviewed_and_published_by_the_demo_users() {
        Map<String, BriefingSummary> byTitle = as("erin", briefings::list).stream()
                .collect(Collectors.toMap(BriefingSummary::title, Function.identity()));

        BriefingSummary article7 = byTitle.get("Keleva Strait: one article, two readings");
        assertThat(article7.status()).isEqualTo(BriefingStatus.PUBLISHED);
        assertThat(article7.owner()).isEqualTo("alice");
        BriefingDetails article7Details =
                as("alice", () -> briefings.get(article7.id()).orElseThrow());
        assertThat(article7Details.audience()).isEqualTo(Audience.PUBLIC);
        assertThat(article7Details.edition()).isEqualTo(2);
        List<FrozenEdition> editions = as("alice", () -> published.editionsOf(article7.id()));
        assertThat(editions).extracting(FrozenEdition::number).containsExactly(1, 2);
        assertThat(editions).allSatisfy(edition -> {
            assertThat(edition.publisher()).isEqualTo("erin");
            assertThat(edition.authors()).containsExactly("Alice Moreau");
        });
        assertThat(editions.get(0).html()).doesNotContain("Geneva protocol");
        assertThat(editions.get(1).html()).contains("Geneva protocol");
        // Tradecraft (issue #17): the public analysis is TLP:CLEAR with two key judgments, and edition 2
        // changed both, with erin's note on why.
        assertThat(editions).allSatisfy(edition -> {
            assertThat(edition.tlp()).isEqualTo(Tlp.CLEAR);
            assertThat(edition.judgments()).hasSize(2);
        });
        assertThat(KeyJudgments.changes(
                        editions.get(0).judgments(), editions.get(1).judgments()))
                .extracting(JudgmentChange::describe)
                .containsExactly("Confidence moderate → high", "Likelihood unlikely → roughly even chance");
        assertThat(editions.get(1).judgmentNote()).contains("Geneva interim protocol");

        BriefingSummary portCalls = byTitle.get("Calvera port calls: what the numbers say");
        assertThat(portCalls.status()).isEqualTo(BriefingStatus.PUBLISHED);
        assertThat(portCalls.owner()).isEqualTo("bob");
        assertThat(as("bob", () -> briefings.get(portCalls.id()).orElseThrow().audience()))
                .isEqualTo(Audience.INTERNAL);
        assertThat(as("bob", () -> published.editionsOf(portCalls.id())))
                .extracting(FrozenEdition::tlp)
                .containsExactly(Tlp.GREEN);

        BriefingSummary annex = byTitle.get("The 'secret annex' claim: what the evidence supports");
        assertThat(annex.status()).isEqualTo(BriefingStatus.IN_REVIEW);
        assertThat(annex.owner()).isEqualTo("alice");
        assertThat(as("erin", workflow::waitingForMyReview))
                .extracting(BriefingSummary::id)
                .containsExactly(annex.id());

        BriefingSummary whoPays = byTitle.get("Who pays for the Keleva patrols?");
        assertThat(whoPays.status()).isEqualTo(BriefingStatus.DRAFT);
        assertThat(as("bob", workflow::myDrafts))
                .extracting(BriefingSummary::id)
                .containsExactly(whoPays.id());

        assertThat(byTitle).hasSize(4);
        // The texts quote the demo sources exactly: the checks find nothing to warn about, let alone errors,
        // except that the source check's judgment rests on one poorly graded source, as it should say.
        for (BriefingSummary briefing : byTitle.values()) {
            var report = as("erin", () -> {
                String body = briefings.get(briefing.id()).orElseThrow().body();
                return checks.check(briefing.id(), body);
            });
            if (briefing.id() == annex.id()) {
                assertThat(report.findings())
                        .extracting(finding -> finding.message().replaceAll("@[a-z0-9-]+", "@key"))
                        .containsExactly(
                                "Key judgment 1 rests on a single source (@key): say so, or cite what corroborates it.",
                                "Key judgment 1 rests only on sources graded E or F for reliability or 5 or 6 for"
                                        + " credibility (@key E5).");
                continue;
            }
            assertThat(report.findings()).as(briefing.title()).isEmpty();
            assertThat(report.preview().html()).as(briefing.title()).contains("<sup");
        }
    }

    @Test
    void alice_finds_the_title_of_bobs_draft_nowhere_and_learns_only_that_an_unpublished_briefing_cites_a_source() {
        String draftTitle = "Who pays for the Keleva patrols?";
        List<String> seen = new java.util.ArrayList<>();
        int unpublishedCiting = as("alice", () -> {
            int hidden = 0;
            for (var hit : sources.search(SourceQuery.all(), 0, 100).hits()) {
                var citedBy = sources.citedBy(hit.citationKey());
                citedBy.briefings().forEach(citing -> seen.add(citing.title()));
                hidden += citedBy.othersNotOpen();
            }
            briefings.list().forEach(briefing -> seen.add(briefing.title()));
            workflow.myDrafts().forEach(briefing -> seen.add(briefing.title()));
            workflow.changesRequested().forEach(briefing -> seen.add(briefing.title()));
            workflow.waitingForMyReview().forEach(briefing -> seen.add(briefing.title()));
            published.recent(50).forEach(edition -> seen.add(edition.title()));
            notifications.mine().forEach(notification -> seen.add(notification.message()));
            return hidden;
        });

        assertThat(seen).isNotEmpty().noneSatisfy(text -> assertThat(text).contains(draftTitle));
        assertThat(unpublishedCiting).isPositive();
        // bob, its author, sees it where alice does not.
        assertThat(as(
                        "bob",
                        () -> sources.search(SourceQuery.all(), 0, 100).hits().stream()
                                .flatMap(hit -> sources.citedBy(hit.citationKey()).briefings().stream())
                                .map(citing -> citing.title())
                                .toList()))
                .contains(draftTitle);
    }

    @Test
    void the_public_demo_briefing_reads_without_signing_in_and_the_internal_one_asks_for_a_sign_in() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(webContext)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        List<BriefingSummary> all = as("erin", briefings::list);
        String publicSlug = slugOf(all, "Keleva Strait: one article, two readings");
        String internalSlug = slugOf(all, "Calvera port calls: what the numbers say");

        MvcResult latest = mvc.perform(get("/briefings/" + publicSlug)).andReturn();
        assertThat(latest.getResponse().getStatus()).isEqualTo(200);
        assertThat(latest.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        String page = latest.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Keleva Strait: one article, two readings")
                .contains("Edition 2")
                .contains("Alice Moreau")
                .contains("Reading Article 7: Why the Keleva Agreement Is Fraying")
                .contains("Download Markdown");

        MvcResult first =
                mvc.perform(get("/briefings/" + publicSlug + "/editions/1")).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Edition 1")
                .doesNotContain("Geneva protocol");

        MvcResult internal = mvc.perform(get("/briefings/" + internalSlug)).andReturn();
        assertThat(internal.getResponse().getStatus()).isBetween(300, 399);
        assertThat(internal.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void starting_again_on_the_same_database_adds_no_second_set_of_demo_briefings(@Autowired ApplicationContext context)
            throws Exception {
        int before = as("erin", briefings::list).size();
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner :
                context.getBeanProvider(ApplicationRunner.class).orderedStream().toList()) {
            runner.run(none);
        }
        assertThat(as("erin", briefings::list)).hasSize(before);
    }

    private static String slugOf(List<BriefingSummary> briefings, String title) {
        return briefings.stream()
                .filter(briefing -> briefing.title().equals(title))
                .findFirst()
                .orElseThrow()
                .slug();
    }

    /** Runs as the demo user, loaded with their roles like a sign-in would. */
    private <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var user = userDetailsService.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void assertRoles(String username, Role role) {
        var user = (BriefdeskPrincipal) userDetailsService.loadUserByUsername(username);
        assertThat(user.roles()).containsExactly(role);
        assertThat(passwordEncoder.matches("briefdesk-demo", user.getPassword()))
                .isTrue();
    }
}
