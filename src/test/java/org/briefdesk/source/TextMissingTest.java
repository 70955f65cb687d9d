package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.BriefingChecks;
import org.briefdesk.briefing.BriefingStatus;
import org.briefdesk.briefing.BriefingWorkflowService;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.briefdesk.publishing.PublishedFixture;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sources whose text is missing (issue #19): a reference imported without an abstract, note or
 * attached article is stored without text. It can be cited in a draft, but the checks say it cannot
 * be quoted or published from, and submitting is refused, until an author adds its text, which
 * becomes version 1 and makes the same briefing publishable.
 */
@IntegrationTest
class TextMissingTest {

    @Autowired
    SourceService sources;

    @Autowired
    BriefingChecks checks;

    @Autowired
    BriefingWorkflowService workflow;

    @Autowired
    PublishedFixture fixture;

    @Autowired
    ActingUser actingUser;

    private final String n = PublishedFixture.nonce();

    private static final String TEXT = "The pilots would not board another ship until the roster changed.";

    @Test
    void a_source_without_text_is_stored_as_text_missing_and_found_again_as_a_duplicate() {
        SourceDetails book = add("A harbour history " + n, null, null, "");

        assertThat(book.textMissing()).isTrue();
        assertThat(book.currentVersion()).isZero();
        assertThat(book.bodySha256()).isNull();
        assertThat(actingUser.as(TestUsers.AUTHOR, () -> sources.versions(book.citationKey())))
                .isEmpty();
        // Another reference without text is no duplicate of it: only the same title and date is.
        assertThat(add("A second harbour history " + n, null, null, "").textMissing())
                .isTrue();
        assertThatThrownBy(() -> add("a harbour HISTORY " + n, null, null, ""))
                .isInstanceOf(DuplicateSourceException.class)
                .hasMessageContaining("@" + book.citationKey())
                .hasMessageContaining("same title and date");
        // A DOI decides, however it is written and whatever the URL.
        SourceDetails withDoi = add("Ports " + n, null, "10.1234/Ports." + n, "");
        assertThat(withDoi.doi()).isEqualTo("10.1234/ports." + n);
        assertThatThrownBy(() -> add(
                        "Ports, again " + n,
                        "https://example.org/ports-" + n,
                        "https://doi.org/10.1234/PORTS." + n,
                        ""))
                .isInstanceOf(DuplicateSourceException.class)
                .hasMessageContaining("@" + withDoi.citationKey())
                .hasMessageContaining("same DOI");
        // With a URL, the URL decides, as for every source.
        SourceDetails online = add("Online only " + n, "https://example.org/online-" + n, null, "");
        assertThatThrownBy(() -> add("Renamed " + n, "https://example.org/online-" + n, null, ""))
                .isInstanceOf(DuplicateSourceException.class)
                .hasMessageContaining("@" + online.citationKey());
    }

    @Test
    void a_briefing_citing_it_cannot_be_submitted_until_its_text_is_added() {
        SourceDetails missing = add("Pilots' strike " + n, null, null, "");
        String body = "The harbour master said the pilots \"would not board another ship\" [@" + missing.citationKey()
                + "].\n";
        long briefing = fixture.draft("Strike " + n, body);

        assertThat(actingUser.as(
                        TestUsers.AUTHOR, () -> checks.check(briefing, body).findings()))
                .filteredOn(finding -> finding.severity() == Severity.ERROR)
                .extracting(Finding::message)
                .containsExactly("@" + missing.citationKey() + ": text missing. It cannot be quoted or published from"
                        + " until its text is added to the source.");
        assertThatThrownBy(() -> actingUser.as(TestUsers.AUTHOR, () -> workflow.submit(briefing, null)))
                .isInstanceOf(ActionRefusedException.class);

        SourceDetails withText = actingUser.as(
                TestUsers.AUTHOR,
                () -> sources.update(missing.citationKey(), draftOf(missing, TEXT + " Report " + n + ".")));
        assertThat(withText.textMissing()).isFalse();
        assertThat(withText.currentVersion()).isEqualTo(1);
        // The quotation is now checked against the text, with no "changed since cited" warning.
        assertThat(actingUser.as(
                        TestUsers.AUTHOR, () -> checks.check(briefing, body).findings()))
                .isEmpty();
        actingUser.as(TestUsers.AUTHOR, () -> workflow.submit(briefing, null));
        actingUser.as(TestUsers.EDITOR, () -> workflow.approve(briefing));
        assertThat(actingUser
                        .as(TestUsers.EDITOR, () -> workflow.publish(briefing))
                        .to())
                .isEqualTo(BriefingStatus.PUBLISHED);
    }

    @Test
    void a_stored_text_cannot_be_removed() {
        SourceDetails article = add("Harbour report " + n, null, null, TEXT + " Stored " + n + ".");

        assertThatThrownBy(() -> actingUser.as(
                        TestUsers.AUTHOR, () -> sources.update(article.citationKey(), draftOf(article, " "))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("cannot be removed");
        assertThat(actingUser.as(TestUsers.AUTHOR, () -> sources.findByKey(article.citationKey())))
                .get()
                .satisfies(unchanged -> {
                    assertThat(unchanged.body()).isEqualTo(article.body());
                    assertThat(unchanged.currentVersion()).isEqualTo(1);
                });
    }

    private SourceDetails add(String title, @Nullable String url, @Nullable String doi, String body) {
        SourceDraft draft = new SourceDraft(
                null,
                title,
                "Harbour Press",
                "Duarte, Ines",
                url,
                LocalDate.of(2024, 5, 1),
                "en",
                Set.of("ports"),
                null,
                new Grade('B', 2),
                body,
                null,
                doi);
        return actingUser.as(TestUsers.AUTHOR, () -> sources.add(draft));
    }

    private static SourceDraft draftOf(SourceDetails source, String body) {
        return new SourceDraft(
                source.citationKey(),
                source.title(),
                source.outlet(),
                source.authors(),
                source.url(),
                source.publishedDate(),
                source.language(),
                Set.copyOf(source.tags()),
                source.notes(),
                source.grade(),
                body);
    }
}
