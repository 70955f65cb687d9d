package org.briefdesk.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.briefdesk.citation.HtmlSanitizer;
import org.briefdesk.marking.Tlp;
import org.briefdesk.tradecraft.JudgmentChange;
import org.briefdesk.tradecraft.KeyJudgments;
import org.jspecify.annotations.Nullable;

/**
 * The reading pages of PRODUCT section 6 as complete HTML documents. The edition's text is the HTML
 * frozen at publication, which the Markdown pipeline already sanitized; every other piece of text is
 * escaped here. The pages need no script; their one stylesheet is inline and allowed by its hash in
 * the Content-Security-Policy ({@link #CONTENT_SECURITY_POLICY}).
 */
public final class ReadingPages {

    static final String STYLE = """
            :root{color-scheme:light dark;--ink:#1d2330;--muted:#5a6375;--rule:#d9dde5;--accent:#1a5fb4;--warn:#8a1c1c;--warn-bg:#fbeaea;--note-bg:#eef3fb}
            @media (prefers-color-scheme:dark){:root{--ink:#e6e8ee;--muted:#a3abbb;--rule:#3a4150;--accent:#8cb4f0;--warn:#f2b8b8;--warn-bg:#3b2222;--note-bg:#1f2a3a}}
            body{margin:0;font:18px/1.6 Georgia,'Times New Roman',serif;color:var(--ink);background:Canvas}
            main{max-width:42rem;margin:0 auto;padding:2rem 1.25rem 4rem}
            header{border-bottom:1px solid var(--rule);margin-bottom:1.5rem}
            h1{font-size:2rem;line-height:1.2;margin:.25rem 0 .75rem}
            .kicker,.byline,footer,.sources-note{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
            .summary{font-size:1.15rem;color:var(--muted);margin:0 0 .75rem}
            .banner{font-family:system-ui,sans-serif;font-size:.95rem;padding:.75rem 1rem;border-radius:.4rem;margin:1rem 0;background:var(--note-bg)}
            .banner.retracted{background:var(--warn-bg);color:var(--warn)}
            a{color:var(--accent)}
            blockquote{margin:1rem 0;padding:0 1rem;border-left:3px solid var(--rule);color:var(--muted)}
            table{border-collapse:collapse}td,th{border:1px solid var(--rule);padding:.25rem .5rem}
            pre,code{font-size:.9em}pre{overflow:auto;padding:.75rem;background:var(--note-bg)}
            sup a{text-decoration:none}
            .citation-grade,.sources-by-grade{font-family:system-ui,sans-serif;color:var(--muted)}
            .sources-by-grade{font-size:.85rem}
            .tlp-banner{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted);margin:.5rem 0}
            .tlp{display:inline-block;background:#000;font-weight:700;letter-spacing:.03em;padding:.1rem .45rem;margin-right:.5rem;border-radius:.2rem}
            .tlp-clear{color:#FFFFFF}.tlp-green{color:#33FF00}.tlp-amber,.tlp-amber-strict{color:#FFC000}.tlp-red{color:#FF2B2B}
            .judgment-changes{font-family:system-ui,sans-serif;font-size:.95rem;padding:.75rem 1rem;border-radius:.4rem;margin:1rem 0;background:var(--note-bg)}
            .judgment-changes h2{font-size:1rem;margin:0 0 .5rem}.judgment-changes ul{margin:.25rem 0;padding-left:1.25rem}
            footer{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:1rem}
            footer code{word-break:break-all}
            """;

    /**
     * No scripts, no frames, no forms, no plugins: the page only needs its own inline style and
     * images the text links to.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + styleHash()
            + "'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /**
     * When an edition was published, the same for every reader: in UTC, and saying so (the
     * application shows each user's own time zone; a page served to all cannot).
     */
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ReadingPages() {}

    /**
     * The page at {@code /briefings/{slug}}: the latest edition, or the retraction notice instead of
     * any text. Links are relative, so the page works under any context path.
     */
    public static String latest(List<FrozenEdition> editions, @Nullable Retraction retraction) {
        FrozenEdition latest = editions.getLast();
        String base = "";
        StringBuilder body = new StringBuilder();
        if (retraction != null) {
            header(body, latest, false);
            body.append("<div class=\"banner retracted\" role=\"alert\"><strong>Retracted on ")
                    .append(DATE.format(retraction.retractedAt()))
                    .append(".</strong> ")
                    .append(escape(retraction.reason()))
                    .append("</div>\n</header>\n");
            body.append("<p>The text of this briefing has been withdrawn.");
            if (editions.size() > 0) {
                body.append(" Its editions remain available for the record, marked as retracted.");
            }
            body.append("</p>\n");
            footer(body, editions, base, latest.slug(), null, false);
            return document(latest.title() + " (retracted)", body.toString(), base);
        }
        header(body, latest, true);
        judgmentChanges(body, editions, latest);
        body.append("</header>\n<article>\n").append(latest.html()).append("\n</article>\n");
        tlpBanner(body, latest);
        footer(body, editions, base, latest.slug(), latest, true);
        return document(latest.title(), body.toString(), base);
    }

    /** The page at {@code /briefings/{slug}/editions/{n}}, with a banner when it is not the current text. */
    public static String edition(List<FrozenEdition> editions, FrozenEdition edition, @Nullable Retraction retraction) {
        String base = "../../";
        FrozenEdition latest = editions.getLast();
        StringBuilder body = new StringBuilder();
        header(body, edition, true);
        if (retraction != null) {
            body.append("<div class=\"banner retracted\" role=\"alert\"><strong>This briefing was retracted on ")
                    .append(DATE.format(retraction.retractedAt()))
                    .append(".</strong> ")
                    .append(escape(retraction.reason()))
                    .append("</div>\n");
        } else if (edition.number() != latest.number()) {
            body.append("<div class=\"banner\" role=\"note\">This is edition ")
                    .append(edition.number())
                    .append(". A newer edition was published on ")
                    .append(DATE.format(latest.publishedAt()))
                    .append(": <a href=\"")
                    .append(base)
                    .append(escape(latest.slug()))
                    .append("\">read edition ")
                    .append(latest.number())
                    .append("</a>.</div>\n");
        }
        judgmentChanges(body, editions, edition);
        body.append("</header>\n<article>\n").append(edition.html()).append("\n</article>\n");
        tlpBanner(body, edition);
        footer(body, editions, base, edition.slug(), edition, false);
        return document(edition.title() + " (edition " + edition.number() + ")", body.toString(), base);
    }

    private static void header(StringBuilder body, FrozenEdition edition, boolean details) {
        body.append("<header>\n");
        tlpBanner(body, edition);
        body.append("<p class=\"kicker\">Briefing · Edition ")
                .append(edition.number())
                .append(" · ")
                .append(PUBLISHED.format(edition.publishedAt()))
                .append("</p>\n<h1>")
                .append(escape(edition.title()))
                .append("</h1>\n");
        if (details && edition.summary() != null && !edition.summary().isBlank()) {
            body.append("<p class=\"summary\">")
                    .append(escape(edition.summary()))
                    .append("</p>\n");
        }
        if (details && !edition.authors().isEmpty()) {
            body.append("<p class=\"byline\">By ")
                    .append(escape(String.join(", ", edition.authors())))
                    .append("</p>\n");
        }
    }

    /** The edition's TLP marking in FIRST's colours, with what it allows: at the top and bottom of the page. */
    private static void tlpBanner(StringBuilder body, FrozenEdition edition) {
        Tlp tlp = edition.tlp();
        body.append("<p class=\"tlp-banner\" role=\"note\"><span class=\"tlp tlp-")
                .append(tlp.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\">")
                .append(escape(tlp.label()))
                .append("</span>")
                .append(escape(tlp.meaning()))
                .append("</p>\n");
    }

    /**
     * The key judgments added, dropped or changed in likelihood or confidence since the edition
     * before, with the editor's note on why.
     */
    private static void judgmentChanges(StringBuilder body, List<FrozenEdition> editions, FrozenEdition edition) {
        int at = editions.indexOf(edition);
        if (at <= 0) {
            return;
        }
        FrozenEdition previous = editions.get(at - 1);
        List<JudgmentChange> changes = KeyJudgments.changes(previous.judgments(), edition.judgments());
        if (changes.isEmpty()) {
            return;
        }
        body.append("<section class=\"judgment-changes\" aria-label=\"Changed key judgments\">\n<h2>Key judgments since"
                        + " edition ")
                .append(previous.number())
                .append("</h2>\n<ul>\n");
        for (JudgmentChange change : changes) {
            body.append("<li><strong>")
                    .append(escape(change.describe()))
                    .append(":</strong> ")
                    .append(escape(KeyJudgments.plain(change.text())))
                    .append("</li>\n");
        }
        body.append("</ul>\n");
        if (edition.judgmentNote() != null) {
            body.append("<p><strong>Why:</strong> ")
                    .append(escape(edition.judgmentNote()))
                    .append("</p>\n");
        }
        body.append("</section>\n");
    }

    private static void footer(
            StringBuilder body,
            List<FrozenEdition> editions,
            String base,
            String slug,
            @Nullable FrozenEdition shown,
            boolean latestUrl) {
        body.append("<footer>\n");
        if (shown != null) {
            String markdown = latestUrl
                    ? base + escape(slug) + ".md"
                    : base + escape(slug) + "/editions/" + shown.number() + ".md";
            String document = markdown.substring(0, markdown.length() - "md".length());
            body.append("<p><a href=\"")
                    .append(markdown)
                    .append("\" download>Download Markdown</a> · <a href=\"")
                    .append(markdown)
                    .append("?flavour=pandoc\" download>Markdown for Pandoc</a> · <a href=\"")
                    .append(document)
                    .append("docx\" download>Word</a> · <a href=\"")
                    .append(document)
                    .append("pdf\" download>PDF</a></p>\n");
        }
        body.append("<p>Editions:");
        for (FrozenEdition edition : editions) {
            body.append(' ');
            if (shown != null && edition.number() == shown.number() && !latestUrl) {
                body.append("<strong>").append(edition.number()).append("</strong>");
            } else {
                body.append("<a href=\"")
                        .append(base)
                        .append(escape(slug))
                        .append("/editions/")
                        .append(edition.number())
                        .append("\">")
                        .append(edition.number())
                        .append("</a>");
            }
            body.append(" (").append(DATE.format(edition.publishedAt())).append(')');
        }
        body.append("</p>\n");
        if (shown != null) {
            body.append("<p>SHA-256 of the Markdown export: <code>")
                    .append(shown.exportSha256())
                    .append("</code></p>\n");
        }
        body.append("</footer>\n");
    }

    private static String document(String title, String main, String base) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + " · Briefdesk</title>\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Briefdesk\" href=\"" + base
                + "../feed.atom\">\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + main + "</main>\n</body>\n</html>\n";
    }

    /** The page for a briefing that does not exist or has not been published. */
    public static String notFound() {
        return document(
                "Not found",
                "<header><h1>Not found</h1></header>\n<p>No published briefing has this address.</p>\n",
                "");
    }

    /** User text for the page: escaped, and without control characters other than white space. */
    static String escape(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars()
                .filter(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c))
                .forEach(c -> kept.append((char) c));
        return HtmlSanitizer.escapeText(kept.toString());
    }

    private static String styleHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(STYLE.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
