package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.publishing.EditionHit;
import org.briefdesk.publishing.EditionSearch;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search shows exactly what the views show: a draft is found by those who work on it — its owner, its
 * co-authors, the editors — and by nobody else, whatever their role; what was published is found by
 * everyone, but only as it was published, never the text of a revision under way.
 */
@IntegrationTest
class BriefingSearchAccessTest {

    private static final String CO_AUTHOR = "t-search-coauthor";
    private static final String OTHER_AUTHOR = "t-search-other";
    private static final List<String> EVERYONE =
            List.of(TestUsers.READER, TestUsers.AUTHOR, CO_AUTHOR, OTHER_AUTHOR, TestUsers.EDITOR, TestUsers.ADMIN);

    @Autowired
    BriefingService briefings;

    @Autowired
    BriefingSearch search;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    EditionSearch editions;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    UserService users;

    @Autowired
    ActingUser actingUser;

    @BeforeEach
    void moreAuthors() {
        actingUser.as(TestUsers.ADMIN, () -> {
            for (String username : List.of(CO_AUTHOR, OTHER_AUTHOR)) {
                if (users.list().stream().noneMatch(user -> user.username().equals(username))) {
                    users.create(
                            new UserDraft(username, "Search " + username, TestUsers.PASSWORD, Set.of(Role.AUTHOR)));
                }
            }
            return null;
        });
    }

    private long draft(String word, Set<String> coAuthors, Set<String> tags, Audience audience) {
        return actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails created = briefings.create(BriefingDraft.titled("Draft on " + word));
            briefings.save(
                    created.id(),
                    created.currentRevisionId(),
                    new BriefingDraft(
                            "Draft on " + word,
                            "Not for everyone yet.",
                            "Early findings mention " + word + " twice: " + word + ".",
                            audience,
                            tags,
                            coAuthors),
                    "Draft",
                    false);
            return created.id();
        });
    }

    private boolean finds(String username, String word, long briefingId) {
        return actingUser.as(
                username,
                () -> search.search(BriefingQuery.text(word), 0, 50).hits().stream()
                        .anyMatch(hit -> hit.briefing().id() == briefingId));
    }

    @Test
    void a_draft_is_found_by_exactly_those_who_may_open_it_in_the_editor() {
        String word = "zq" + PublishedFixture.nonce();
        long id = draft(word, Set.of(CO_AUTHOR), Set.of("energy"), Audience.INTERNAL);

        for (String caller : EVERYONE) {
            boolean worksOn = actingUser.as(caller, () -> briefings.worksOn(id));
            assertThat(finds(caller, word, id)).as("%s finds the draft", caller).isEqualTo(worksOn);
            assertThat(actingUser.as(caller, () -> editions.search(word, 20)))
                    .as("%s finds no published edition of a draft", caller)
                    .isEmpty();
        }
        assertThat(List.of(TestUsers.AUTHOR, CO_AUTHOR, TestUsers.EDITOR)).allMatch(caller -> finds(caller, word, id));
        assertThat(List.of(TestUsers.READER, OTHER_AUTHOR, TestUsers.ADMIN))
                .noneMatch(caller -> finds(caller, word, id));
    }

    @Test
    void the_filters_narrow_the_search_by_status_author_tag_and_audience() {
        String word = "zf" + PublishedFixture.nonce();
        long internal = draft(word, Set.of(CO_AUTHOR), Set.of("energy"), Audience.INTERNAL);
        long open = draft(word, Set.of(), Set.of("ports"), Audience.PUBLIC);

        assertThat(ids(new BriefingQuery(word, null, null, null, null))).containsExactlyInAnyOrder(internal, open);
        assertThat(ids(new BriefingQuery(word, BriefingStatus.DRAFT, null, null, null)))
                .containsExactlyInAnyOrder(internal, open);
        assertThat(ids(new BriefingQuery(word, BriefingStatus.IN_REVIEW, null, null, null)))
                .isEmpty();
        assertThat(ids(new BriefingQuery(word, null, CO_AUTHOR, null, null))).containsExactly(internal);
        assertThat(ids(new BriefingQuery(word, null, null, "Energy", null))).containsExactly(internal);
        assertThat(ids(new BriefingQuery(word, null, null, null, Audience.PUBLIC)))
                .containsExactly(open);
        assertThat(actingUser.as(TestUsers.AUTHOR, () -> search.tags())).contains("energy", "ports");
        assertThat(actingUser.as(OTHER_AUTHOR, () -> search.tags()))
                .as("tags of drafts one does not work on stay unknown")
                .doesNotContain("energy");
    }

    private List<Long> ids(BriefingQuery query) {
        return actingUser.as(
                TestUsers.EDITOR,
                () -> search.search(query, 0, 50).hits().stream()
                        .map(hit -> hit.briefing().id())
                        .toList());
    }

    @Test
    void what_was_published_is_found_by_everyone_but_a_revision_under_way_only_by_its_authors() {
        String title = "Harbour closure " + PublishedFixture.nonce();
        PublishedFixture.Made made = fixture.published(title, Audience.INTERNAL);
        String unpublished = "zr" + PublishedFixture.nonce();
        actingUser.as(TestUsers.AUTHOR, () -> {
            workflow.revise(made.briefingId());
            BriefingDetails draft = briefings.get(made.briefingId()).orElseThrow();
            return briefings.save(
                    draft.id(),
                    draft.currentRevisionId(),
                    new BriefingDraft(
                            draft.title(),
                            draft.summary(),
                            draft.body() + "\nNot yet published: " + unpublished + ".\n",
                            draft.audience(),
                            Set.copyOf(draft.tags()),
                            Set.copyOf(draft.coAuthors())),
                    "Revising",
                    false);
        });

        for (String caller : EVERYONE) {
            List<EditionHit> found = actingUser.as(caller, () -> editions.search(title, 20));
            assertThat(found)
                    .as("%s finds the published edition", caller)
                    .anyMatch(hit -> hit.slug().equals(made.slug()));
            assertThat(actingUser.as(caller, () -> editions.search(unpublished, 20)))
                    .as("%s never finds unpublished text among the editions", caller)
                    .isEmpty();
            boolean worksOn = actingUser.as(caller, () -> briefings.worksOn(made.briefingId()));
            assertThat(finds(caller, unpublished, made.briefingId()))
                    .as("%s finds the revision under way", caller)
                    .isEqualTo(worksOn);
        }
    }
}
