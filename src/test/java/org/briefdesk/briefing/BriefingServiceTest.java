package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.citation.Finding;
import org.briefdesk.citation.Severity;
import org.briefdesk.citation.WordDiff;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceService;
import org.briefdesk.user.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(value = TestUsers.AUTHOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class BriefingServiceTest {

    @Autowired
    BriefingService briefingService;

    @Autowired
    BriefingChecks checks;

    @Autowired
    SourceService sourceService;

    private static String nonce() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static BriefingDraft draft(String title, String body) {
        return new BriefingDraft(title, "A summary.", body, Audience.INTERNAL, Set.of("ports"), Set.of());
    }

    private SourceDetails source(String body) {
        return sourceService.add(new SourceDraft(
                null,
                "Source " + nonce(),
                "Harbour Gazette",
                "Ines Duarte",
                null,
                LocalDate.of(2025, 4, 1),
                "en",
                Set.of(),
                null,
                new Grade('B', 2),
                body));
    }

    @Test
    void titles_may_hold_joined_emoji_and_persian_words_but_not_hidden_direction_marks() {
        String title =
                "Coders \uD83D\uDC69\u200D\uD83D\uDCBB and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 " + nonce();

        BriefingDetails created = briefingService.create(BriefingDraft.titled(title));

        assertThat(briefingService.get(created.id()).orElseThrow().title()).isEqualTo(title);
        assertThatThrownBy(() -> briefingService.create(BriefingDraft.titled("evil\u202Etxt.exe " + nonce())))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("invisible control characters");
    }

    @Test
    void creating_a_briefing_stores_a_first_revision_and_a_slug() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Harbour Pilots’ Strike " + nonce()));

        assertThat(created.status()).isEqualTo(BriefingStatus.DRAFT);
        assertThat(created.owner()).isEqualTo(TestUsers.AUTHOR);
        assertThat(created.slug()).startsWith("harbour-pilots-strike-");
        assertThat(created.editableByMe()).isTrue();
        assertThat(briefingService.revisions(created.id())).singleElement().satisfies(revision -> {
            assertThat(revision.number()).isEqualTo(1);
            assertThat(revision.kind()).isEqualTo(RevisionKind.SAVE);
        });
    }

    @Test
    void each_save_appends_a_revision_with_its_message_and_base() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Saves " + nonce()));
        long first = created.currentRevisionId();

        var saved =
                briefingService.save(created.id(), first, draft(created.title(), "First paragraph."), "Intro", false);
        assertThat(saved.outcome()).isEqualTo(SaveOutcome.SAVED);
        assertThat(saved.revision()).isNotNull();
        assertThat(saved.revision().message()).isEqualTo("Intro");
        assertThat(saved.revision().baseRevisionId()).isEqualTo(first);
        assertThat(saved.revision().conflicted()).isFalse();
        assertThat(saved.briefing().body()).isEqualTo("First paragraph.");
    }

    @Test
    void a_stale_save_that_overlaps_is_stored_as_a_conflicted_revision_and_leaves_the_current_text_alone() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Stale " + nonce()));
        long first = created.currentRevisionId();
        var current =
                briefingService.save(created.id(), first, draft(created.title(), "First paragraph."), null, false);

        var stale = briefingService.save(created.id(), first, draft(created.title(), "Stale text."), "Mine", false);

        assertThat(stale.outcome()).isEqualTo(SaveOutcome.CONFLICT);
        assertThat(stale.briefing().body()).isEqualTo("First paragraph.");
        assertThat(stale.briefing().currentRevisionId())
                .isEqualTo(current.revision().id());
        assertThat(stale.revision().conflicted()).isTrue();
        assertThat(briefingService.get(created.id()).orElseThrow().body()).isEqualTo("First paragraph.");
        assertThat(briefingService.get(created.id()).orElseThrow().currentRevisionId())
                .isEqualTo(current.revision().id());
        RevisionDetails kept =
                briefingService.revision(created.id(), stale.revision().id()).orElseThrow();
        assertThat(kept.body()).isEqualTo("Stale text.");
        assertThat(kept.summary().message()).isEqualTo("Mine");
        assertThat(kept.summary().baseRevisionId()).isEqualTo(first);
        assertThat(briefingService.revisions(created.id()))
                .extracting(RevisionSummary::conflicted)
                .containsExactly(true, false, false);

        SaveConflict conflict = stale.conflict();
        assertThat(conflict).isNotNull();
        assertThat(conflict.currentRevisionId()).isEqualTo(current.revision().id());
        assertThat(conflict.body().conflicts()).singleElement().satisfies(hunk -> {
            assertThat(hunk.theirsText()).isEqualTo("First paragraph.");
            assertThat(hunk.mineText()).isEqualTo("Stale text.");
        });
    }

    @Test
    void an_autosave_keeps_one_autosave_per_user_and_an_unchanged_autosave_stores_nothing() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Autosave " + nonce()));
        Long base = created.currentRevisionId();
        base = briefingService
                .save(created.id(), base, draft(created.title(), "One"), null, true)
                .briefing()
                .currentRevisionId();
        base = briefingService
                .save(created.id(), base, draft(created.title(), "One two"), null, true)
                .briefing()
                .currentRevisionId();
        var unchanged = briefingService.save(created.id(), base, draft(created.title(), "One two"), null, true);

        assertThat(unchanged.revision()).isNull();
        assertThat(briefingService.revisions(created.id()))
                .extracting(RevisionSummary::kind)
                .containsExactly(RevisionKind.AUTOSAVE, RevisionKind.SAVE);
        assertThat(briefingService.get(created.id()).orElseThrow().body()).isEqualTo("One two");
    }

    @Test
    void restoring_makes_an_old_text_current_as_a_new_revision_and_the_diff_shows_the_words() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Restore " + nonce()));
        var one = briefingService.save(
                created.id(),
                created.currentRevisionId(),
                draft(created.title(), "The port reopened on Monday."),
                "one",
                false);
        var two = briefingService.save(
                created.id(),
                one.briefing().currentRevisionId(),
                draft(created.title(), "The port reopened on Tuesday."),
                "two",
                false);

        var parts = briefingService.diff(
                created.id(), one.revision().id(), two.revision().id());
        assertThat(parts)
                .contains(
                        new WordDiff.Part(WordDiff.Kind.REMOVED, "Monday."),
                        new WordDiff.Part(WordDiff.Kind.ADDED, "Tuesday."));

        var restored = briefingService.restore(created.id(), one.revision().id());
        assertThat(restored.briefing().body()).isEqualTo("The port reopened on Monday.");
        assertThat(restored.revision().kind()).isEqualTo(RevisionKind.RESTORE);
        assertThat(briefingService.revisions(created.id())).hasSize(4);
    }

    @Test
    void checks_flag_unknown_keys_and_wrong_quotations_and_block_submission_until_fixed() {
        String word = nonce();
        SourceDetails source = source("The harbour master said the " + word + " channel would reopen within a week.");
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Checks " + word));

        String wrong = "He said “the " + word + " channel would reopen within a month” [@" + source.citationKey()
                + "] and [@no-such-key-" + word + "].";
        var saved = briefingService.save(
                created.id(), created.currentRevisionId(), draft(created.title(), wrong), null, false);
        CheckReport report = checks.check(created.id(), wrong);
        assertThat(report.findings())
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.message())
                .anySatisfy(m -> assertThat(m).contains("@" + source.citationKey()))
                .anySatisfy(m -> assertThat(m).contains("no-such-key-" + word));
        assertThat(checks.maySubmit(created.id())).isFalse();

        String right = "He said “The " + word + " channel would reopen within a week” [@" + source.citationKey() + "].";
        briefingService.save(
                created.id(), saved.briefing().currentRevisionId(), draft(created.title(), right), null, false);
        assertThat(checks.check(created.id(), right).hasErrors()).isFalse();
        assertThat(checks.check(created.id(), right).preview().html()).contains("Harbour Gazette");
        assertThat(checks.maySubmit(created.id())).isTrue();
    }

    @Test
    void the_checks_include_the_tradecraft_of_the_briefings_own_words_as_warnings_that_do_not_block() {
        String word = nonce();
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Tradecraft " + word));
        String text =
                "A strike is very likely, and we have high confidence in that. A deal is a realistic" + " possibility.";
        briefingService.save(created.id(), created.currentRevisionId(), draft(created.title(), text), null, false);

        CheckReport report = checks.check(created.id(), text);

        assertThat(report.findings())
                .extracting(Finding::severity, Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.WARNING,
                                "This sentence states a likelihood (“very likely”) and a confidence (“high"
                                        + " confidence”) together: say each in a sentence of its own."),
                        org.assertj.core.groups.Tuple.tuple(
                                Severity.WARNING,
                                "“realistic possibility” comes from the PHIA probability yardstick, but this"
                                        + " briefing uses the ICD 203 yardstick: keep to one yardstick in a"
                                        + " briefing."));
        assertThat(checks.maySubmit(created.id())).isTrue();
    }

    @Test
    void a_cited_source_keeps_its_key_and_a_later_change_of_it_is_flagged() {
        String word = nonce();
        SourceDetails source = source("Dredging of berth " + word + " starts in May.");
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Pinned " + word));
        String text = "Dredging is planned [@" + source.citationKey() + "].";
        var saved = briefingService.save(
                created.id(), created.currentRevisionId(), draft(created.title(), text), null, false);

        assertThat(sourceService.findByKey(source.citationKey()).orElseThrow().keyEditable())
                .isFalse();
        assertThat(sourceService.citedBy(source.citationKey()).briefings())
                .anySatisfy(citing -> assertThat(citing.briefingId()).isEqualTo(created.id()));

        sourceService.update(
                source.citationKey(),
                new SourceDraft(
                        null,
                        source.title(),
                        source.outlet(),
                        source.authors(),
                        null,
                        source.publishedDate(),
                        "en",
                        Set.of(),
                        null,
                        source.grade(),
                        "Dredging of berth " + word + " starts in June."));
        assertThat(checks.check(created.id(), text).findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("changed");
        });
        // A later save keeps the pin, so the warning does not silently disappear.
        briefingService.save(
                created.id(), saved.briefing().currentRevisionId(), draft(created.title(), text + " "), null, false);
        assertThat(checks.check(created.id(), text).findings())
                .anyMatch(f -> f.message().contains("changed"));
    }

    @Test
    void only_the_owner_and_co_authors_edit_and_other_authors_cannot_open_the_draft() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Private " + nonce()));

        RunAs.withRoles(
                () -> {
                    assertThatThrownBy(() -> briefingService.get(created.id()).orElseThrow())
                            .isInstanceOf(java.util.NoSuchElementException.class);
                    assertThatThrownBy(() ->
                                    briefingService.save(created.id(), null, draft("Hijack", "Mine now"), null, false))
                            .isInstanceOf(ActionRefusedException.class);
                    return null;
                },
                "AUTHOR",
                "READER");

        var withCoAuthor = briefingService.save(
                created.id(),
                created.currentRevisionId(),
                new BriefingDraft(created.title(), null, "Text", Audience.INTERNAL, Set.of(), Set.of(TestUsers.EDITOR)),
                null,
                false);
        assertThat(withCoAuthor.briefing().coAuthors()).containsExactly(TestUsers.EDITOR);
    }

    @Test
    void unknown_co_authors_and_bad_fields_are_refused_with_a_message() {
        BriefingDetails created = briefingService.create(BriefingDraft.titled("Fields " + nonce()));
        assertThatThrownBy(() -> briefingService.save(
                        created.id(),
                        created.currentRevisionId(),
                        new BriefingDraft(
                                created.title(), null, "x", Audience.INTERNAL, Set.of(), Set.of("nobody-here")),
                        null,
                        false))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("Co-authors:");
        assertThatThrownBy(() -> briefingService.save(
                        created.id(), created.currentRevisionId(), draft("Bad\u202Etitle", "x"), null, false))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("Title:");
        assertThatThrownBy(() -> briefingService.create(BriefingDraft.titled("  ")))
                .isInstanceOf(ActionRefusedException.class);
    }

    @Test
    @WithUserDetails(value = TestUsers.READER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reader_cannot_create_or_save() {
        assertThatThrownBy(() -> briefingService.create(BriefingDraft.titled("Nope")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> briefingService.save(1L, null, draft("Nope", "x"), null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> briefingService.restore(1L, 1L)).isInstanceOf(AccessDeniedException.class);
    }
}
