package org.briefdesk.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.briefing.RevisionSummary;
import org.briefdesk.citation.Finding;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.notification.NotificationSummary;
import org.briefdesk.publishing.PublishedEditions;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Suggestions on MariaDB, through the workflow an editor and an author go through: the editor
 * suggests while reviewing, the author decides, the briefing is approved and published.
 */
@IntegrationTest
class SuggestionServiceTest {

    private static final String AUTHOR = TestUsers.AUTHOR;
    private static final String EDITOR = TestUsers.EDITOR;

    @Autowired
    SuggestionService suggestions;

    @Autowired
    BriefingService briefings;

    @Autowired
    org.briefdesk.briefing.BriefingChecks checks;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    NotificationService notifications;

    @Autowired
    PublishedEditions editions;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    ActingUser actingUser;

    private <T> T as(String username, Callable<T> action) {
        return actingUser.as(username, action);
    }

    private BriefingDetails briefing(long id) {
        return as(AUTHOR, () -> briefings.get(id).orElseThrow());
    }

    /** The editor's edit of the current text: each pair replaces its first occurrence. */
    private int editorSuggests(long id, String... replacements) {
        BriefingDetails now = briefing(id);
        String edited = now.body();
        for (int i = 0; i < replacements.length; i += 2) {
            edited = edited.replaceFirst(java.util.regex.Pattern.quote(replacements[i]), replacements[i + 1]);
        }
        String text = edited;
        return as(EDITOR, () -> suggestions.suggest(id, now.currentRevisionId(), text, "Tighter wording"));
    }

    private List<SuggestionDetails> pendingOf(long id) {
        String body = briefing(id).body();
        return as(AUTHOR, () -> suggestions.suggestions(id, body)).stream()
                .filter(SuggestionDetails::pending)
                .toList();
    }

    private SuggestionDetails pendingReplacing(long id, String original) {
        return pendingOf(id).stream()
                .filter(s -> s.original().equals(original))
                .findFirst()
                .orElseThrow();
    }

    /** In review, with a verified quotation of the ministry's statement at the end. */
    private PublishedFixture.Made inReviewQuoting() {
        var made = fixture.inReview("Suggestions " + PublishedFixture.nonce(), Audience.INTERNAL);
        long id = made.briefingId();
        as(EDITOR, () -> workflow.requestChanges(id, "Quote the ministry."));
        BriefingDetails now = briefing(id);
        as(AUTHOR, () -> {
            briefings.save(
                    id,
                    now.currentRevisionId(),
                    now.toDraft()
                            .withBody(now.body() + "\nThe ministry said \"traffic resumed on Thursday\" [@"
                                    + made.ministry().citationKey() + "].\n"),
                    null,
                    false);
            return workflow.submit(id, null);
        });
        return made;
    }

    @Test
    void an_editor_suggests_the_author_decides_and_only_the_accepted_change_is_published() {
        var made = inReviewQuoting();
        long id = made.briefingId();
        String before = briefing(id).body();
        assertThat(as(AUTHOR, () -> checks.check(id, before).hasErrors())).isFalse();

        // One word of the analysis, one word of the quotation.
        assertThat(editorSuggests(id, "three days", "four days", "on Thursday\"", "on Friday\""))
                .isEqualTo(2);
        assertThat(briefing(id).body()).isEqualTo(before);
        assertThat(pendingOf(id))
                .extracting(SuggestionDetails::summary)
                .containsExactly("Replace “three” with “four”", "Replace “Thursday” with “Friday”");
        assertThat(pendingOf(id)).allSatisfy(s -> {
            assertThat(s.authorName()).isEqualTo("Test editor");
            assertThat(s.note()).isEqualTo("Tighter wording");
        });

        // The author hears of them; approving is refused while they wait; a request for changes says so.
        assertThat(as(AUTHOR, () -> notifications.mine()))
                .filteredOn(n -> n.link().equals("briefings/" + id + "/edit?suggestions=open"))
                .extracting(NotificationSummary::kind, NotificationSummary::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        NotificationKind.SUGGESTED, "Test editor suggested 2 changes to “" + made.title() + "”."));
        assertThatThrownBy(() -> as(EDITOR, () -> workflow.approve(id)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("2 suggestions are still waiting");
        as(EDITOR, () -> workflow.requestChanges(id, "See my suggestions."));
        assertThat(as(AUTHOR, () -> notifications.mine()))
                .extracting(NotificationSummary::message)
                .anyMatch(message ->
                        message.contains("requested changes to “" + made.title() + "” (with 2 suggestions)"));

        // The checks say, before anyone accepts it, that the quotation would no longer be verified.
        List<Finding> ifAccepted = as(AUTHOR, () -> suggestions.checks(id, before));
        SuggestionDetails quotation = pendingReplacing(id, "Thursday");
        assertThat(ifAccepted).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(org.briefdesk.citation.Severity.ERROR);
            assertThat(finding.message()).startsWith("If Test editor’s suggestion is accepted: ");
            assertThat(finding.start()).isEqualTo(quotation.place().start());
        });

        // The author rejects that one and accepts the other: a revision records it.
        as(AUTHOR, () -> {
            suggestions.reject(quotation.id());
            return suggestions.accept(pendingReplacing(id, "three").id());
        });
        String after = briefing(id).body();
        assertThat(after).isEqualTo(before.replace("three days", "four days"));
        RevisionSummary latest = as(AUTHOR, () -> briefings.revisions(id)).getFirst();
        assertThat(latest.message()).isEqualTo("Accepted Test editor’s suggestion");
        assertThat(latest.author()).isEqualTo(AUTHOR);
        assertThat(as(AUTHOR, () -> suggestions.suggestions(id, after)))
                .extracting(SuggestionDetails::state, SuggestionDetails::decidedBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SuggestionState.ACCEPTED, AUTHOR),
                        org.assertj.core.groups.Tuple.tuple(SuggestionState.REJECTED, AUTHOR));

        // Nothing pending now: submit, approve, publish; the edition has the accepted change only.
        as(AUTHOR, () -> workflow.submit(id, null));
        as(EDITOR, () -> workflow.approve(id));
        as(EDITOR, () -> workflow.publish(id));
        String page = as(
                EDITOR,
                () -> new String(editions.latestPage(made.slug()).orElseThrow().bytes(), StandardCharsets.UTF_8));
        String markdown = as(
                EDITOR,
                () -> new String(
                        editions.export(made.slug(), null, false).orElseThrow().bytes(), StandardCharsets.UTF_8));
        assertThat(page).contains("four days").contains("on Thursday").doesNotContain("Friday");
        assertThat(markdown).contains("four days").doesNotContain("Friday").doesNotContain("three days");
    }

    @Test
    void pending_suggestions_never_reach_the_text_an_export_or_an_edition() {
        var made = fixture.inReview("Pending " + PublishedFixture.nonce(), Audience.INTERNAL);
        long id = made.briefingId();
        editorSuggests(id, "three days", "nine days");
        // The editor withdraws it (whoever made a suggestion may reject it), approves and publishes.
        as(EDITOR, () -> {
            suggestions.reject(pendingReplacing(id, "three").id());
            workflow.approve(id);
            return workflow.publish(id);
        });
        String markdown = as(
                EDITOR,
                () -> new String(
                        editions.export(made.slug(), null, false).orElseThrow().bytes(), StandardCharsets.UTF_8));
        assertThat(markdown).contains("three days").doesNotContain("nine days");
        assertThatThrownBy(() -> editorSuggests(id, "three days", "two days"))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("published");
    }

    @Test
    void a_suggestion_whose_passage_changed_is_outdated_and_can_only_be_rejected() {
        var made = fixture.inReview("Outdated " + PublishedFixture.nonce(), Audience.INTERNAL);
        long id = made.briefingId();
        editorSuggests(id, "three days", "four days", "disputed", "questioned");
        as(EDITOR, () -> workflow.requestChanges(id, "Check the figures."));
        // The author rewrites the first passage herself and adds a sentence elsewhere.
        BriefingDetails now = briefing(id);
        as(
                AUTHOR,
                () -> briefings.save(
                        id,
                        now.currentRevisionId(),
                        now.toDraft()
                                .withBody("In short: ports closed.\n\n"
                                        + now.body().replace("for three days", "for most of a week")),
                        null,
                        false));

        SuggestionDetails outdated = pendingReplacing(id, "three");
        SuggestionDetails moved = pendingReplacing(id, "disputed");
        assertThat(outdated.outdated()).isTrue();
        assertThat(outdated.before() + outdated.original() + outdated.after())
                .contains("closed the port for three days");
        assertThat(moved.outdated()).isFalse();
        String body = briefing(id).body();
        assertThat(body.substring(moved.place().start(), moved.place().end())).isEqualTo("disputed");

        assertThatThrownBy(() -> as(AUTHOR, () -> suggestions.accept(outdated.id())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("outdated");
        assertThat(briefing(id).body()).isEqualTo(body);
        as(AUTHOR, () -> {
            suggestions.reject(outdated.id());
            return suggestions.accept(moved.id());
        });
        assertThat(briefing(id).body()).isEqualTo(body.replace("disputed", "questioned"));
    }

    @Test
    void accept_all_and_reject_all_by_one_person() {
        var made = fixture.inReview("All " + PublishedFixture.nonce(), Audience.INTERNAL);
        long id = made.briefingId();
        editorSuggests(id, "strike", "walkout", "port for", "harbour for");
        as(EDITOR, () -> workflow.requestChanges(id, "Wording."));
        String before = briefing(id).body();

        as(AUTHOR, () -> suggestions.acceptAll(id, EDITOR));

        assertThat(briefing(id).body())
                .isEqualTo(before.replace("The strike", "The walkout").replace("the port for", "the harbour for"));
        assertThat(as(AUTHOR, () -> briefings.revisions(id)).getFirst().message())
                .isEqualTo("Accepted 2 of Test editor’s suggestions");
        assertThat(pendingOf(id)).isEmpty();

        editorSuggests(id, "Monday", "Mon.", "Tuesday", "Tue.");
        assertThat(as(AUTHOR, () -> suggestions.rejectAll(id, EDITOR))).isEqualTo(2);
        assertThat(pendingOf(id)).isEmpty();
    }

    @Test
    void who_may_suggest_accept_and_reject() {
        var made = fixture.inReview("Rights " + PublishedFixture.nonce(), Audience.INTERNAL);
        long id = made.briefingId();
        long base = briefing(id).currentRevisionId();
        String edited = briefing(id).body().replace("strike", "walkout");

        assertThatThrownBy(() -> as(TestUsers.READER, () -> suggestions.suggest(id, base, edited, null)))
                .isInstanceOf(AccessDeniedException.class);
        editorSuggests(id, "strike", "walkout");
        SuggestionDetails suggestion = pendingReplacing(id, "strike");
        // In review the author may not edit, so may not accept yet; the editor never accepts.
        assertThatThrownBy(() -> as(AUTHOR, () -> suggestions.accept(suggestion.id())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("Only the briefing's authors accept");
        as(EDITOR, () -> workflow.requestChanges(id, "Wording."));
        assertThatThrownBy(() -> as(EDITOR, () -> suggestions.accept(suggestion.id())))
                .isInstanceOf(ActionRefusedException.class);
        assertThatThrownBy(() -> as(TestUsers.READER, () -> {
                    suggestions.reject(suggestion.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        // A note over the limit changes nothing.
        assertThatThrownBy(() -> as(EDITOR, () -> suggestions.suggest(id, base, edited, "x".repeat(1001))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("note");
        assertThat(pendingOf(id)).hasSize(1);
    }
}
