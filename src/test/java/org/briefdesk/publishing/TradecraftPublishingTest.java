package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.briefing.CheckReport;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.briefdesk.marking.Tlp;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.tradecraft.Confidence;
import org.briefdesk.tradecraft.JudgmentChange;
import org.briefdesk.tradecraft.KeyJudgment;
import org.briefdesk.tradecraft.Yardstick;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Key judgments and TLP markings through the real services on MariaDB (issue #17): the checks, the
 * refusals at Publish, what an edition keeps and shows, and judgments that change between editions.
 */
@IntegrationTest
class TradecraftPublishingTest {

    @Autowired
    PublishedFixture fixture;

    @Autowired
    PublishedEditions published;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    BriefingService briefings;

    @Autowired
    BriefingChecks checks;

    @Autowired
    SourceService sources;

    @Autowired
    ActingUser actingUser;

    @Autowired
    AuditLog auditLog;

    private SourceDetails amberSource(String n) {
        return actingUser.as(
                TestUsers.AUTHOR,
                () -> sources.add(new SourceDraft(
                        "liaison-" + n,
                        "Liaison note on pilot rosters " + n,
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 4, 3),
                        "en",
                        Set.of(),
                        null,
                        new Grade('C', 3),
                        "The pilots' union expects the roster dispute to last into May. Note " + n + ".",
                        Tlp.AMBER,
                        null)));
    }

    /** Saves the draft's text with these marking, audience and judgments, as the test author. */
    private void save(long id, String body, Audience audience, Tlp tlp, List<KeyJudgment> judgments) {
        actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails draft = briefings.get(id).orElseThrow();
            return briefings.save(
                    id,
                    draft.currentRevisionId(),
                    draft.toDraft()
                            .withBody(body)
                            .withTradecraft(tlp, Yardstick.ICD_203, judgments)
                            .withAudience(audience),
                    "Tradecraft",
                    false);
        });
    }

    private void review(long id) {
        actingUser.as(TestUsers.AUTHOR, () -> workflow.submit(id, null));
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(id));
    }

    private String page(String slug) {
        return new String(
                actingUser.as(
                        TestUsers.READER,
                        () -> published.latestPage(slug).orElseThrow().bytes()),
                StandardCharsets.UTF_8);
    }

    @Test
    void a_public_briefing_citing_an_amber_source_is_refused_at_publish_naming_it_then_published_when_marked() {
        String n = PublishedFixture.nonce();
        SourceDetails liaison = amberSource(n);
        PublishedFixture.Made made = fixture.inReview("Rosters " + n, Audience.PUBLIC);
        actingUser.as(TestUsers.AUTHOR, () -> workflow.withdraw(made.briefingId()));
        String body = PublishedFixture.body(
                        made.harbour().citationKey(), made.ministry().citationKey())
                + "\nThe union expects a long dispute [@" + liaison.citationKey() + "].\n";
        save(made.briefingId(), body, Audience.PUBLIC, Tlp.CLEAR, List.of());

        CheckReport report = actingUser.as(TestUsers.AUTHOR, () -> checks.check(made.briefingId(), body));
        assertThat(report.findings())
                .filteredOn(finding -> finding.message().contains(liaison.title()))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                    assertThat(body.substring(finding.start(), finding.end()))
                            .isEqualTo("[@" + liaison.citationKey() + "]");
                });

        review(made.briefingId());
        assertThatThrownBy(() -> actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("“" + liaison.title() + "” (TLP:AMBER)")
                .hasMessageContaining("A Public briefing must stay TLP:CLEAR");
        assertThat(actingUser.as(
                        TestUsers.AUTHOR,
                        () -> briefings.get(made.briefingId()).orElseThrow().status()))
                .as("nothing changed")
                .isEqualTo(BriefingStatus.APPROVED);
        assertThat(actingUser.as(TestUsers.READER, () -> published.editionsOf(made.briefingId())))
                .isEmpty();

        actingUser.as(TestUsers.EDITOR, () -> workflow.reopen(made.briefingId()));
        save(made.briefingId(), body, Audience.INTERNAL, Tlp.GREEN, List.of());
        review(made.briefingId());
        assertThatThrownBy(() -> actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId())))
                .hasMessageContaining("This briefing is marked TLP:GREEN")
                .hasMessageContaining("Mark it TLP:AMBER or more restrictive");

        actingUser.as(TestUsers.EDITOR, () -> workflow.reopen(made.briefingId()));
        save(made.briefingId(), body, Audience.INTERNAL, Tlp.AMBER, List.of());
        review(made.briefingId());
        actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId()));

        FrozenEdition edition = actingUser
                .as(TestUsers.READER, () -> published.editionsOf(made.briefingId()))
                .getFirst();
        assertThat(edition.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(edition.portableExport()).startsWith("---\ntlp: \"TLP:AMBER\"\n");
        assertThat(edition.pandocExport()).startsWith("---\ntlp: \"TLP:AMBER\"\n");
        String page = page(made.slug());
        assertThat(page.split("class=\"tlp tlp-amber\">TLP:AMBER</span>", -1))
                .as("banner at the top and at the bottom")
                .hasSize(3);
        assertThat(page.indexOf("TLP:AMBER")).isLessThan(page.indexOf("<h1>"));
        assertThat(page.lastIndexOf("TLP:AMBER")).isGreaterThan(page.indexOf("</article>"));
    }

    @Test
    void judgments_lead_the_edition_and_the_next_edition_lists_what_changed_with_the_editors_note() {
        PublishedFixture.Made made = fixture.inReview("Judgments " + PublishedFixture.nonce(), Audience.PUBLIC);
        String harbour = made.harbour().citationKey();
        String ministry = made.ministry().citationKey();
        String body = PublishedFixture.body(harbour, ministry);
        KeyJudgment reopens = KeyJudgment.create(
                "The port reopens within a week [@" + harbour + "; @" + ministry + "].", "likely", Confidence.MODERATE);
        KeyJudgment strike =
                KeyJudgment.create("Pilots strike again in May [@" + harbour + "].", "unlikely", Confidence.LOW);
        actingUser.as(TestUsers.AUTHOR, () -> workflow.withdraw(made.briefingId()));
        save(made.briefingId(), body, Audience.PUBLIC, Tlp.CLEAR, List.of(reopens, strike));
        review(made.briefingId());
        assertThat(actingUser.as(TestUsers.EDITOR, () -> workflow.judgmentChanges(made.briefingId())))
                .as("nothing to explain before the first edition")
                .isEmpty();
        actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId()));

        String first = page(made.slug());
        assertThat(first.indexOf("Key judgments")).isLessThan(first.indexOf("The strike closed the port"));
        assertThat(first)
                .contains("<strong>Likely</strong>, moderate confidence: The port reopens within a week")
                .contains("Likelihood on the ICD 203 yardstick.")
                .containsPattern("Edition 1 · \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2} UTC")
                .contains("Resting on a single source: key judgment 2.")
                .contains("class=\"tlp tlp-clear\">TLP:CLEAR</span>")
                .doesNotContain("since edition");
        assertThat(actingUser
                        .as(TestUsers.READER, () -> published.editionsOf(made.briefingId()))
                        .getFirst()
                        .pandocExport())
                .contains("key_judgments:\n  - text: \"The port reopens within a week")
                .contains("yardstick: \"ICD 203\"");

        actingUser.as(TestUsers.AUTHOR, () -> workflow.revise(made.briefingId()));
        save(made.briefingId(), body, Audience.PUBLIC, Tlp.CLEAR, List.of(reopens.withConfidence(Confidence.HIGH)));
        review(made.briefingId());
        assertThat(actingUser.as(TestUsers.EDITOR, () -> workflow.judgmentChanges(made.briefingId())))
                .extracting(JudgmentChange::describe)
                .containsExactly("Confidence moderate → high", "Dropped (unlikely, low confidence)");
        assertThatThrownBy(() -> actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId(), " ")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("say why in the note for readers");

        actingUser.as(
                TestUsers.EDITOR,
                () -> workflow.publish(made.briefingId(), "The ministry's traffic figures now confirm the reopening."));

        String second = page(made.slug());
        assertThat(second)
                .contains("Key judgments since edition 1")
                .contains("<strong>Confidence moderate → high:</strong> The port reopens within a week.")
                .contains("<strong>Dropped (unlikely, low confidence):</strong> Pilots strike again in May.")
                .contains("<strong>Why:</strong> The ministry&#39;s traffic figures now confirm the reopening.");
    }

    @Test
    void an_editor_accepts_a_warning_with_a_reason_which_is_kept_and_audited() {
        String n = PublishedFixture.nonce();
        String text = "A strike is very likely, and we have high confidence in that. " + n;
        long id = fixture.draft("Accepting " + n, text);

        Finding warning = actingUser
                .as(TestUsers.AUTHOR, () -> checks.check(id, text).findings())
                .getFirst();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        String selected = text.substring(warning.start(), warning.end());

        assertThatThrownBy(() -> actingUser.as(TestUsers.AUTHOR, () -> {
                    checks.accept(id, warning, selected, "  ");
                    return null;
                }))
                .hasMessageContaining("a reason is required");
        assertThatThrownBy(() -> actingUser.as(TestUsers.READER, () -> {
                    checks.accept(id, warning, selected, "Because");
                    return null;
                }))
                .isInstanceOf(ActionRefusedException.class);
        actingUser.as(TestUsers.EDITOR, () -> {
            checks.accept(id, warning, selected, "The source's own wording, kept on purpose.");
            return null;
        });

        CheckReport again = actingUser.as(TestUsers.AUTHOR, () -> checks.check(id, "It was quiet. " + text));
        assertThat(again.findings()).hasSize(1);
        assertThat(again.acceptance(again.findings().getFirst()))
                .as("found again where the text moved")
                .isNotNull()
                .satisfies(acceptance -> {
                    assertThat(acceptance.acceptedBy()).isEqualTo(TestUsers.EDITOR);
                    assertThat(acceptance.reason()).isEqualTo("The source's own wording, kept on purpose.");
                });
        assertThat(again.count(Severity.WARNING)).isZero();
        assertThat(actingUser.as(
                        TestUsers.ADMIN,
                        () -> auditLog.search(new AuditFilter(null, AuditEvent.FINDING_ACCEPTED, null, null), null, 50)
                                .entries()))
                .anySatisfy(entry -> assertThat(entry.detail()).contains("kept on purpose"));
    }
}
