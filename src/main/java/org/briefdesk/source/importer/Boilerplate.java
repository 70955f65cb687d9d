package org.briefdesk.source.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the page furniture that copying an article from a blog or news site drags along ("No
 * comments:", "Post a Comment", share and subscribe prompts) and reports what it removed, so the
 * user can see that nothing of the article went with it.
 *
 * <p>Only whole lines go, and only lines that are nothing but such a prompt: a sentence that
 * merely mentions comments or sharing stays.
 */
public final class Boilerplate {

    /** The text without the boilerplate lines, and those lines in order, trimmed. */
    public record Result(String text, List<String> strippedLines) {

        public Result {
            strippedLines = List.copyOf(strippedLines);
        }
    }

    private static final String NETWORK = "(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email"
            + "|e-mail|instagram|youtube|tiktok|mastodon|threads|bluesky|google news|flipboard)";

    /** "Share to X", "Email This", "BlogThis!": Blogger and WordPress share buttons, alone or in a row. */
    private static final String SHARE_BUTTON = "(?:share (?:on|to|via) " + NETWORK
            + "|email this|blogthis!|share this(?: (?:article|post|story|page))?:?)";

    private static final String SEPARATOR = "[\\s,|/·•]*";

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("no comments:?"),
            Pattern.compile("\\d{1,6} comments?:?"),
            Pattern.compile("post a comment"),
            Pattern.compile("leave a (?:comment|reply)"),
            Pattern.compile("(?:newer|older) post(?:s)?"),
            Pattern.compile("newer post older post(?: home)?"),
            Pattern.compile("subscribe to: post comments \\(atom\\)"),
            Pattern.compile("(?:" + SHARE_BUTTON + SEPARATOR + ")+"),
            Pattern.compile("click here to subscribe[.!]?"),
            Pattern.compile("subscribe to our newsletter[.!]?"),
            Pattern.compile("follow us on (?:" + NETWORK + "|@[\\w.]+)(?:(?:\\s*(?:,|and|&|\\||/|·|•|or)\\s*)" + "(?:"
                    + NETWORK + "|@[\\w.]+))*[.!:]?"),
            Pattern.compile("print this (?:article|page|story|post)"),
            Pattern.compile("labels?: .{1,200}"),
            // Blogger's byline: "Posted by Defence Desk at 10:14 AM". A sentence that starts the
            // same way runs on past the time and does not match.
            Pattern.compile("posted by .{1,80}? at \\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?"),
            Pattern.compile("related (?:posts|articles|stories):?"),
            Pattern.compile("advertisement"));

    private Boilerplate() {}

    /**
     * Removes boilerplate lines (matched whole, case-insensitively, surrounding whitespace
     * ignored). Line breaks of the remaining text are kept as they were.
     */
    public static Result strip(String text) {
        List<String> stripped = new ArrayList<>();
        StringBuilder kept = new StringBuilder(text.length());
        boolean first = true;
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            if (isBoilerplate(line)) {
                stripped.add(line.replace('\u00A0', ' ').strip());
            } else {
                if (!first) {
                    kept.append('\n');
                }
                kept.append(line);
                first = false;
            }
        }
        return new Result(kept.toString(), stripped);
    }

    static boolean isBoilerplate(String line) {
        String candidate =
                line.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (candidate.isEmpty() || candidate.length() > 250) {
            return false;
        }
        for (Pattern pattern : LINES) {
            if (pattern.matcher(candidate).matches()) {
                return true;
            }
        }
        return false;
    }
}
