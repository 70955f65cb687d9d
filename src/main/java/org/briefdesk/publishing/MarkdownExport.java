package org.briefdesk.publishing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefdesk.citation.CitationGroup;
import org.briefdesk.citation.CitationParser;
import org.briefdesk.citation.CitationRef;
import org.briefdesk.source.AuthorName;
import org.briefdesk.source.AuthorNames;
import org.briefdesk.tradecraft.KeyJudgment;
import org.jspecify.annotations.Nullable;

/**
 * The two Markdown flavours of PRODUCT section 6, made from a frozen edition.
 *
 * <ul>
 *   <li><em>portable</em>: YAML front matter, citations as numbered footnotes ({@code [^1]}, one per
 *       source, numbered as in the Sources section) and a Sources section, for any CommonMark
 *       renderer with footnotes;
 *   <li><em>pandoc</em>: the text keeps its {@code [@key]} citations and the front matter carries the
 *       sources as CSL YAML {@code references}, so that {@code pandoc --citeproc} formats them.
 * </ul>
 *
 * Both are deterministic: the same edition always gives the same bytes, so the SHA-256 stored with
 * an edition can be checked against a download.
 */
public final class MarkdownExport {

    private static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern NUMERIC_FOOTNOTE = Pattern.compile("\\[\\^\\d+]");

    private MarkdownExport() {}

    /** The portable flavour: front matter, footnotes and a Sources section. */
    public static String portable(ExportEdition edition) {
        StringBuilder out = new StringBuilder();
        out.append("---\n");
        frontMatter(out, edition);
        out.append("sources:\n");
        for (ExportSource source : edition.sources()) {
            out.append("  - key: ").append(yaml(source.key())).append('\n');
            out.append("    title: ").append(yaml(source.title())).append('\n');
            optional(out, "    outlet", source.outlet());
            optional(out, "    url", source.url());
            if (source.published() != null) {
                out.append("    published: ")
                        .append(yaml(source.published().toString()))
                        .append('\n');
            }
            out.append("    version: ").append(source.version()).append('\n');
            out.append("    sha256: ").append(yaml(source.sha256())).append('\n');
        }
        out.append("---\n\n");

        Map<String, ExportSource> byKey = byKey(edition);
        // An author's own numeric footnotes keep their labels; ours then get a prefix so none collide.
        String prefix = NUMERIC_FOOTNOTE.matcher(edition.publishedText()).find() ? "source-" : "";
        Map<String, Set<String>> locators = new LinkedHashMap<>();
        String body = replaceCitations(edition.publishedText(), group -> {
            StringBuilder refs = new StringBuilder();
            for (CitationRef ref : group.refs()) {
                ExportSource source = byKey.get(ref.key());
                if (source == null) {
                    refs.append(escape("[@" + ref.key() + "]"));
                    continue;
                }
                Set<String> used = locators.computeIfAbsent(ref.key(), key -> new LinkedHashSet<>());
                if (ref.locator() != null && !ref.locator().isBlank()) {
                    used.add(ref.locator().strip());
                }
                refs.append("[^").append(prefix).append(source.number()).append(']');
            }
            return refs.toString();
        });
        out.append(body.stripTrailing()).append("\n\n");

        for (ExportSource source : edition.sources()) {
            out.append("[^").append(prefix).append(source.number()).append("]: ");
            out.append(reference(source));
            Set<String> used = locators.getOrDefault(source.key(), Set.of());
            if (!used.isEmpty()) {
                out.append(" Cited at: ")
                        .append(escape(String.join("; ", used)))
                        .append('.');
            }
            out.append('\n');
        }
        if (!edition.sources().isEmpty()) {
            out.append("\n## Sources\n\n");
            for (ExportSource source : edition.sources()) {
                out.append(source.number()).append(". ").append(reference(source));
                out.append(" Version ").append(source.version());
                if (!source.grade().isEmpty()) {
                    out.append(", reliability ").append(escape(source.grade()));
                }
                out.append(", SHA-256 `").append(source.sha256()).append("`.\n");
            }
        }
        return out.toString();
    }

    /** The pandoc flavour: {@code [@key]} citations kept, the sources as CSL YAML {@code references}. */
    public static String pandoc(ExportEdition edition) {
        StringBuilder out = new StringBuilder();
        out.append("---\n");
        frontMatter(out, edition);
        out.append("references:\n");
        for (ExportSource source : edition.sources()) {
            out.append("  - id: ").append(yaml(source.key())).append('\n');
            out.append("    type: article-newspaper\n");
            out.append("    title: ").append(yaml(source.title())).append('\n');
            optional(out, "    container-title", source.outlet());
            List<AuthorName> authors = AuthorNames.parse(source.authors());
            if (!authors.isEmpty()) {
                out.append("    author:\n");
                authors.forEach(author -> cslName(out, author));
            }
            if (source.published() != null) {
                out.append("    issued:\n").append(dateParts(source.published()));
            }
            if (source.accessed() != null) {
                out.append("    accessed:\n").append(dateParts(LocalDate.ofInstant(source.accessed(), ZoneOffset.UTC)));
            }
            optional(out, "    URL", source.url());
            out.append("    note: ")
                    .append(yaml("version " + source.version() + ", SHA-256 " + source.sha256()))
                    .append('\n');
        }
        out.append("---\n\n");
        out.append(edition.publishedText().stripTrailing()).append('\n');
        if (!edition.sources().isEmpty()) {
            // Pandoc puts the formatted bibliography where a div with this id stands.
            out.append("\n## Sources\n\n::: {#refs}\n:::\n");
        }
        return out.toString();
    }

    /** A file name for an edition's export: the slug with anything but letters, digits and dashes removed. */
    public static String fileName(String slug, int edition, boolean pandoc) {
        return safeSlug(slug) + "-edition-" + edition + (pandoc ? ".pandoc.md" : ".md");
    }

    /** Letters, digits and single dashes only, never empty: safe as a file or zip entry name anywhere. */
    public static String safeSlug(String slug) {
        String safe =
                slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100).replaceAll("-+$", "");
        }
        return safe.isEmpty() ? "briefing" : safe;
    }

    private static void frontMatter(StringBuilder out, ExportEdition edition) {
        out.append("tlp: ").append(yaml(edition.tlp().label())).append('\n');
        out.append("title: ").append(yaml(edition.title())).append('\n');
        out.append("slug: ").append(yaml(edition.slug())).append('\n');
        out.append("edition: ").append(edition.edition()).append('\n');
        out.append("published: ")
                .append(yaml(edition.published().truncatedTo(ChronoUnit.SECONDS).toString()))
                .append('\n');
        out.append("date: ")
                .append(yaml(
                        LocalDate.ofInstant(edition.published(), ZoneOffset.UTC).toString()))
                .append('\n');
        list(out, "authors", edition.authors());
        list(out, "tags", edition.tags());
        optional(out, "summary", edition.summary());
        if (!edition.judgments().isEmpty()) {
            out.append("yardstick: ")
                    .append(yaml(edition.yardstick().shortName()))
                    .append('\n');
            out.append("key_judgments:\n");
            for (KeyJudgment judgment : edition.judgments()) {
                out.append("  - text: ").append(yaml(judgment.text())).append('\n');
                optional(out, "    likelihood", judgment.likelihood());
                if (judgment.confidence() != null) {
                    out.append("    confidence: ")
                            .append(yaml(judgment.confidence().label()))
                            .append('\n');
                }
            }
        }
    }

    private static void list(StringBuilder out, String name, List<String> values) {
        if (values.isEmpty()) {
            out.append(name).append(": []\n");
            return;
        }
        out.append(name).append(":\n");
        for (String value : values) {
            out.append("  - ").append(yaml(value)).append('\n');
        }
    }

    private static void optional(StringBuilder out, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            out.append(name).append(": ").append(yaml(value)).append('\n');
        }
    }

    private static String dateParts(LocalDate date) {
        return "      date-parts:\n        - [" + date.getYear() + ", " + date.getMonthValue() + ", "
                + date.getDayOfMonth() + "]\n";
    }

    private static Map<String, ExportSource> byKey(ExportEdition edition) {
        Map<String, ExportSource> byKey = new LinkedHashMap<>();
        edition.sources().forEach(source -> byKey.put(source.key(), source));
        return byKey;
    }

    private interface GroupReplacement {
        String replace(CitationGroup group);
    }

    private static String replaceCitations(String markdown, GroupReplacement replacement) {
        StringBuilder out = new StringBuilder(markdown.length());
        int at = 0;
        for (CitationGroup group : CitationParser.parse(markdown)) {
            out.append(markdown, at, group.start());
            String replaced = replacement.replace(group);
            if (replaced.startsWith("[^")) {
                // A footnote mark sits on the word it follows: "changed[^1]", not "changed [^1]".
                while (!out.isEmpty()
                        && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                    out.setLength(out.length() - 1);
                }
            }
            out.append(replaced);
            at = group.end();
        }
        out.append(markdown, at, markdown.length());
        return out.toString();
    }

    /** "Title. Outlet, 2 March 2024. <url>" with every piece of user text escaped for Markdown. */
    private static String reference(ExportSource source) {
        StringBuilder out = new StringBuilder();
        if (source.authors() != null && !source.authors().isBlank()) {
            out.append(escape(AuthorNames.display(AuthorNames.parse(source.authors()))))
                    .append(": ");
        }
        out.append('“').append(escape(source.title())).append(".”");
        if (source.outlet() != null && !source.outlet().isBlank()) {
            out.append(" *").append(escape(source.outlet())).append('*');
            out.append(source.published() == null ? "." : ",");
        }
        if (source.published() != null) {
            out.append(' ').append(HUMAN_DATE.format(source.published())).append('.');
        }
        String url = source.url();
        if (url != null && !url.isBlank()) {
            out.append(' ').append(link(url));
        }
        return out.toString();
    }

    private static String link(String url) {
        boolean plain = url.matches("(?i)https?://[^\\s<>\\\\]+");
        return plain ? "<" + url + ">" : escape(url);
    }

    /** A CSL name: a person's family and given names (with a particle such as "van der"), or a literal. */
    private static void cslName(StringBuilder out, AuthorName author) {
        if (author.isLiteral()) {
            out.append("      - literal: ").append(yaml(author.display())).append('\n');
            return;
        }
        out.append("      - family: ").append(yaml(author.family())).append('\n');
        if (!author.given().isEmpty()) {
            out.append("        given: ").append(yaml(author.given())).append('\n');
        }
        if (!author.particle().isEmpty()) {
            out.append("        non-dropping-particle: ")
                    .append(yaml(author.particle()))
                    .append('\n');
        }
    }

    /**
     * User text as Markdown that shows exactly that text: every ASCII punctuation character a
     * CommonMark renderer could read as markup is backslash-escaped, and line breaks become spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                // dropped: control characters have no place in a reference
            } else if ("\\`*_{}[]<>()#+-!|~&^\"".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar: backslashes, quotes, line breaks and every control or
     * line-separator character escaped, so no value can end the string or start a new key.
     */
    static String yaml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
