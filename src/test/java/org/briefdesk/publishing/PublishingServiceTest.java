package org.briefdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefdesk.IntegrationTest;
import org.briefdesk.audit.AuditEntry;
import org.briefdesk.audit.AuditEvent;
import org.briefdesk.audit.AuditFilter;
import org.briefdesk.audit.AuditLog;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.Sha256;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.notification.NotificationKind;
import org.briefdesk.notification.NotificationService;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Publish, revise and retract (PRODUCT sections 5 and 6) through the real services on MariaDB. */
@IntegrationTest
class PublishingServiceTest {

    @Autowired
    PublishedFixture fixture;

    @Autowired
    PublishedEditions published;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    BriefingService briefings;

    @Autowired
    SourceService sources;

    @Autowired
    NotificationService notifications;

    @Autowired
    ActingUser actingUser;

    @Autowired
    AuditLog auditLog;

    private List<AuditEntry> audited(AuditEvent kind, String target) {
        return actingUser.as(
                TestUsers.ADMIN,
                () -> auditLog.search(new AuditFilter(null, kind, null, null), null, 200).entries().stream()
                        .filter(entry -> entry.target().equals(target))
                        .toList());
    }

    private String page(String slug) {
        return new String(
                actingUser.as(
                        TestUsers.READER,
                        () -> published.latestPage(slug).orElseThrow().bytes()),
                StandardCharsets.UTF_8);
    }

    private String editionPage(String slug, int number) {
        return new String(
                actingUser.as(
                        TestUsers.READER,
                        () -> published.editionPage(slug, number).orElseThrow().bytes()),
                StandardCharsets.UTF_8);
    }

    private List<FrozenEdition> editions(long id) {
        return actingUser.as(TestUsers.READER, () -> published.editionsOf(id));
    }

    @Test
    void publishing_freezes_an_edition_with_its_html_exports_and_the_cited_source_versions() {
        PublishedFixture.Made made = fixture.published("Port strike " + PublishedFixture.nonce(), Audience.INTERNAL);

        BriefingDetails briefing = actingUser.as(
                TestUsers.AUTHOR, () -> briefings.get(made.briefingId()).orElseThrow());
        assertThat(briefing.status()).isEqualTo(BriefingStatus.PUBLISHED);
        assertThat(briefing.edition()).isEqualTo(1);

        FrozenEdition edition = editions(made.briefingId()).getFirst();
        assertThat(edition.number()).isEqualTo(1);
        assertThat(edition.publisher()).isEqualTo(TestUsers.EDITOR);
        assertThat(edition.authors()).containsExactly("Test author");
        assertThat(edition.html())
                .contains("<table>")
                .contains("Sources")
                .contains("Pilots refuse to board ships")
                .contains("B2")
                .doesNotContain("[@");
        assertThat(edition.exportSha256()).isEqualTo(Sha256.hex(edition.portableExport()));
        assertThat(edition.portableExport())
                .contains("sha256: \"" + made.harbour().bodySha256() + "\"")
                .contains("[^1]")
                .contains("Cited at: para. 4.");
        assertThat(edition.pandocExport())
                .contains("[@" + made.harbour().citationKey() + "]")
                .contains("id: \"" + made.ministry().citationKey() + "\"");

        String page = page(made.slug());
        assertThat(page)
                .contains("<h1>" + made.title() + "</h1>")
                .contains("Why the port stopped, in two paragraphs.")
                .contains("By Test author")
                .contains("Edition 1")
                .contains("Download Markdown");
        assertThat(actingUser.as(TestUsers.AUTHOR, notifications::mine))
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(NotificationKind.PUBLISHED));
        assertThat(audited(AuditEvent.PUBLISHED, "briefing:" + made.slug()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(TestUsers.EDITOR);
                    assertThat(entry.detail()).contains("edition 1").contains(edition.exportSha256());
                });
    }

    @Test
    void an_edition_never_changes_when_its_sources_change_or_a_later_edition_is_published() {
        PublishedFixture.Made made = fixture.published("Harbour " + PublishedFixture.nonce(), Audience.INTERNAL);
        FrozenEdition first = editions(made.briefingId()).getFirst();
        String firstPage = editionPage(made.slug(), 1);

        // The source is edited after publication: a new version, the edition keeps the old one.
        var harbour = made.harbour();
        actingUser.as(
                TestUsers.AUTHOR,
                () -> sources.update(
                        harbour.citationKey(),
                        new SourceDraft(
                                harbour.citationKey(),
                                "Pilots refuse to board ships (corrected)",
                                harbour.outlet(),
                                harbour.authors(),
                                harbour.url(),
                                harbour.publishedDate(),
                                harbour.language(),
                                java.util.Set.copyOf(harbour.tags()),
                                harbour.notes(),
                                harbour.grade(),
                                harbour.body() + " A correction was appended.")));

        // Revise, change the text, review again and publish edition 2.
        actingUser.as(TestUsers.AUTHOR, () -> workflow.revise(made.briefingId()));
        actingUser.as(TestUsers.AUTHOR, () -> {
            BriefingDetails draft = briefings.get(made.briefingId()).orElseThrow();
            assertThat(draft.status()).isEqualTo(BriefingStatus.DRAFT);
            assertThat(draft.edition()).isEqualTo(2);
            var next = draft.toDraft();
            briefings.save(
                    draft.id(),
                    draft.currentRevisionId(),
                    new org.briefdesk.briefing.BriefingDraft(
                            next.title(),
                            next.summary(),
                            next.body() + "\nTraffic resumed on Thursday, the ministry said [@"
                                    + made.ministry().citationKey() + "].\n",
                            next.audience(),
                            next.tags(),
                            next.coAuthors()),
                    "Edition 2",
                    false);
            return workflow.submit(draft.id(), null);
        });
        // While edition 2 is written and reviewed, edition 1 stays the published page.
        assertThat(page(made.slug())).contains("Edition 1").doesNotContain("Traffic resumed on Thursday");
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(made.briefingId()));
        actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId()));

        List<FrozenEdition> both = editions(made.briefingId());
        assertThat(both).extracting(FrozenEdition::number).containsExactly(1, 2);
        assertThat(both.getFirst()).isEqualTo(first);
        assertThat(editionPage(made.slug(), 1))
                .contains("This is edition 1. A newer edition was published")
                .contains(first.html());
        assertThat(firstPage).contains(first.html());
        assertThat(first.html()).doesNotContain("(corrected)");
        assertThat(page(made.slug())).contains("Edition 2").contains("Traffic resumed on Thursday");
        assertThat(both.get(1).html()).contains("(corrected)");
    }

    @Test
    void retracting_replaces_the_text_with_the_reason_and_keeps_the_editions_with_a_banner() {
        PublishedFixture.Made made = fixture.published("Retract me " + PublishedFixture.nonce(), Audience.PUBLIC);

        assertThatThrownBy(() -> actingUser.as(TestUsers.EDITOR, () -> workflow.retract(made.briefingId(), "  ")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("comment is required");
        assertThatThrownBy(() ->
                        actingUser.as(TestUsers.AUTHOR, () -> workflow.retract(made.briefingId(), "I changed my mind")))
                .isInstanceOf(AccessDeniedException.class);

        actingUser.as(
                TestUsers.EDITOR, () -> workflow.retract(made.briefingId(), "The harbour figures were <b>wrong</b>."));

        String page = page(made.slug());
        assertThat(page)
                .contains("Retracted on")
                .contains("The harbour figures were &lt;b&gt;wrong&lt;/b&gt;.")
                .doesNotContain("would not board");
        assertThat(editionPage(made.slug(), 1))
                .contains("This briefing was retracted on")
                .contains("would not board");
        assertThat(actingUser.as(TestUsers.READER, () -> published.export(made.slug(), null, false)))
                .isEmpty();
        assertThat(actingUser.as(TestUsers.READER, () -> published.export(made.slug(), 1, false)))
                .isPresent();
        assertThat(actingUser.as(TestUsers.READER, () -> published.recent(50)))
                .filteredOn(item -> item.slug().equals(made.slug()))
                .singleElement()
                .satisfies(item -> assertThat(item.retracted()).isTrue());
        assertThat(new String(published.feed("http://briefdesk.test").bytes(), StandardCharsets.UTF_8))
                .contains("Retracted: " + made.title())
                .contains("The harbour figures were &lt;b&gt;wrong&lt;/b&gt;.");
        assertThatThrownBy(() -> actingUser.as(TestUsers.AUTHOR, () -> workflow.revise(made.briefingId())))
                .isInstanceOf(ActionRefusedException.class);
        assertThat(audited(AuditEvent.RETRACTED, "briefing:" + made.slug()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("The harbour figures were <b>wrong</b>."));
    }

    @Test
    void only_editors_publish_and_only_approved_briefings() {
        PublishedFixture.Made made = fixture.approved("Rights " + PublishedFixture.nonce(), Audience.INTERNAL);

        assertThatThrownBy(() -> actingUser.as(TestUsers.AUTHOR, () -> workflow.publish(made.briefingId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingUser.as(TestUsers.READER, () -> workflow.publish(made.briefingId())))
                .isInstanceOf(AccessDeniedException.class);
        actingUser.as(TestUsers.AUTHOR, () -> workflow.reopen(made.briefingId()));
        assertThatThrownBy(() -> actingUser.as(TestUsers.EDITOR, () -> workflow.publish(made.briefingId())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("does not apply");
        assertThat(editions(made.briefingId())).isEmpty();
        assertThat(actingUser.as(TestUsers.READER, () -> published.latestPage(made.slug())))
                .isEmpty();
    }

    @Test
    void an_internal_edition_is_refused_to_anonymous_readers_and_a_public_one_is_not() {
        PublishedFixture.Made internal = fixture.published("Internal " + PublishedFixture.nonce(), Audience.INTERNAL);
        PublishedFixture.Made open = fixture.published("Public " + PublishedFixture.nonce(), Audience.PUBLIC);

        assertThatThrownBy(() -> published.latestPage(internal.slug())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> published.export(internal.slug(), 1, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(published.latestPage(open.slug())).isPresent();
        String feed = new String(published.feed("http://briefdesk.test").bytes(), StandardCharsets.UTF_8);
        assertThat(feed).contains(open.title()).doesNotContain(internal.title());
    }

    @Test
    void export_all_is_a_zip_of_every_edition_in_both_flavours_with_an_index_for_editors_and_admins()
            throws IOException {
        PublishedFixture.Made made = fixture.published("Zip " + PublishedFixture.nonce(), Audience.INTERNAL);

        assertThatThrownBy(() -> actingUser.as(TestUsers.AUTHOR, published::exportAll))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actingUser.as(TestUsers.READER, published::exportAll))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actingUser.as(TestUsers.ADMIN, published::exportAll)).isNotEmpty();

        Map<String, String> entries = unzip(actingUser.as(TestUsers.EDITOR, published::exportAll));
        String folder = made.slug() + "/";
        assertThat(entries)
                .containsKey("index.md")
                .containsKey(folder + made.slug() + "-edition-1.md")
                .containsKey(folder + made.slug() + "-edition-1.pandoc.md");
        assertThat(entries.keySet())
                .allSatisfy(name ->
                        assertThat(name).matches("index\\.md|[a-z0-9-]+/[a-z0-9-]+-edition-[0-9]+(\\.pandoc)?\\.md"));
        assertThat(entries.get("index.md")).contains(made.title());
        FrozenEdition edition = editions(made.briefingId()).getFirst();
        assertThat(entries.get(folder + made.slug() + "-edition-1.md")).isEqualTo(edition.portableExport());
        assertThat(audited(AuditEvent.EXPORT_ALL, "editions"))
                .anySatisfy(entry -> assertThat(entry.actor()).isEqualTo(TestUsers.EDITOR));
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
