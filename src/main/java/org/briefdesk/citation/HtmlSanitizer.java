package org.briefdesk.citation;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every HTML string built from user text passes: structure and text formatting only;
 * no scripts, event handlers, styles, frames or forms; links only to http, https, mailto or a
 * fragment of the page; images only from http(s). The OWASP sanitizer decodes entities and letter
 * case before it judges a URL, so encoded {@code javascript:} tricks do not pass either.
 */
public final class HtmlSanitizer {

    /** Absolute http(s) and mailto links, or a fragment of the same page; nothing relative or otherwise. */
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|mailto:)[^\\s]+|#[A-Za-z0-9_-]{1,64}");

    /**
     * Absolute http(s) images only. allowUrlProtocols alone lets relative addresses through, and an
     * image at a relative address is a request the reader's browser sends to Briefdesk itself.
     */
    private static final Pattern IMAGE = Pattern.compile("(?i)https?://[^\\s]+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "pre",
                    "code",
                    "em",
                    "strong",
                    "del",
                    "s",
                    "sup",
                    "sub",
                    "ul",
                    "ol",
                    "li",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "a",
                    "img",
                    "span",
                    "div",
                    "section")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .matching((element, attribute, value) -> LINK.matcher(value.strip()).matches() ? value : null)
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "img", "span")
            .allowAttributes("src")
            .matching(
                    (element, attribute, value) -> IMAGE.matcher(value.strip()).matches() ? value : null)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("id")
            .matching(Pattern.compile("(source|fn|fnref)-?[0-9A-Za-z_-]{0,40}"))
            .globally()
            .allowAttributes("class")
            .matching(Pattern.compile("[a-z -]{1,60}"))
            .globally()
            .allowAttributes("align")
            .matching(true, "left", "right", "center")
            .onElements("th", "td")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            // Instead of requireRelsOnLinks, whose order of rel values changes from one JVM to the next
            // (it keeps them in an immutable Set), so that the same text always gives the same HTML;
            // and links within the page (citations, footnotes) need none.
            .allowElements(HtmlSanitizer::relOnExternalLinks, "a")
            .toFactory();

    private static final String EXTERNAL_LINK_REL = "nofollow noopener noreferrer";

    private HtmlSanitizer() {}

    /** Runs after the attribute policies, so {@code href} is already one the allow-list accepts. */
    private static String relOnExternalLinks(String element, List<String> attributes) {
        boolean external = false;
        for (int i = attributes.size() - 2; i >= 0; i -= 2) {
            String name = attributes.get(i);
            if (name.equals("rel")) {
                attributes.remove(i + 1);
                attributes.remove(i);
            } else if (name.equals("href") && !attributes.get(i + 1).startsWith("#")) {
                external = true;
            }
        }
        if (external) {
            attributes.add("rel");
            attributes.add(EXTERNAL_LINK_REL);
        }
        return element;
    }

    /**
     * Text as HTML that shows exactly that text, in element content and in quoted attribute values:
     * the five characters HTML gives a meaning are written as references.
     */
    public static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The HTML with everything outside the allow-list removed. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
