package org.briefdesk.source.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * A saved web page, read with jsoup: metadata from Open Graph and {@code article:*} meta tags, the
 * text from {@code <article>}, else {@code <main>}, else {@code <body>}, without scripts,
 * navigation, comments sections, share buttons and the like. Block elements become paragraphs
 * separated by a blank line; no markup is left in the text.
 */
final class HtmlImporter {

    /** Never text of the article, wherever they appear. */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, nav, header, footer,"
            + " aside, svg, math, button, select, input, textarea, canvas, object, embed, video, audio, dialog,"
            + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [role=search]";

    /** Words in an id or class that mark page furniture: comments, share bars, teasers, ads. */
    private static final List<String> JUNK_WORDS = List.of(
            "comment",
            "disqus",
            "share",
            "sharing",
            "social",
            "related",
            "newsletter",
            "subscribe",
            "subscription",
            "cookie",
            "advert");

    /** Words that start like furniture but name content. */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "commentary", "commentator", "commentators", "shareholder", "shareholders", "socialist", "socialism");

    /** Containers whose removal would take the article with it, whatever their classes say. */
    private static final String ARTICLE_CONTAINERS = "main, h1, [itemprop=articleBody]";

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "caption",
            "hr",
            "address",
            "details",
            "summary",
            "center",
            "header",
            "footer",
            "nav",
            "aside",
            "form",
            "fieldset",
            "legend",
            "body");

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$");
    /** What the service accepts as a tag. */
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ", " :: ", " : ");

    private HtmlImporter() {}

    static ImportedDocument read(String fileName, String html) throws ImportRefusedException {
        Document page = Jsoup.parse(html);
        DocumentParts parts = new DocumentParts(fileName);
        // Metadata first: some of it (a <time> in the article's header) goes with the furniture.
        parts.outlet = meta(page, "og:site_name");
        parts.title = title(page, parts.outlet);
        for (String key : List.of("author", "article:author")) {
            for (String author : metas(page, key)) {
                if (!looksLikeUrl(author)) {
                    parts.authors.add(BY.matcher(author).replaceFirst(""));
                }
            }
        }
        parts.publishedDate = publishedDate(page);
        parts.url = url(page);
        parts.language = language(page);
        for (String tag : metas(page, "article:tag")) {
            // A page's tags are a bonus, not worth refusing the page over: odd ones are left out.
            if (TAG.matcher(DocumentParts.oneLine(tag)).matches()) {
                parts.tags.add(tag);
            }
        }

        page.select(NEVER_CONTENT).remove();
        Element root = articleRoot(page);
        removeFurniture(root);
        List<String> paragraphs = paragraphs(root);
        if (!paragraphs.isEmpty()
                && parts.title != null
                && DocumentParts.oneLine(paragraphs.getFirst()).equalsIgnoreCase(DocumentParts.oneLine(parts.title))) {
            // The headline repeated at the top of the article is the title, not body text.
            paragraphs.removeFirst();
        }
        parts.body = String.join("\n\n", paragraphs);
        return parts.finish("The page has no title: it has no og:title meta tag, no <title> and no <h1> heading.");
    }

    // ---- metadata

    private static List<String> metas(Document page, String key) {
        List<String> values = new ArrayList<>();
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : List.of("property", "name", "itemprop")) {
                if (meta.attr(attribute).strip().equalsIgnoreCase(key)) {
                    String content = meta.attr("content").strip();
                    if (!content.isEmpty()) {
                        values.add(content);
                    }
                    break;
                }
            }
        }
        return values;
    }

    private static @Nullable String meta(Document page, String key) {
        List<String> values = metas(page, key);
        return values.isEmpty() ? null : values.getFirst();
    }

    private static @Nullable String title(Document page, @Nullable String outlet) {
        String title = meta(page, "og:title");
        if (title == null || title.isBlank()) {
            title = page.title();
        }
        if (title.isBlank()) {
            Element heading = page.selectFirst("h1");
            title = heading == null ? "" : heading.text();
        }
        title = DocumentParts.oneLine(title);
        if (outlet != null) {
            // "Headline | Outlet" in <title>: the outlet has a field of its own.
            String lower = title.toLowerCase(Locale.ROOT);
            for (String separator : TITLE_SEPARATORS) {
                String suffix = (separator + DocumentParts.oneLine(outlet)).toLowerCase(Locale.ROOT);
                if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                    title = title.substring(0, title.length() - suffix.length());
                    break;
                }
            }
        }
        return title.isBlank() ? null : title;
    }

    private static @Nullable LocalDate publishedDate(Document page) {
        List<String> candidates = new ArrayList<>();
        for (String key : List.of("article:published_time", "date", "pubdate", "datePublished")) {
            candidates.addAll(metas(page, key));
        }
        for (Element time : page.select("time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        for (String candidate : candidates) {
            LocalDate date = parseDate(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The date as written, ignoring any time and offset after it. */
    static @Nullable LocalDate parseDate(String value) {
        Matcher matcher = ISO_DATE.matcher(value);
        if (!matcher.find()) {
            matcher = COMPACT_DATE.matcher(value);
            if (!matcher.find()) {
                return null;
            }
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable String url(Document page) {
        String ogUrl = absoluteHttp(meta(page, "og:url"), null);
        for (Element link : page.select("link[rel][href]")) {
            boolean canonical = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                canonical |= rel.equals("canonical");
            }
            if (canonical) {
                String resolved = absoluteHttp(link.attr("href"), ogUrl);
                if (resolved != null) {
                    return resolved;
                }
            }
        }
        return ogUrl;
    }

    /** An absolute http(s) address, resolving a relative one against {@code base} when there is one. */
    private static @Nullable String absoluteHttp(@Nullable String value, @Nullable String base) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not an address we can use; the page simply has none.
        }
        return null;
    }

    private static boolean looksLikeUrl(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//");
    }

    private static @Nullable String language(Document page) {
        List<String> candidates = new ArrayList<>();
        Element root = page.selectFirst("html");
        if (root != null) {
            candidates.add(root.attr("lang"));
        }
        for (Element meta : page.select("meta[http-equiv][content]")) {
            if (meta.attr("http-equiv").equalsIgnoreCase("content-language")) {
                candidates.add(meta.attr("content"));
            }
        }
        String locale = meta(page, "og:locale");
        if (locale != null) {
            candidates.add(locale.replace('_', '-'));
        }
        for (String candidate : candidates) {
            String value = candidate.strip();
            if (DocumentParts.LANGUAGE.matcher(value).matches()) {
                return value;
            }
        }
        return null;
    }

    // ---- body

    /**
     * Removes forms and furniture inside the article root. The root itself and its ancestors stay
     * whatever their classes say: WordPress gives an article classes such as "tag-social-media".
     */
    private static void removeFurniture(Element root) {
        for (Element form : root.select("form")) {
            // Some sites wrap the whole page in one form; a comment form holds no article.
            if (form != root
                    && form.select("article, " + ARTICLE_CONTAINERS).isEmpty()
                    && form.select("p").size() < 3) {
                form.remove();
            }
        }
        for (Element element : root.select("[id], [class]")) {
            if (element != root
                    && isFurniture(element)
                    && element.select(ARTICLE_CONTAINERS).isEmpty()) {
                element.remove();
            }
        }
    }

    private static boolean isFurniture(Element element) {
        String words = (element.id() + " " + element.className()).toLowerCase(Locale.ROOT);
        for (String word : words.split("[^a-z0-9]+")) {
            if (word.isEmpty() || CONTENT_WORDS.contains(word)) {
                continue;
            }
            for (String junk : JUNK_WORDS) {
                if (word.startsWith(junk)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Element articleRoot(Document page) {
        Element best = null;
        int bestLength = -1;
        for (Element article : page.select("article")) {
            int length = article.text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 0) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static List<String> paragraphs(Element root) {
        ParagraphCollector collector = new ParagraphCollector();
        // jsoup's traversal is iterative: a deeply nested page cannot exhaust the stack.
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /** Text nodes in document order; each block element starts and ends a paragraph. */
    private static final class ParagraphCollector implements NodeVisitor {

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(
                        preformatted > 0
                                ? text.getWholeText()
                                : text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    current.append('\n');
                } else if (name.equals("td") || name.equals("th")) {
                    current.append(' ');
                } else if (BLOCKS.contains(name)) {
                    flush();
                    if (name.equals("pre")) {
                        preformatted++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush();
                if (element.normalName().equals("pre")) {
                    preformatted--;
                }
            }
        }

        void flush() {
            List<String> lines = new ArrayList<>();
            for (String line : current.toString().split("\n", -1)) {
                lines.add(preformatted > 0 ? line.stripTrailing() : line.strip());
            }
            String paragraph = String.join("\n", lines).strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }
    }
}
