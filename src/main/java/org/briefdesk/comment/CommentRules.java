package org.briefdesk.comment;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The limits of comments, shared by the service and the panel's field messages. */
public final class CommentRules {

    public static final int TEXT_MAX = 5000;
    public static final int QUOTE_MAX = 2000;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\n\\t]]");

    private CommentRules() {}

    /** What is wrong with a comment's text, if anything. */
    public static Optional<String> textProblem(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Write a comment first: it is empty.");
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            return Optional.of("The comment has " + stripped.length() + " characters; keep it under "
                    + String.format(java.util.Locale.ROOT, "%,d", TEXT_MAX) + ".");
        }
        if (CONTROL.matcher(stripped).find()) {
            return Optional.of("Remove the invisible control characters from the comment.");
        }
        return Optional.empty();
    }

    /** What is wrong with a passage to comment on, if anything. */
    public static Optional<String> passageProblem(PassageAnchor anchor) {
        if (anchor.quote().isBlank()) {
            return Optional.of("Select the passage to comment on first, or write a general comment.");
        }
        if (anchor.quote().length() > QUOTE_MAX) {
            return Optional.of("The selected passage has " + anchor.quote().length() + " characters; select at most "
                    + String.format(java.util.Locale.ROOT, "%,d", QUOTE_MAX) + ".");
        }
        if (anchor.before().length() > PassageAnchor.CONTEXT * 2
                || anchor.after().length() > PassageAnchor.CONTEXT * 2) {
            return Optional.of("The passage's context is too long.");
        }
        if (anchor.quote().indexOf('\0') >= 0
                || anchor.before().indexOf('\0') >= 0
                || anchor.after().indexOf('\0') >= 0) {
            return Optional.of("Remove the NUL characters from the passage.");
        }
        return Optional.empty();
    }
}
