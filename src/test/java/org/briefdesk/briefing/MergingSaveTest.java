package org.briefdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.briefdesk.IntegrationTest;
import org.briefdesk.Waits;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.security.Role;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Saves that cannot lose text (PRODUCT section 4), on MariaDB, with real users acting at once. */
@IntegrationTest
class MergingSaveTest {

    private static final String OWNER = TestUsers.AUTHOR;
    private static final String CO_AUTHOR = TestUsers.EDITOR;
    private static final List<String> MORE_AUTHORS = List.of("t-merge-1", "t-merge-2", "t-merge-3");

    @Autowired
    BriefingService briefingService;

    @Autowired
    ActingUser actingUser;

    @Autowired
    UserService userService;

    private <T> T as(String username, Callable<T> action) {
        return actingUser.as(username, action);
    }

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String paragraphs(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static BriefingDraft draft(BriefingDetails briefing, String body) {
        return new BriefingDraft(
                briefing.title(),
                briefing.summary(),
                body,
                briefing.audience(),
                Set.copyOf(briefing.tags()),
                Set.copyOf(briefing.coAuthors()));
    }

    /** A briefing by the owner with co-authors, saved once with the given text and tags. */
    private BriefingDetails briefing(String body, Set<String> coAuthors, Set<String> tags) {
        return as(OWNER, () -> {
            BriefingDetails created = briefingService.create(BriefingDraft.titled("Merge " + nonce()));
            return briefingService
                    .save(
                            created.id(),
                            created.currentRevisionId(),
                            new BriefingDraft(
                                    created.title(), "The summary.", body, Audience.INTERNAL, tags, coAuthors),
                            null,
                            false)
                    .briefing();
        });
    }

    @Test
    void edits_of_different_paragraphs_by_two_authors_merge_and_name_the_other_author() {
        BriefingDetails start = briefing(paragraphs("One.", "Two.", "Three."), Set.of(CO_AUTHOR), Set.of());
        as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        draft(start, paragraphs("One.", "Two.", "Three, by Erin.")),
                        null,
                        false));

        var mine = as(
                OWNER,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        draft(start, paragraphs("One, by the owner.", "Two.", "Three.")),
                        "Intro",
                        false));

        assertThat(mine.outcome()).isEqualTo(SaveOutcome.MERGED);
        assertThat(mine.mergedWith()).extracting(p -> p.displayName()).containsExactly("Test editor");
        assertThat(mine.briefing().body()).isEqualTo(paragraphs("One, by the owner.", "Two.", "Three, by Erin."));
        assertThat(mine.revision().baseRevisionId()).isEqualTo(start.currentRevisionId());
        assertThat(mine.revision().conflicted()).isFalse();
        assertThat(as(OWNER, () -> briefingService.get(start.id()).orElseThrow().body()))
                .isEqualTo(paragraphs("One, by the owner.", "Two.", "Three, by Erin."));
    }

    @Test
    void title_summary_and_tags_merge_per_field() {
        BriefingDetails start = briefing("Text.", Set.of(CO_AUTHOR), Set.of("ports", "strikes"));
        as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        new BriefingDraft(
                                start.title(),
                                "A better summary.",
                                "Text.",
                                Audience.INTERNAL,
                                Set.of("ports", "pilots"),
                                Set.of(CO_AUTHOR)),
                        null,
                        false));

        var mine = as(
                OWNER,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        new BriefingDraft(
                                "A new title " + nonce(),
                                "The summary.",
                                "Text.",
                                Audience.PUBLIC,
                                Set.of("ports", "strikes", "weather"),
                                Set.of(CO_AUTHOR)),
                        null,
                        false));

        assertThat(mine.outcome()).isEqualTo(SaveOutcome.MERGED);
        assertThat(mine.briefing().title()).startsWith("A new title ");
        assertThat(mine.briefing().summary()).isEqualTo("A better summary.");
        assertThat(mine.briefing().audience()).isEqualTo(Audience.PUBLIC);
        assertThat(mine.briefing().tags()).containsExactlyInAnyOrder("ports", "pilots", "weather");
    }

    @Test
    void a_title_both_changed_differently_is_a_conflict_that_keeps_both_and_resolves_as_a_new_revision() {
        BriefingDetails start = briefing("Text.", Set.of(CO_AUTHOR), Set.of());
        var theirs = as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        new BriefingDraft(
                                "Their title", "The summary.", "Text.", Audience.INTERNAL, Set.of(), Set.of(CO_AUTHOR)),
                        null,
                        false));

        var mine = as(
                OWNER,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        new BriefingDraft(
                                "My title",
                                "The summary.",
                                "Text, edited.",
                                Audience.INTERNAL,
                                Set.of("new"),
                                Set.of(CO_AUTHOR)),
                        null,
                        false));

        assertThat(mine.outcome()).isEqualTo(SaveOutcome.CONFLICT);
        assertThat(mine.briefing().title()).isEqualTo("Their title");
        SaveConflict conflict = mine.conflict();
        assertThat(conflict.fields()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo(SaveConflict.Field.TITLE);
            assertThat(field.theirs()).isEqualTo("Their title");
            assertThat(field.mine()).isEqualTo("My title");
        });
        assertThat(conflict.body().clean()).isTrue();
        assertThat(conflict.merged().body()).isEqualTo("Text, edited.");
        assertThat(conflict.merged().tags()).containsExactly("new");
        assertThat(conflict.theirNames()).isEqualTo("Test editor");
        assertThat(as(
                                OWNER,
                                () -> briefingService.revision(
                                        start.id(), mine.revision().id()))
                        .orElseThrow()
                        .title())
                .isEqualTo("My title");

        var resolved = as(
                OWNER,
                () -> briefingService.save(
                        start.id(), conflict.currentRevisionId(), conflict.keepingMine(), "Resolved", false));

        assertThat(resolved.outcome()).isEqualTo(SaveOutcome.SAVED);
        assertThat(resolved.revision().baseRevisionId())
                .isEqualTo(theirs.revision().id());
        assertThat(resolved.briefing().title()).isEqualTo("My title");
        assertThat(resolved.briefing().body()).isEqualTo("Text, edited.");
    }

    @Test
    void key_judgments_both_changed_differently_are_a_conflict_resolved_whole_and_one_changed_merges() {
        BriefingDetails start = briefing("Text.", Set.of(CO_AUTHOR), Set.of());
        org.briefdesk.tradecraft.KeyJudgment reopens = org.briefdesk.tradecraft.KeyJudgment.create(
                "The port reopens.", "likely", org.briefdesk.tradecraft.Confidence.MODERATE);
        BriefingDraft base = start.toDraft();
        // Only the co-author touches the marking: it merges.
        var theirs = as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        base.withTradecraft(
                                org.briefdesk.marking.Tlp.GREEN,
                                null,
                                List.of(reopens.withConfidence(org.briefdesk.tradecraft.Confidence.HIGH))),
                        null,
                        false));
        var mine = as(
                OWNER,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        base.withTradecraft(
                                null, null, List.of(reopens.withConfidence(org.briefdesk.tradecraft.Confidence.LOW))),
                        null,
                        false));

        assertThat(mine.outcome()).isEqualTo(SaveOutcome.CONFLICT);
        SaveConflict conflict = mine.conflict();
        assertThat(conflict.fields())
                .extracting(SaveConflict.FieldConflict::field)
                .containsExactly(SaveConflict.Field.KEY_JUDGMENTS);
        assertThat(conflict.keepingMine().judgments())
                .extracting(org.briefdesk.tradecraft.KeyJudgment::confidence)
                .containsExactly(org.briefdesk.tradecraft.Confidence.LOW);
        assertThat(conflict.keepingTheirs().judgments())
                .extracting(org.briefdesk.tradecraft.KeyJudgment::confidence)
                .containsExactly(org.briefdesk.tradecraft.Confidence.HIGH);
        assertThat(conflict.keepingMine().tlp()).isEqualTo(org.briefdesk.marking.Tlp.GREEN);

        var resolved = as(
                OWNER,
                () -> briefingService.save(
                        start.id(), conflict.currentRevisionId(), conflict.keepingMine(), "Resolved", false));
        assertThat(resolved.outcome()).isEqualTo(SaveOutcome.SAVED);
        assertThat(resolved.briefing().judgments().getFirst().confidence())
                .isEqualTo(org.briefdesk.tradecraft.Confidence.LOW);
        assertThat(resolved.briefing().tlp()).isEqualTo(org.briefdesk.marking.Tlp.GREEN);
        assertThat(theirs.outcome()).isEqualTo(SaveOutcome.SAVED);
    }

    @Test
    void a_conflicted_autosave_is_never_replaced_by_later_autosaves() {
        BriefingDetails start = briefing("Line.", Set.of(CO_AUTHOR), Set.of());
        coAuthorSavesTheirLine(start);
        var conflicted = ownerAutosavesMyLine(start);
        assertThat(conflicted.outcome()).isEqualTo(SaveOutcome.CONFLICT);
        assertThat(conflicted.revision().kind()).isEqualTo(RevisionKind.AUTOSAVE);

        as(OWNER, () -> {
            BriefingDetails now = briefingService.get(start.id()).orElseThrow();
            briefingService.save(start.id(), now.currentRevisionId(), draft(now, "Their line.\n\nMore."), null, true);
            return briefingService.save(
                    start.id(), now.currentRevisionId(), draft(now, "Their line.\n\nMore and more."), null, true);
        });

        assertThat(as(
                        OWNER,
                        () -> briefingService.revision(
                                start.id(), conflicted.revision().id())))
                .hasValueSatisfying(revision -> assertThat(revision.body()).isEqualTo("My line."));
    }

    @Test
    void an_autosave_written_on_the_authors_own_current_autosave_replaces_it() {
        BriefingDetails start = briefing("One.", Set.of(CO_AUTHOR), Set.of());
        var first = autosave(OWNER, start.id(), start.currentRevisionId(), "One.\n\nTwo.");
        var second = autosave(OWNER, start.id(), first.revision().id(), "One.\n\nTwo.\n\nThree.");

        assertThat(second.outcome()).isEqualTo(SaveOutcome.SAVED);
        assertThat(as(OWNER, () -> briefingService.revisions(start.id())))
                .filteredOn(r -> r.kind() == RevisionKind.AUTOSAVE)
                .extracting(RevisionSummary::id)
                .containsExactly(second.revision().id());
    }

    @Test
    void an_autosave_after_a_co_author_restored_an_earlier_revision_keeps_the_authors_earlier_autosave() {
        BriefingDetails start = briefing("One.", Set.of(CO_AUTHOR), Set.of());
        var first = autosave(OWNER, start.id(), start.currentRevisionId(), "One.\n\nThe owner's first words.");
        as(CO_AUTHOR, () -> briefingService.restore(start.id(), start.currentRevisionId()));
        // The owner's editor took the restored text live, and the owner typed on from there.
        long restored =
                as(OWNER, () -> briefingService.get(start.id()).orElseThrow().currentRevisionId());
        var second = autosave(OWNER, start.id(), restored, "One.\n\nThe owner's second words.");

        assertThat(second.outcome()).isEqualTo(SaveOutcome.SAVED);
        assertThat(everyRevisionsText(start.id())).contains("The owner's first words.", "The owner's second words.");
        assertThat(as(
                        OWNER,
                        () -> briefingService.revision(
                                start.id(), first.revision().id())))
                .isPresent();
    }

    @Test
    void an_autosave_merged_with_a_co_authors_save_keeps_the_autosave_it_started_from() {
        BriefingDetails start = briefing("One.\n\nTwo.", Set.of(CO_AUTHOR), Set.of());
        var first = autosave(OWNER, start.id(), start.currentRevisionId(), "One.\n\nTwo by the owner.");
        // The co-author, on the owner's autosave, replaces the owner's paragraph with theirs.
        as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(),
                        first.revision().id(),
                        draft(start, "One.\n\nThree by the co-author."),
                        null,
                        false));
        // The owner, still on the first autosave, adds a paragraph at the top: it merges.
        var merged =
                autosave(OWNER, start.id(), first.revision().id(), "Zero by the owner.\n\nOne.\n\nTwo by the owner.");
        assertThat(merged.outcome()).isEqualTo(SaveOutcome.MERGED);
        // And types on, on the merged text.
        autosave(OWNER, start.id(), merged.revision().id(), merged.briefing().body() + "\n\nFour by the owner.");

        assertThat(everyRevisionsText(start.id()))
                .contains("Zero by the owner.", "Two by the owner.", "Three by the co-author.", "Four by the owner.");
        List<RevisionSummary> autosaves = as(OWNER, () -> briefingService.revisions(start.id())).stream()
                .filter(r -> r.kind() == RevisionKind.AUTOSAVE)
                .toList();
        // The first autosave stays (its paragraph exists nowhere else); the merged one was replaced.
        assertThat(autosaves)
                .extracting(RevisionSummary::id)
                .contains(first.revision().id());
        assertThat(autosaves)
                .extracting(RevisionSummary::id)
                .doesNotContain(merged.revision().id());
        assertThat(autosaves).hasSize(2);
    }

    private BriefingService.SaveResult autosave(String author, long briefingId, long baseRevisionId, String body) {
        return as(author, () -> {
            BriefingDetails now = briefingService.get(briefingId).orElseThrow();
            return briefingService.save(briefingId, baseRevisionId, draft(now, body), null, true);
        });
    }

    /** The text of every revision the briefing has, current or not, one after the other. */
    private String everyRevisionsText(long briefingId) {
        return as(
                OWNER,
                () -> briefingService.revisions(briefingId).stream()
                        .map(r -> briefingService
                                .revision(briefingId, r.id())
                                .orElseThrow()
                                .body())
                        .collect(Collectors.joining("\n")));
    }

    /** The co-author saves "Their line." over the start revision. */
    private void coAuthorSavesTheirLine(BriefingDetails start) {
        as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(), start.currentRevisionId(), draft(start, "Their line."), null, false));
    }

    /** The owner autosaves "My line." from the start revision: it overlaps the co-author's line. */
    private BriefingService.SaveResult ownerAutosavesMyLine(BriefingDetails start) {
        return as(
                OWNER,
                () -> briefingService.save(
                        start.id(), start.currentRevisionId(), draft(start, "My line."), null, true));
    }

    /** The author's conflicted revisions of the briefing, newest first. */
    private List<RevisionSummary> conflictedBy(String author, long briefingId) {
        return as(
                author,
                () -> briefingService.revisions(briefingId).stream()
                        .filter(RevisionSummary::conflicted)
                        .filter(revision -> revision.author().equals(author))
                        .toList());
    }

    private String bodyOf(long briefingId, long revisionId) {
        return as(
                OWNER,
                () -> briefingService
                        .revision(briefingId, revisionId)
                        .orElseThrow()
                        .body());
    }

    @Test
    void typing_on_through_an_open_conflict_keeps_the_latest_text_in_one_conflicted_autosave_beside_the_first() {
        BriefingDetails start = briefing("Line.", Set.of(CO_AUTHOR), Set.of());
        coAuthorSavesTheirLine(start);
        var first = ownerAutosavesMyLine(start);
        assertThat(first.outcome()).isEqualTo(SaveOutcome.CONFLICT);

        Long typing = null;
        String typed = "My line.";
        for (String more : List.of(" And", " some more", " typing.")) {
            typed += more;
            String text = typed;
            Long replacing = typing;
            var autosaved = as(
                    OWNER,
                    () -> briefingService.autosaveDuringConflict(
                            start.id(), start.currentRevisionId(), draft(start, text), replacing));
            assertThat(autosaved.outcome()).isEqualTo(SaveOutcome.CONFLICT);
            assertThat(autosaved.conflict().yours().id())
                    .isEqualTo(autosaved.revision().id());
            typing = autosaved.revision().id();
        }

        List<RevisionSummary> kept = conflictedBy(OWNER, start.id());
        assertThat(kept)
                .as("the conflicted revision first shown and one that keeps the typing since")
                .extracting(RevisionSummary::id)
                .containsExactly(typing, first.revision().id());
        assertThat(bodyOf(start.id(), typing)).isEqualTo("My line. And some more typing.");
        assertThat(bodyOf(start.id(), first.revision().id())).isEqualTo("My line.");

        // Nothing typed since: nothing new stored, by either kind of autosave.
        Long last = typing;
        var unchanged = as(
                OWNER,
                () -> briefingService.autosaveDuringConflict(
                        start.id(), start.currentRevisionId(), draft(start, "My line. And some more typing."), last));
        var plain = as(
                OWNER,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        draft(start, "My line. And some more typing."),
                        null,
                        true));
        assertThat(unchanged.revision().id()).isEqualTo(last);
        assertThat(plain.revision().id()).isEqualTo(last);
        assertThat(conflictedBy(OWNER, start.id())).hasSize(2);

        // The overlap settled by hand: the next autosave merges and is saved as usual.
        var settled = as(
                OWNER,
                () -> briefingService.autosaveDuringConflict(
                        start.id(), start.currentRevisionId(), draft(start, "Their line."), last));
        assertThat(settled.outcome()).isIn(SaveOutcome.SAVED, SaveOutcome.MERGED);
        assertThat(conflictedBy(OWNER, start.id())).hasSize(2);
    }

    @Test
    void an_autosave_through_a_conflict_never_replaces_an_explicit_saves_or_someone_elses_conflicted_revision() {
        BriefingDetails start = briefing("Line.", Set.of(CO_AUTHOR), Set.of());
        coAuthorSavesTheirLine(start);
        var saved = as(
                OWNER,
                () -> briefingService.save(
                        start.id(), start.currentRevisionId(), draft(start, "My line."), "Mine", false));
        assertThat(saved.outcome()).isEqualTo(SaveOutcome.CONFLICT);
        assertThat(saved.revision().kind()).isEqualTo(RevisionKind.SAVE);
        var theirs = as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(), start.currentRevisionId(), draft(start, "Another line of theirs."), null, true));
        assertThat(theirs.outcome()).isEqualTo(SaveOutcome.CONFLICT);

        as(
                OWNER,
                () -> briefingService.autosaveDuringConflict(
                        start.id(),
                        start.currentRevisionId(),
                        draft(start, "My line, longer."),
                        saved.revision().id()));
        as(
                OWNER,
                () -> briefingService.autosaveDuringConflict(
                        start.id(),
                        start.currentRevisionId(),
                        draft(start, "My line, longer still."),
                        theirs.revision().id()));

        assertThat(bodyOf(start.id(), saved.revision().id())).isEqualTo("My line.");
        assertThat(bodyOf(start.id(), theirs.revision().id())).isEqualTo("Another line of theirs.");
    }

    @Test
    void a_co_author_saving_from_an_old_revision_keeps_the_owners_co_author_change() {
        ensureMoreAuthors();
        BriefingDetails start = briefing("Text.", Set.of(CO_AUTHOR), Set.of());
        as(
                OWNER,
                () -> briefingService.save(
                        start.id(),
                        start.currentRevisionId(),
                        new BriefingDraft(
                                start.title(),
                                "The summary.",
                                "Text.",
                                Audience.INTERNAL,
                                Set.of(),
                                Set.of(CO_AUTHOR, MORE_AUTHORS.getFirst())),
                        null,
                        false));

        var theirs = as(
                CO_AUTHOR,
                () -> briefingService.save(
                        start.id(), start.currentRevisionId(), draft(start, "Text, edited."), null, false));

        assertThat(theirs.outcome()).isEqualTo(SaveOutcome.MERGED);
        assertThat(theirs.briefing().coAuthors()).containsExactlyInAnyOrder(CO_AUTHOR, MORE_AUTHORS.getFirst());
        assertThat(theirs.briefing().body()).isEqualTo("Text, edited.");
        assertThatThrownBy(() -> as(
                        CO_AUTHOR,
                        () -> briefingService.save(
                                start.id(),
                                theirs.briefing().currentRevisionId(),
                                new BriefingDraft(
                                        start.title(), "The summary.", "Text.", Audience.INTERNAL, Set.of(), Set.of()),
                                null,
                                false)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("Only the owner");
    }

    @Test
    void twenty_authors_saving_different_paragraphs_from_one_revision_at_once_lose_no_sentence() throws Exception {
        ensureMoreAuthors();
        int threads = 20;
        List<String> base = IntStream.range(0, threads)
                .mapToObj(i -> "Paragraph " + i + ".")
                .toList();
        Set<String> coAuthors = new java.util.HashSet<>(MORE_AUTHORS);
        coAuthors.add(CO_AUTHOR);
        BriefingDetails start = briefing(String.join("\n\n", base), coAuthors, Set.of());
        List<String> writers = new ArrayList<>(MORE_AUTHORS);
        writers.add(OWNER);
        writers.add(CO_AUTHOR);
        String run = nonce();
        List<String> sentences = IntStream.range(0, threads)
                .mapToObj(i -> "Sentence " + i + " of run " + run + ".")
                .toList();

        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<BriefingService.SaveResult>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int n = i;
                String writer = writers.get(n % writers.size());
                List<String> mine = new ArrayList<>(base);
                mine.set(n, base.get(n) + " " + sentences.get(n));
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    Waits.await(go);
                    return as(
                            writer,
                            () -> briefingService.save(
                                    start.id(),
                                    start.currentRevisionId(),
                                    draft(start, String.join("\n\n", mine)),
                                    "Thread " + n,
                                    false));
                }));
            }
            Waits.await(ready);
            go.countDown();
            List<SaveOutcome> results = new ArrayList<>();
            for (Future<BriefingService.SaveResult> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS).outcome());
            }
            assertThat(results).doesNotContain(SaveOutcome.UNCHANGED);
        } finally {
            pool.shutdownNow();
        }

        String finalText =
                as(OWNER, () -> briefingService.get(start.id()).orElseThrow().body());
        List<RevisionSummary> history = as(OWNER, () -> briefingService.revisions(start.id()));
        String conflictedTexts = history.stream()
                .filter(RevisionSummary::conflicted)
                .map(r -> as(OWNER, () -> briefingService.revision(start.id(), r.id()))
                        .orElseThrow()
                        .body())
                .collect(Collectors.joining("\n"));
        for (String sentence : sentences) {
            assertThat(finalText.contains(sentence) || conflictedTexts.contains(sentence))
                    .as("%s is kept", sentence)
                    .isTrue();
        }
        // Different paragraphs never overlap, so in fact every sentence made it into the text.
        assertThat(sentences).allSatisfy(sentence -> assertThat(finalText).contains(sentence));
        assertThat(history.stream()
                        .filter(r -> !r.conflicted()
                                && r.baseRevisionId() != null
                                && r.baseRevisionId().equals(start.currentRevisionId())))
                .hasSize(threads);
        assertThat(history.stream().map(RevisionSummary::number).distinct()).hasSize(history.size());
    }

    private void ensureMoreAuthors() {
        as(TestUsers.ADMIN, () -> {
            Set<String> existing =
                    userService.list().stream().map(user -> user.username()).collect(Collectors.toSet());
            for (String username : MORE_AUTHORS) {
                if (!existing.contains(username)) {
                    userService.create(new UserDraft(
                            username, "Merge " + username.substring(8), TestUsers.PASSWORD, Set.of(Role.AUTHOR)));
                }
            }
            return null;
        });
    }
}
