package org.briefdesk.comment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code @username} mentions in a comment's text, in order of first appearance. */
public final class Mentions {

    // A user name as AccountRules allows it; not preceded by a word character, so that an e-mail
    // address ("erin@example.org") is not a mention.
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@\\[-])@([A-Za-z][A-Za-z0-9._-]{1,31})");

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
}
