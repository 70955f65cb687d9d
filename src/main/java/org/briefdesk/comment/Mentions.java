package org.briefdesk.comment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code @username} mentions in a comment's text, in order of first appearance. */
public final class Mentions {

    // Not preceded by a word character, so that an e-mail address ("erin@example.org") is not a
    // mention; the same rule for a finished mention and for one being typed.
    private static final String START = "(?<![\\p{L}\\p{N}_.@\\[-])@";

    // A user name as AccountRules allows it.
    private static final Pattern MENTION = Pattern.compile(START + "([A-Za-z][A-Za-z0-9._-]{1,31})");

    // What may stand between "@" and the cursor while a user name is being typed: nothing yet, or
    // the start of a name.
    private static final Pattern TYPING = Pattern.compile(START + "([A-Za-z][A-Za-z0-9._-]{0,31})?$");

    private Mentions() {}

    /** The user names mentioned, lower-cased; trailing punctuation ("@erin.") is not part of a name. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[._-]+$", "").toLowerCase(Locale.ROOT);
            if (name.length() >= 2) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A mention being typed: from the {@code @} at {@code start} to {@code end}, the end of the name
     * at the cursor; {@code prefix} is what was typed between the {@code @} and the cursor (empty
     * right after the {@code @}).
     */
    public record Typing(int start, int end, String prefix) {

        /**
         * The text with this mention replaced by {@code @username}, and the cursor after it: past a
         * space that follows, or one added at the end of the text. Before a line break or punctuation
         * nothing is added.
         */
        public Completed complete(String text, String username) {
            String after = text.substring(end);
            int nameEnd = start + 1 + username.length();
            String completed = text.substring(0, start) + "@" + username + (after.isEmpty() ? " " : "") + after;
            boolean spaceFollows = after.isEmpty() || after.charAt(0) == ' ';
            return new Completed(completed, spaceFollows ? nameEnd + 1 : nameEnd);
        }
    }

    /** A text after completing a mention, and the cursor's place in it. */
    public record Completed(String text, int caret) {}

    /**
     * The mention being typed just before {@code caret} in {@code text}, if any: "@" or "@al" directly
     * before the cursor, where a mention may start.
     */
    public static Optional<Typing> typingAt(String text, int caret) {
        if (caret < 0 || caret > text.length()) {
            return Optional.empty();
        }
        // A user name is at most 32 characters: look no further back than that.
        int from = Math.max(0, caret - 34);
        Matcher matcher = TYPING.matcher(text).region(from, caret);
        matcher.useTransparentBounds(true);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String prefix = matcher.group(1) == null ? "" : matcher.group(1);
        // A cursor inside a name ("@al|ice"): completing replaces the whole name.
        int end = caret;
        while (end < text.length() && isNameCharacter(text.charAt(end))) {
            end++;
        }
        return Optional.of(new Typing(matcher.start(), end, prefix));
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '-';
    }
}
