package org.briefdesk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefdesk.IntegrationTest;
import org.briefdesk.RunAs;
import org.briefdesk.Waits;
import org.briefdesk.base.ActionRefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class SourceServiceTest {

    @Autowired
    SourceService sourceService;

    @Autowired
    SourceVersionRepository versionRepository;

    private static String nonce() {
        return "n" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static SourceDraft draft(String title, String body) {
        return new SourceDraft(
                null,
                title,
                "Harbour Gazette",
                "Ines Duarte",
                null,
                LocalDate.of(2025, 3, 4),
                "en",
                Set.of(),
                null,
                new Grade('B', 2),
                body);
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void a_tlp_marking_is_stored_changed_and_removed_and_an_unmarked_source_counts_as_clear() {
        String word = nonce();
        SourceDraft plain = draft("Marked " + word, "A marked report. " + word);
        SourceDetails amber = sourceService.add(withTlp(plain, org.briefdesk.marking.Tlp.AMBER));

        assertThat(sourceService.findByKey(amber.citationKey()).orElseThrow()).satisfies(read -> {
            assertThat(read.marking()).isEqualTo(org.briefdesk.marking.Tlp.AMBER);
            assertThat(read.marked()).isTrue();
        });
        SourceDetails unmarked = sourceService.update(amber.citationKey(), withTlp(plain, null));
        assertThat(unmarked.marked()).isFalse();
        assertThat(unmarked.marking()).isEqualTo(org.briefdesk.marking.Tlp.CLEAR);

        byte[] file = ("---\ntitle: Imported " + word + "\ntlp: TLP:RED\n---\nA red report " + word + ".\n")
                .getBytes(StandardCharsets.UTF_8);
        String imported =
                sourceService.importFile("red-" + word + ".md", file).getFirst().citationKey();
        assertThat(sourceService.findByKey(imported).orElseThrow().marking()).isEqualTo(org.briefdesk.marking.Tlp.RED);
    }

    private static SourceDraft withTlp(
            SourceDraft draft, org.briefdesk.marking.@org.jspecify.annotations.Nullable Tlp tlp) {
        return new SourceDraft(
                draft.citationKey(),
                draft.title(),
                draft.outlet(),
                draft.authors(),
                draft.url(),
                draft.publishedDate(),
                draft.language(),
                draft.tags(),
                draft.notes(),
                draft.grade(),
                draft.body(),
                tlp,
                draft.doi());
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void an_author_adds_a_source_with_a_generated_key_and_version_one() {
        String word = nonce();
        SourceDetails added = sourceService.add(draft("Ferries resume " + word, "The ferries resumed. " + word));

        assertThat(added.citationKey()).isEqualTo("duarte-2025-ferries");
        assertThat(added.addedBy()).isEqualTo("alice");
        assertThat(added.currentVersion()).isEqualTo(1);
        assertThat(added.bodySha256()).hasSize(64);
        assertThat(sourceService.versions(added.citationKey())).singleElement().satisfies(version -> {
            assertThat(version.number()).isEqualTo(1);
            assertThat(version.current()).isTrue();
        });
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void a_key_collision_gets_the_next_numeric_suffix() {
        String title = "Quayside " + nonce();
        SourceDetails first = sourceService.add(draft(title, "First text " + nonce()));
        SourceDetails second = sourceService.add(draft(title, "Second text " + nonce()));

        assertThat(second.citationKey()).isEqualTo(first.citationKey() + "-2");
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void the_same_text_is_a_duplicate_even_with_other_spacing_and_nothing_is_added() {
        String word = nonce();
        SourceDetails original = sourceService.add(draft("Original " + word, "Line one " + word + ".\n\nLine two."));

        assertThatThrownBy(() -> sourceService.add(draft("Copy " + word, "  Line one " + word + ".\r\nLine   two.  ")))
                .isInstanceOf(DuplicateSourceException.class)
                .hasMessageContaining("@" + original.citationKey())
                .hasMessageContaining("same text");
        assertThat(sourceService
                        .search(new SourceQuery(word, null, null, null, null), 0, 10)
                        .total())
                .isEqualTo(1);
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void the_same_canonical_url_is_a_duplicate_whatever_its_tracking_parameters() {
        String path = nonce();
        SourceDraft first = withUrl(draft("Url one", "Text one " + nonce()), "https://harbour.example/" + path);
        SourceDetails original = sourceService.add(first);

        SourceDraft second = withUrl(
                draft("Url two", "Text two " + nonce()),
                "HTTPS://Harbour.Example/" + path + "/?utm_source=newsletter&utm_medium=email#top");
        assertThatThrownBy(() -> sourceService.add(second))
                .isInstanceOf(DuplicateSourceException.class)
                .hasMessageContaining("@" + original.citationKey())
                .hasMessageContaining("same URL");
    }

    private static SourceDraft withUrl(SourceDraft draft, String url) {
        return new SourceDraft(
                draft.citationKey(),
                draft.title(),
                draft.outlet(),
                draft.authors(),
                url,
                draft.publishedDate(),
                draft.language(),
                draft.tags(),
                draft.notes(),
                draft.grade(),
                draft.body());
    }

    @Test
    void two_imports_of_the_same_file_racing_store_it_once() throws Exception {
        String word = nonce();
        byte[] file = ("Racing title " + word + "\nThe racing body " + word + " with enough words.\n")
                .getBytes(StandardCharsets.UTF_8);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<ImportResult>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    Waits.await(start);
                    return RunAs.withRoles(
                            () -> sourceService.importFile("race-" + word + ".txt", file), "AUTHOR", "READER");
                }));
            }
            start.countDown();
            List<ImportResult.Outcome> outcomes = new ArrayList<>();
            for (Future<List<ImportResult>> future : futures) {
                outcomes.add(Waits.get(future).getFirst().outcome());
            }
            assertThat(outcomes).containsOnlyOnce(ImportResult.Outcome.ADDED);
            assertThat(outcomes)
                    .filteredOn(o -> o == ImportResult.Outcome.DUPLICATE)
                    .hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        long stored = RunAs.withRoles(
                () -> sourceService.search(SourceQuery.text(word), 0, 10).total(), "READER");
        assertThat(stored).isEqualTo(1);
    }

    @Test
    @WithMockUser(
            username = "erin",
            roles = {"EDITOR", "AUTHOR", "READER"})
    void editing_the_text_creates_a_new_version_and_the_old_one_stays_readable() {
        String word = nonce();
        SourceDetails original = sourceService.add(draft("Versioned " + word, "Version one text " + word));

        SourceDraft edited = draft("Versioned " + word, "Version two text " + word);
        SourceDetails updated = sourceService.update(original.citationKey(), edited);

        assertThat(updated.currentVersion()).isEqualTo(2);
        assertThat(updated.body()).isEqualTo("Version two text " + word);
        assertThat(sourceService.versions(original.citationKey()))
                .extracting(SourceVersionSummary::number)
                .containsExactly(2, 1);
        assertThat(sourceService
                        .version(original.citationKey(), 1)
                        .orElseThrow()
                        .body())
                .isEqualTo("Version one text " + word);
        assertThat(sourceService
                        .version(original.citationKey(), 1)
                        .orElseThrow()
                        .bodySha256())
                .isEqualTo(original.bodySha256());

        // Metadata alone does not make a version.
        SourceDraft retitled = new SourceDraft(
                null,
                "Retitled " + word,
                "Harbour Gazette",
                "Ines Duarte",
                null,
                LocalDate.of(2025, 3, 4),
                "en",
                Set.of("ports"),
                null,
                new Grade('B', 2),
                "Version two text " + word);
        assertThat(sourceService.update(original.citationKey(), retitled).currentVersion())
                .isEqualTo(2);
    }

    @Test
    @WithMockUser(
            username = "erin",
            roles = {"EDITOR", "AUTHOR", "READER"})
    void the_key_can_change_until_the_source_is_cited() {
        String word = nonce();
        SourceDetails original = sourceService.add(draft("Rekey " + word, "Rekey text " + word));
        String newKey = "rekeyed-" + word;

        SourceDraft rekey = new SourceDraft(
                newKey,
                "Rekey " + word,
                "Harbour Gazette",
                "Ines Duarte",
                null,
                LocalDate.of(2025, 3, 4),
                "en",
                Set.of(),
                null,
                new Grade('B', 2),
                "Rekey text " + word);
        assertThat(sourceService.update(original.citationKey(), rekey).citationKey())
                .isEqualTo(newKey);

        sourceService.markCited(newKey);
        SourceDraft again = new SourceDraft(
                "again-" + word,
                "Rekey " + word,
                "Harbour Gazette",
                "Ines Duarte",
                null,
                LocalDate.of(2025, 3, 4),
                "en",
                Set.of(),
                null,
                new Grade('B', 2),
                "Rekey text " + word);
        assertThatThrownBy(() -> sourceService.update(newKey, again))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("cannot change");
        assertThat(sourceService.findByKey(newKey)).isPresent();
        assertThat(sourceService.findByKey(newKey).orElseThrow().keyEditable()).isFalse();
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void bad_fields_are_refused_with_the_field_named_and_nothing_stored() {
        String word = nonce();
        assertThatThrownBy(() -> sourceService.add(draft(" ", "Body " + word)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("Title:");
        assertThatThrownBy(() -> sourceService.add(withUrl(draft("T " + word, "Body " + word), "javascript:alert(1)")))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("URL:");
        assertThatThrownBy(() -> sourceService.add(draft("Title\u202E " + word, "Body " + word)))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("Title:");
        assertThatThrownBy(() -> sourceService.add(draft("Big " + word, "x".repeat(2_000_001))))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("limit is 2 MB");
        assertThat(sourceService.search(SourceQuery.text(word), 0, 10).total()).isZero();
    }

    @Test
    @WithMockUser(
            username = "alice",
            roles = {"AUTHOR", "READER"})
    void emoji_and_accents_round_trip_through_the_database() {
        String word = nonce();
        String body = "Café talks 🚢 in Zürich, naïve façade " + word;
        SourceDetails added = sourceService.add(draft("Émile’s 🚢 report " + word, body));

        SourceDetails read = sourceService.findByKey(added.citationKey()).orElseThrow();
        assertThat(read.body()).isEqualTo(body);
        assertThat(read.title()).isEqualTo("Émile’s 🚢 report " + word);
    }

    @Test
    @WithMockUser(username = "rita", roles = "READER")
    void a_reader_may_search_and_read_but_not_add_import_edit_or_mark_cited() {
        assertThat(sourceService.search(SourceQuery.all(), 0, 5)).isNotNull();
        assertThat(sourceService.outlets()).isNotNull();
        assertThatThrownBy(() -> sourceService.add(draft("No", "No " + nonce())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourceService.importFile("a.txt", "T\nB".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourceService.update("any", draft("No", "No")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sourceService.markCited("any")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "adam",
            roles = {"ADMIN", "READER"})
    void an_administrator_reads_sources_but_adds_none_unless_also_an_author() {
        assertThat(sourceService.search(SourceQuery.all(), 0, 5)).isNotNull();
        assertThatThrownBy(() -> sourceService.add(draft("Admin adds " + nonce(), "Admin text " + nonce())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_anonymous_caller_is_denied_even_reading() {
        assertThatThrownBy(() -> sourceService.search(SourceQuery.all(), 0, 5))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> sourceService.findByKey("any"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
