package org.briefdesk.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.briefdesk.base.ActionRefusedException;
import org.briefdesk.base.InvisibleCharacters;
import org.briefdesk.base.Sha256;
import org.briefdesk.source.importer.BodyText;
import org.briefdesk.source.importer.ImportLimits;
import org.jspecify.annotations.Nullable;

/**
 * The rules for source fields, shared by the service (which enforces them) and the forms (which
 * show them on each field before anything is sent).
 */
public final class SourceRules {

    public static final int TITLE_MAX = 500;
    public static final int OUTLET_MAX = 200;
    public static final int AUTHORS_MAX = 500;
    public static final int URL_MAX = 2000;
    public static final int TAG_MAX = 64;
    public static final int NOTES_MAX = 10_000;
    public static final long BODY_MAX_BYTES = ImportLimits.defaults().maxBodyBytes();

    /** Half of a surrogate pair: cannot be stored as UTF-8 and would come back as "?". */
    private static final Pattern BROKEN = Pattern.compile("\\p{Cs}");

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

    private SourceRules() {}

    public static Optional<String> titleProblem(@Nullable String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("Enter the title of the article.");
        }
        return lineProblem(title, TITLE_MAX);
    }

    public static Optional<String> outletProblem(@Nullable String outlet) {
        return blank(outlet) ? Optional.empty() : lineProblem(outlet, OUTLET_MAX);
    }

    public static Optional<String> authorsProblem(@Nullable String authors) {
        if (blank(authors)) {
            return Optional.empty();
        }
        return lineProblem(authors, AUTHORS_MAX)
                .or(() -> AuthorNames.canonical(AuthorNames.parse(authors)).length() > AUTHORS_MAX
                        ? Optional.of("Use at most " + AUTHORS_MAX + " characters.")
                        : Optional.empty());
    }

    /**
     * The authors in their stored form, one name after another as citation tools read them
     * ({@link AuthorNames}): "Priya Raman, Anders Holmgren" is kept as "Raman, Priya; Holmgren, Anders".
     */
    static @Nullable String normalizeAuthors(@Nullable String authors) {
        String typed = trimToNull(authors);
        return typed == null ? null : AuthorNames.canonical(AuthorNames.parse(typed));
    }

    public static Optional<String> urlProblem(@Nullable String url) {
        if (blank(url)) {
            return Optional.empty();
        }
        if (url.strip().length() > URL_MAX) {
            return Optional.of("Use at most " + URL_MAX + " characters.");
        }
        return UrlCanonicalizer.canonicalize(url).isPresent()
                ? Optional.empty()
                : Optional.of("Enter a full address starting with http:// or https://.");
    }

    public static Optional<String> languageProblem(@Nullable String language) {
        return blank(language) || LANGUAGE.matcher(language.strip()).matches()
                ? Optional.empty()
                : Optional.of("Use a language code such as en, fr or pt-BR.");
    }

    public static Optional<String> tagProblem(String tag) {
        String normalized = normalizeTag(tag);
        if (normalized.isEmpty()
                || normalized.length() > TAG_MAX
                || !TAG.matcher(normalized).matches()) {
            return Optional.of("Tags are 1 to " + TAG_MAX + " letters, digits, spaces, dots, dashes or underscores.");
        }
        return Optional.empty();
    }

    public static Optional<String> notesProblem(@Nullable String notes) {
        if (notes != null && BROKEN.matcher(notes).find()) {
            return Optional.of(
                    "The text holds a broken character (half of an emoji or symbol). Retype that character.");
        }
        return notes != null && notes.length() > NOTES_MAX
                ? Optional.of("Use at most " + NOTES_MAX + " characters.")
                : Optional.empty();
    }

    public static Optional<String> keyProblem(@Nullable String key) {
        if (blank(key)) {
            return Optional.empty();
        }
        return CitationKeys.isValid(key.strip())
                ? Optional.empty()
                : Optional.of("Use lower-case letters and digits in words joined by single dashes, such as"
                        + " singh-2024-supply (2 to " + CitationKeys.MAX_LENGTH + " characters).");
    }

    /** No text is no problem: the source is then stored as text missing, to be added later. */
    public static Optional<String> bodyProblem(@Nullable String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        if (BROKEN.matcher(body).find()) {
            return Optional.of(
                    "The text holds a broken character (half of an emoji or symbol). Retype that character.");
        }
        long bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > BODY_MAX_BYTES) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "The text is %.1f MB; the limit is %d MB.",
                    bytes / 1_000_000.0,
                    BODY_MAX_BYTES / 1_000_000));
        }
        return Optional.empty();
    }

    public static String normalizeTag(String tag) {
        return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Every problem of a draft, by field label; empty when the draft is acceptable. */
    public static Map<String, String> problems(SourceDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        keyProblem(draft.citationKey()).ifPresent(p -> problems.put("Citation key", p));
        titleProblem(draft.title()).ifPresent(p -> problems.put("Title", p));
        outletProblem(draft.outlet()).ifPresent(p -> problems.put("Outlet", p));
        authorsProblem(draft.authors()).ifPresent(p -> problems.put("Authors", p));
        urlProblem(draft.url()).ifPresent(p -> problems.put("URL", p));
        Doi.problem(draft.doi()).ifPresent(p -> problems.put("DOI", p));
        languageProblem(draft.language()).ifPresent(p -> problems.put("Language", p));
        draft.tags().stream()
                .map(SourceRules::tagProblem)
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(p -> problems.put("Tags", p));
        notesProblem(draft.notes()).ifPresent(p -> problems.put("Notes", p));
        bodyProblem(draft.body()).ifPresent(p -> problems.put("Text", p));
        return problems;
    }

    /** Validates and normalises a draft, or refuses it naming the first field at fault. */
    static Validated validate(SourceDraft draft) {
        Map<String, String> problems = problems(draft);
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new ActionRefusedException(first.getKey() + ": " + first.getValue());
        }
        String body = BodyText.normalize(draft.body());
        String url = trimToNull(draft.url());
        String canonicalHash = url == null
                ? null
                : Sha256.hex(UrlCanonicalizer.canonicalize(url).orElseThrow());
        List<String> tags = new ArrayList<>();
        draft.tags().stream().map(SourceRules::normalizeTag).distinct().sorted().forEach(tags::add);
        String language = trimToNull(draft.language());
        SourceMetadata metadata = new SourceMetadata(
                BodyText.normalize(draft.title()).replace('\n', ' '),
                trimToNull(draft.outlet()),
                normalizeAuthors(draft.authors()),
                url,
                canonicalHash,
                draft.publishedDate(),
                language == null ? null : language.toLowerCase(Locale.ROOT),
                java.util.Set.copyOf(tags),
                trimToNull(draft.notes()),
                draft.grade(),
                draft.tlp(),
                Doi.normalize(draft.doi()).orElse(null));
        return body.isBlank()
                ? new Validated(trimToNull(draft.citationKey()), metadata, "", null)
                : new Validated(trimToNull(draft.citationKey()), metadata, body, BodyText.fingerprint(body));
    }

    /** A checked draft; {@code fingerprint} is null when it has no text (text missing). */
    record Validated(
            @Nullable String requestedKey,
            SourceMetadata metadata,
            String body,
            @Nullable String fingerprint) {

        boolean textMissing() {
            return fingerprint == null;
        }
    }

    private static Optional<String> lineProblem(String value, int max) {
        String stripped = value.strip();
        if (stripped.length() > max) {
            return Optional.of("Use at most " + max + " characters.");
        }
        if (InvisibleCharacters.present(stripped, true) || stripped.contains("\n")) {
            return Optional.of("Remove line breaks and invisible control characters.");
        }
        return Optional.empty();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String trimToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
