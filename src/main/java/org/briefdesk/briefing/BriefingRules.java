package org.briefdesk.briefing;

import java.util.Optional;
import java.util.regex.Pattern;
import org.briefdesk.base.InvisibleCharacters;
import org.briefdesk.citation.RenderLimits;
import org.jspecify.annotations.Nullable;

/** The rules for briefing fields, shared by the service and the editor's field messages. */
public final class BriefingRules {

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 1000;
    public static final int MESSAGE_MAX = 500;
    public static final int BODY_MAX = RenderLimits.defaults().maxMarkdownChars();

    /** Half of a surrogate pair: cannot be stored as UTF-8 and would come back as "?". */
    private static final Pattern BROKEN = Pattern.compile("\\p{Cs}");

    private BriefingRules() {}

    public static Optional<String> titleProblem(@Nullable String title) {
        if (title == null || title.isBlank()) {
            return Optional.of("Give the briefing a title.");
        }
        if (title.strip().length() > TITLE_MAX) {
            return Optional.of("Use at most " + TITLE_MAX + " characters.");
        }
        if (InvisibleCharacters.present(title, true) || title.contains("\n")) {
            return Optional.of("Remove line breaks and invisible control characters.");
        }
        return Optional.empty();
    }

    public static Optional<String> summaryProblem(@Nullable String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        if (summary.strip().length() > SUMMARY_MAX) {
            return Optional.of("Keep the summary to 1–3 sentences (at most " + SUMMARY_MAX + " characters).");
        }
        if (InvisibleCharacters.present(summary, true)) {
            return Optional.of("Remove invisible control characters.");
        }
        return Optional.empty();
    }

    public static Optional<String> bodyProblem(@Nullable String body) {
        if (body != null && body.length() > BODY_MAX) {
            return Optional.of("The text is " + body.length() + " characters; the limit is " + BODY_MAX + ".");
        }
        if (body != null && body.indexOf('\0') >= 0) {
            return Optional.of("Remove the NUL characters from the text.");
        }
        if (body != null && BROKEN.matcher(body).find()) {
            return Optional.of(
                    "The text holds a broken character (half of an emoji or symbol). Retype that character.");
        }
        return Optional.empty();
    }

    /** A key judgment's sentence (one line: line breaks become spaces before this is asked). */
    public static Optional<String> judgmentProblem(String sentence) {
        if (sentence.length() > org.briefdesk.tradecraft.KeyJudgment.TEXT_MAX) {
            return Optional.of("A judgment is one sentence of at most " + org.briefdesk.tradecraft.KeyJudgment.TEXT_MAX
                    + " characters.");
        }
        if (InvisibleCharacters.present(sentence, true)) {
            return Optional.of("Remove invisible control characters from the judgment.");
        }
        if (BROKEN.matcher(sentence).find()) {
            return Optional.of(
                    "The judgment holds a broken character (half of an emoji or symbol). Retype that character.");
        }
        return Optional.empty();
    }

    /** A note for readers or a reason: at most {@code max} characters, nothing invisible or broken. */
    public static Optional<String> noteProblem(String note, int max) {
        if (note.strip().length() > max) {
            return Optional.of("Keep it under " + max + " characters.");
        }
        if (InvisibleCharacters.present(note, true) || BROKEN.matcher(note).find()) {
            return Optional.of("Remove invisible control characters and broken characters.");
        }
        return Optional.empty();
    }

    public static Optional<String> messageProblem(@Nullable String message) {
        if (message != null && InvisibleCharacters.present(message, true)) {
            return Optional.of("Remove invisible control characters from the message.");
        }
        return message != null && message.strip().length() > MESSAGE_MAX
                ? Optional.of("Keep the message under " + MESSAGE_MAX + " characters.")
                : Optional.empty();
    }
}
