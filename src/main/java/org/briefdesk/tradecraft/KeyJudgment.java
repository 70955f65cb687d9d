package org.briefdesk.tradecraft;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * One key judgment of a briefing: a sentence, which may cite sources as the text does
 * ({@code [@key]}), its likelihood (a term of the briefing's yardstick) and the analysts' confidence.
 * Likelihood and confidence may still be missing while the judgment is written; the checks say so.
 * The id stays the same through edits and editions, so that a changed judgment is recognised as
 * the same one.
 */
public record KeyJudgment(
        String id,
        String text,
        @Nullable String likelihood,
        @Nullable Confidence confidence) {

    public static final int TEXT_MAX = 1000;

    public KeyJudgment {
        text = oneLine(text);
        likelihood = likelihood == null || likelihood.isBlank() ? null : oneLine(likelihood);
    }

    /** A new judgment, with an id of its own. */
    public static KeyJudgment create(String text, @Nullable String likelihood, @Nullable Confidence confidence) {
        byte[] id = new byte[6];
        ThreadLocalRandom.current().nextBytes(id);
        return new KeyJudgment(HexFormat.of().formatHex(id), text, likelihood, confidence);
    }

    public KeyJudgment withText(String text) {
        return new KeyJudgment(id, text, likelihood, confidence);
    }

    public KeyJudgment withLikelihood(@Nullable String likelihood) {
        return new KeyJudgment(id, text, likelihood, confidence);
    }

    public KeyJudgment withConfidence(@Nullable Confidence confidence) {
        return new KeyJudgment(id, text, likelihood, confidence);
    }

    /** A judgment is one sentence: line breaks and tabs become spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
