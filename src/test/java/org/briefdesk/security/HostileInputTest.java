package org.briefdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.briefdesk.IntegrationTest;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.briefing.Audience;
import org.briefdesk.briefing.BriefingDetails;
import org.briefdesk.briefing.BriefingDraft;
import org.briefdesk.briefing.BriefingService;
import org.briefdesk.source.AuthorNames;
import org.briefdesk.source.Grade;
import org.briefdesk.source.SourceDetails;
import org.briefdesk.source.SourceDraft;
import org.briefdesk.source.SourceQuery;
import org.briefdesk.source.SourceService;
import org.briefdesk.source.importer.BodyText;
import org.briefdesk.user.ActingUser;
import org.briefdesk.user.TestUsers;
import org.briefdesk.user.UserDraft;
import org.briefdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile values in every form field of sources, briefings and users (PRODUCT section 8): each one is
 * either refused with a clear message and nothing stored, or stored exactly as typed, on MariaDB.
 * Nothing else happens: no server error, no silent change of the text.
 */
@IntegrationTest
class HostileInputTest {

    /** Values that no field may turn into a server error or a silently changed text. */
    static List<String> hostile(int max) {
        return List.of(
                "x".repeat(max + 1),
                "NUL\u0000inside",
                "bell\u0007and escape\u001b[31m",
                "right-to-left \u202Eexe.txt",
                "zero\u200Bwidth\uFEFFmarks",
                "'; DROP TABLE source; -- \" \\",
                "<script>alert(1)</script><img src=x onerror=alert(2)>",
                "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 中文",
                "lone surrogate \uD800 here",
                "../../etc/passwd",
                "%00%2e%2e%2f");
    }

    @Autowired
    SourceService sources;

    @Autowired
    BriefingService briefings;

    @Autowired
    UserService users;

    @Autowired
    ActingUser actingUser;

    private static String nonce() {
        return Long.toString(System.nanoTime(), 36);
    }

    private record Field<D>(String name, int max, Function<String, D> draft, Function<D, String> stored) {}

    private SourceDraft source(String title, String outlet, String authors, String notes, String body, String tag) {
        return new SourceDraft(
                null,
                title,
                outlet,
                authors,
                null,
                LocalDate.of(2025, 1, 1),
                "en",
                tag == null ? Set.of() : Set.of(tag),
                notes,
                Grade.NONE,
                body);
    }

    @Test
    void hostile_values_in_source_fields_are_refused_with_a_message_or_stored_exactly() {
        List<String> problems = new ArrayList<>();
        record SourceField(
                String name, int max, Function<String, SourceDraft> draft, Function<SourceDetails, String> read) {}
        List<SourceField> fields = List.of(
                new SourceField(
                        "title", 500, v -> source(v, null, null, null, "Body " + nonce(), null), SourceDetails::title),
                new SourceField(
                        "outlet",
                        200,
                        v -> source("T " + nonce(), v, null, null, "Body " + nonce(), null),
                        SourceDetails::outlet),
                new SourceField(
                        "authors",
                        500,
                        v -> source("T " + nonce(), null, v, null, "Body " + nonce(), null),
                        SourceDetails::authors),
                new SourceField(
                        "notes",
                        10_000,
                        v -> source("T " + nonce(), null, null, v, "Body " + nonce(), null),
                        SourceDetails::notes),
                new SourceField(
                        "body",
                        5_000_000,
                        v -> source("T " + nonce(), null, null, null, v + " " + nonce(), null),
                        d -> d.body().substring(0, d.body().lastIndexOf(' '))),
                new SourceField(
                        "tag",
                        64,
                        v -> source("T " + nonce(), null, null, null, "Body " + nonce(), v),
                        d -> d.tags().isEmpty() ? null : d.tags().getFirst()));
        for (SourceField field : fields) {
            for (String value : hostile(field.max())) {
                long before = count();
                try {
                    SourceDetails stored = actingUser.as(
                            TestUsers.AUTHOR, () -> sources.add(field.draft().apply(value)));
                    SourceDetails read = actingUser.as(
                            TestUsers.AUTHOR,
                            () -> sources.findByKey(stored.citationKey()).orElseThrow());
                    String back = field.read().apply(read);
                    // A source's text is kept in its documented normal form (BodyText): the form, the
                    // import and the quotation checks all see the same text.
                    // Authors are kept as the names they are read as (AuthorNames, issue #19), in a
                    // form that reads back to the same names.
                    String expected = switch (field.name()) {
                        case "body" -> BodyText.normalize(value);
                        case "authors" -> AuthorNames.canonical(AuthorNames.parse(value));
                        default -> value.strip();
                    };
                    if (field.name().equals("authors")
                            && !AuthorNames.parse(back).equals(AuthorNames.parse(value))) {
                        problems.add(
                                "source authors " + printable(value) + " read back as other names: " + printable(back));
                    }
                    if (!expected.equals(back)
                            && !(field.name().equals("tag")
                                    && value.strip()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .equals(back))) {
                        problems.add(
                                "source " + field.name() + " stored " + printable(value) + " as " + printable(back));
                    }
                } catch (ActionRefusedException refused) {
                    if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                        problems.add("source " + field.name() + " refused " + printable(value) + " without a message");
                    }
                    if (count() != before) {
                        problems.add(
                                "source " + field.name() + " refused " + printable(value) + " but stored something");
                    }
                } catch (RuntimeException failure) {
                    problems.add("source " + field.name() + " failed on " + printable(value) + ": " + failure);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void hostile_values_in_briefing_fields_are_refused_with_a_message_or_stored_exactly() {
        List<String> problems = new ArrayList<>();
        BriefingDetails briefing =
                actingUser.as(TestUsers.AUTHOR, () -> briefings.create(BriefingDraft.titled("Hostile " + nonce())));
        record BriefingField(
                String name, int max, Function<String, BriefingDraft> draft, Function<BriefingDetails, String> read) {}
        List<BriefingField> fields = List.of(
                new BriefingField(
                        "title",
                        300,
                        v -> new BriefingDraft(v, null, "Body", Audience.INTERNAL, Set.of(), Set.of()),
                        BriefingDetails::title),
                new BriefingField(
                        "summary",
                        1000,
                        v -> new BriefingDraft("T", v, "Body", Audience.INTERNAL, Set.of(), Set.of()),
                        BriefingDetails::summary),
                new BriefingField(
                        "body",
                        1_000_000,
                        v -> new BriefingDraft("T", null, v, Audience.INTERNAL, Set.of(), Set.of()),
                        BriefingDetails::body),
                new BriefingField(
                        "key judgment",
                        1000,
                        v -> new BriefingDraft("T", null, "Body", Audience.INTERNAL, Set.of(), Set.of())
                                .withTradecraft(
                                        null,
                                        null,
                                        List.of(new org.briefdesk.tradecraft.KeyJudgment(
                                                "h1", v, "likely", org.briefdesk.tradecraft.Confidence.LOW))),
                        d -> d.judgments().isEmpty()
                                ? null
                                : d.judgments().getFirst().text()),
                new BriefingField(
                        "tag",
                        64,
                        v -> new BriefingDraft("T", null, "Body", Audience.INTERNAL, Set.of(v), Set.of()),
                        d -> d.tags().isEmpty() ? null : d.tags().getFirst()));
        for (BriefingField field : fields) {
            for (String value : hostile(field.max())) {
                BriefingDetails current = actingUser.as(
                        TestUsers.AUTHOR, () -> briefings.get(briefing.id()).orElseThrow());
                try {
                    actingUser.as(
                            TestUsers.AUTHOR,
                            () -> briefings.save(
                                    current.id(),
                                    current.currentRevisionId(),
                                    field.draft().apply(value),
                                    null,
                                    false));
                    BriefingDetails read = actingUser.as(
                            TestUsers.AUTHOR, () -> briefings.get(briefing.id()).orElseThrow());
                    String back = field.read().apply(read);
                    if (!value.equals(back)
                            && !value.strip().equals(back)
                            && !value.strip().toLowerCase(java.util.Locale.ROOT).equals(back)) {
                        problems.add(
                                "briefing " + field.name() + " stored " + printable(value) + " as " + printable(back));
                    }
                } catch (ActionRefusedException refused) {
                    BriefingDetails after = actingUser.as(
                            TestUsers.AUTHOR, () -> briefings.get(briefing.id()).orElseThrow());
                    if (!java.util.Objects.equals(after.currentRevisionId(), current.currentRevisionId())) {
                        problems.add(
                                "briefing " + field.name() + " refused " + printable(value) + " but stored a revision");
                    }
                } catch (RuntimeException failure) {
                    problems.add("briefing " + field.name() + " failed on " + printable(value) + ": " + failure);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void hostile_user_names_display_names_and_passwords_are_refused_with_a_message_or_stored_exactly() {
        List<String> problems = new ArrayList<>();
        for (String value : hostile(120)) {
            for (int which = 0; which < 3; which++) {
                String username = which == 0 ? value : "h" + nonce();
                String displayName = which == 1 ? value : "Hostile " + nonce();
                String password = which == 2 ? value : TestUsers.PASSWORD;
                try {
                    var created = actingUser.as(
                            TestUsers.ADMIN,
                            () -> users.create(new UserDraft(username, displayName, password, Set.of(Role.READER))));
                    if (which == 1 && !value.strip().equals(created.displayName())) {
                        problems.add(
                                "display name stored " + printable(value) + " as " + printable(created.displayName()));
                    }
                    if (which == 0 && !value.equals(created.username())) {
                        problems.add("user name stored " + printable(value) + " as " + printable(created.username()));
                    }
                } catch (ActionRefusedException | IllegalArgumentException refused) {
                    if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                        problems.add("user field " + which + " refused " + printable(value) + " without a message");
                    }
                } catch (RuntimeException failure) {
                    problems.add("user field " + which + " failed on " + printable(value) + ": " + failure);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private long count() {
        return actingUser.as(
                TestUsers.AUTHOR, () -> sources.search(SourceQuery.all(), 0, 1).total());
    }

    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
        shown.chars()
                .forEach(c -> out.append(
                        c < 0x20 || (c >= 0x200B && c <= 0x202E) || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF
                                ? String.format("\\u%04x", c)
                                : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}
